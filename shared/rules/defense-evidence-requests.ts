// R13 辩护方调取/收集证据申请的处理时限: 3 days to tell the defender, 5 days for permission, reasons for refusals.
import type { Outcome } from './lib/types';
import { defineRule } from './lib/define-rule';
import { inCustodyOf, judge } from './lib/support';

type Id =
  | 'told' | 'told-late' | 'not-told' | 'tell-due' | 'tell-open'
  | 'decided' | 'decided-late' | 'undecided' | 'decide-due' | 'decide-open'
  | 'pending-decision' | 'refused-without-reasons' | 'refused-with-reasons';

export default defineRule({
  meta: {
    id: 'defense-evidence-requests',
    catalogue: 'R13',
    version: 2,
    procedures: ['arrest-review', 'prosecution-review'],
    fields: [
      'evidenceRequestType', 'evidenceRequestOn', 'evidenceRequestDecidedOn', 'evidenceRequestGranted', 'evidenceRefusalReasonsGiven',
      'policeEvidenceReceivedOn', 'evidenceDefenderToldOn', 'inCustody', 'custodyMeasure',
    ],
    requires: ['evidenceRequestType'],
    anchor: 'evidenceRequestDecidedOn',
    warningDays: { 'default': 0, '5d': 2 },
    severity: 'moderate',
    points: { 'told-late': 3, 'not-told': 3, 'decided-late': 3, 'undecided': 3, 'refused-without-reasons': 3 },
    messages: {
      'told': { light: 'green' },
      'tell-open': { light: 'green' },
      'tell-due': { light: 'yellow' },
      'told-late': { light: 'red' },
      'not-told': { light: 'red' },
      'decided': { light: 'green' },
      'decide-open': { light: 'green' },
      'decide-due': { light: 'yellow' },
      'decided-late': { light: 'red' },
      'undecided': { light: 'red' },
      'pending-decision': { light: 'green' },
      'refused-without-reasons': { light: 'red' },
      'refused-with-reasons': { light: 'green' },
    },
  },
  // Evidence handed over by the police without the request's type on file is grey, never silent.
  applies: (c) => c.evidenceRequestType !== undefined || c.evidenceRequestOn !== undefined || c.policeEvidenceReceivedOn !== undefined,
  check: (c, ctx) => {
    const out: Outcome<Id>[] = [];
    const type = c.evidenceRequestType!;
    const opts = { inCustody: inCustodyOf(c) ?? false };
    if (type === 'victim-side') {
      // 规则 53: decide within 5 days and notify the lawyer.
      if (c.evidenceRequestOn === undefined) return ctx.missing('evidenceRequestOn');
      const d = ctx.deadline(c.evidenceRequestOn, { amount: 5, unit: 'day' }, { ...opts, variant: '5d' });
      out.push(judge(ctx, d, c.evidenceRequestDecidedOn, {
        done: 'decided', late: 'decided-late', missing: 'undecided', dueSoon: 'decide-due', open: 'decide-open',
      }, { occurrence: `decide:${c.evidenceRequestOn}` }));
    } else if (c.evidenceRequestDecidedOn === undefined && c.evidenceRequestGranted === undefined) {
      out.push({ messageId: 'pending-decision', occurrence: 'decide' });
    }
    if (c.evidenceRequestGranted === false) {
      // 规则 50: explain; 规则 52, 53: in writing.
      out.push({
        messageId: c.evidenceRefusalReasonsGiven === true ? 'refused-with-reasons' : 'refused-without-reasons',
        anchor: 'evidenceRefusalReasonsGiven',
        occurrence: 'refusal',
      });
    }
    if (type === 'from-police' && c.policeEvidenceReceivedOn !== undefined) {
      // 规则 50: once the police hand the evidence over, tell the defender within 3 days.
      const d = ctx.deadline(c.policeEvidenceReceivedOn, { amount: 3, unit: 'day' }, opts);
      out.push(judge(ctx, d, c.evidenceDefenderToldOn, { done: 'told', late: 'told-late', missing: 'not-told', dueSoon: 'tell-due', open: 'tell-open' }, {
        anchor: 'evidenceDefenderToldOn',
        occurrence: `tell:${c.policeEvidenceReceivedOn}`,
      }));
    }
    return out.length > 0 ? out : null;
  },
});
