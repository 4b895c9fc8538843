// R55 附条件不起诉程序: eligibility, opinions heard first, no decision over an objection, service in
// 3 days, probation of 6–12 months.
import type { Outcome } from './lib/types';
import { defineRule } from './lib/define-rule';
import { inCustodyOf, isMinorOn, judge, missingAt } from './lib/support';

type Id =
  | 'eligible' | 'ineligible' | 'objection-overridden'
  | 'heard' | 'not-heard' | 'heard-after' | 'hear-first'
  | 'served' | 'served-late' | 'not-served' | 'serve-due' | 'serve-open'
  | 'probation-ok' | 'probation-out-of-range';

export default defineRule({
  meta: {
    id: 'juvenile-conditional-nonpros',
    catalogue: 'R55',
    version: 2,
    procedures: ['prosecution-review', 'non-prosecution'],
    fields: [
      'nonProsType', 'suspectBirthDate', 'offenceOn', 'offenceInChapters4to6', 'likelySentenceMonths', 'showsRemorse', 'conditionalObjection', 'conditionalOpinionsHeardOn',
      'decisionOn', 'conditionalServedOn', 'probationMonths', 'inCustody', 'custodyMeasure',
    ],
    requires: ['nonProsType'],
    anchor: 'nonProsType',
    warningDays: 0,
    severity: 'moderate',
    points: { 'ineligible': 4, 'objection-overridden': 4, 'not-heard': 4, 'heard-after': 4, 'served-late': 4, 'not-served': 4, 'probation-out-of-range': 4 },
    messages: {
      'eligible': { light: 'green' },
      'ineligible': { light: 'red' },
      'objection-overridden': { light: 'red' },
      'heard': { light: 'green' },
      'hear-first': { light: 'grey' },
      'not-heard': { light: 'red' },
      'heard-after': { light: 'red' },
      'served': { light: 'green' },
      'serve-open': { light: 'green' },
      'serve-due': { light: 'yellow' },
      'served-late': { light: 'red' },
      'not-served': { light: 'red' },
      'probation-ok': { light: 'green' },
      'probation-out-of-range': { light: 'red' },
    },
  },
  // Conditional non-prosecution on file (its own dates or probation) without a type is grey, never silent.
  applies: (c) =>
    c.nonProsType === 'conditional' || c.conditionalOpinionsHeardOn !== undefined || c.conditionalServedOn !== undefined ||
    c.probationMonths !== undefined || c.conditionalObjection !== undefined || c.offenceInChapters4to6 !== undefined || c.showsRemorse !== undefined,
  check: (c, ctx) => {
    if (c.nonProsType !== 'conditional') return null;
    const out: Outcome<Id>[] = [];
    const decisionOn = c.decisionOn;
    // 刑诉法 282 ¶1: the conditions. A juvenile case is one committed under 18 (规则 489 ¶1): the
    // age on the offence date decides, not the age today.
    const reasons: string[] = [];
    const birth = c.suspectBirthDate;
    const minorAtOffence = birth !== undefined && c.offenceOn !== undefined ? isMinorOn(birth, c.offenceOn, ctx) : undefined;
    if (minorAtOffence === false) reasons.push('adult-at-offence');
    if (c.offenceInChapters4to6 === false) reasons.push('not-chapter-4-6');
    if (c.likelySentenceMonths !== undefined && c.likelySentenceMonths > 12) reasons.push('over-1-year');
    if (c.showsRemorse === false) reasons.push('no-remorse');
    if (reasons.length > 0) {
      out.push({ messageId: 'ineligible', data: { reasons: { phrase: reasons } }, occurrence: 'conditions' });
    } else if (minorAtOffence === undefined) {
      out.push(missingAt(birth === undefined ? ['suspectBirthDate', 'offenceOn'] : 'offenceOn', 'conditions:inputs'));
    } else if (c.offenceInChapters4to6 === true && c.likelySentenceMonths !== undefined && c.showsRemorse === true) {
      out.push({ messageId: 'eligible', occurrence: 'conditions' });
    }
    // 刑诉法 282 ¶3; 规则 470: an objection means prosecution.
    if (c.conditionalObjection === true && decisionOn !== undefined) {
      out.push({ messageId: 'objection-overridden', anchor: 'conditionalObjection', occurrence: 'objection' });
    }
    // 规则 469 ¶2: heard before the decision, on record.
    const heardOn = c.conditionalOpinionsHeardOn;
    const h = { anchor: 'conditionalOpinionsHeardOn' as const, occurrence: 'opinions' };
    if (decisionOn === undefined) out.push({ ...h, messageId: heardOn !== undefined ? 'heard' : 'hear-first', data: { doneOn: heardOn } });
    else if (heardOn === undefined) out.push({ ...h, messageId: 'not-heard', data: { decisionOn } });
    else if (heardOn > decisionOn) out.push({ ...h, messageId: 'heard-after', data: { doneOn: heardOn, decisionOn } });
    else out.push({ ...h, messageId: 'heard', data: { doneOn: heardOn } });
    if (decisionOn !== undefined) {
      // 规则 471: served within 3 days.
      const d = ctx.deadline(decisionOn, { amount: 3, unit: 'day' }, { inCustody: inCustodyOf(c) ?? false });
      out.push(judge(ctx, d, c.conditionalServedOn, {
        done: 'served', late: 'served-late', missing: 'not-served', dueSoon: 'serve-due', open: 'serve-open',
      }, { anchor: 'conditionalServedOn', occurrence: `service:${decisionOn}` }));
    }
    const months = c.probationMonths;
    if (months !== undefined) {
      // 刑诉法 283 ¶2; 规则 473: six months to one year, from the decision.
      out.push({ messageId: months >= 6 && months <= 12 ? 'probation-ok' : 'probation-out-of-range', anchor: 'probationMonths', data: { months }, occurrence: 'probation' });
    }
    return out;
  },
});
