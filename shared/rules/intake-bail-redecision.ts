// R03 移送审查起诉后重新作出取保候审/监视居住决定: a new decision, a restarted term, and the suspect told.
import type { CaseSnapshot } from '../case';
import type { Outcome, RuleContext } from './lib/types';
import { defineRule } from './lib/define-rule';
import { judge, receivedOf } from './lib/support';

type Id = 'done' | 'late' | 'missing' | 'see-max-term' | 'due-soon' | 'open' | 'notified' | 'notice-late' | 'notice-not-recorded' | 'notify-pending';

const NON_CUSTODIAL = new Set(['bail', 'residential-surveillance', 'designated-residential-surveillance']);

/** Whether the measure decided before receipt (the police's) has run past 刑诉法 79's maximum: R58's red. */
function policeTermExceeded(c: CaseSnapshot, received: string, ctx: RuleContext): boolean {
  if (c.measureStartedOn === undefined || c.measureStartedOn >= received) return false;
  const term = ctx.deadline(c.measureStartedOn, { amount: c.custodyMeasure === 'bail' ? 12 : 6, unit: 'month' }, { inCustody: false });
  return c.measureEndedOn !== undefined ? c.measureEndedOn > term.due : ctx.pending(term) === 'overdue';
}

export default defineRule({
  meta: {
    id: 'intake-bail-redecision',
    catalogue: 'R03',
    version: 2,
    procedures: ['prosecution-review'],
    fields: [
      'acceptedOn', 'materialsReceivedOn', 'custodyMeasure', 'supervisionCase', 'selfInvestigated',
      'measureStartedOn', 'measureRedecisionNoticeOn', 'measureEndedOn',
    ],
    requires: ['acceptedOn'],
    anchor: 'measureStartedOn',
    warningDays: 3,
    options: { days: 7 },
    severity: 'moderate',
    points: { 'late': 3, 'missing': 3, 'notice-late': 3 },
    messages: {
      'done': { light: 'green' },
      'open': { light: 'green' },
      'due-soon': { light: 'yellow' },
      'late': { light: 'red', policy: true },
      'missing': { light: 'red', policy: true },
      'see-max-term': { light: 'yellow' },
      'notified': { light: 'green' },
      'notify-pending': { light: 'yellow' },
      'notice-late': { light: 'red', policy: true },
      'notice-not-recorded': { light: 'yellow' },
    },
  },
  // Police-imposed measures only: supervision (留置) cases and own investigations are decided here already.
  applies: (c) =>
    c.custodyMeasure !== undefined && NON_CUSTODIAL.has(c.custodyMeasure) && c.supervisionCase !== true && c.selfInvestigated !== true,
  check: (c, ctx) => {
    const received = receivedOf(c)!;
    const measure = c.custodyMeasure === 'bail' ? { phrase: 'bail' } : { phrase: 'residential-surveillance' };
    const deadline = ctx.deadline(received, { amount: ctx.option<number>('days'), unit: 'day' }, { inCustody: false });
    // measureStartedOn holds the decision in force: on or after receipt it is the procuratorate's own.
    const decidedOn = c.measureStartedOn !== undefined && c.measureStartedOn >= received ? c.measureStartedOn : undefined;
    const decision = judge(ctx, deadline, decidedOn, { done: 'done', late: 'late', missing: 'missing', dueSoon: 'due-soon', open: 'open' }, {
      data: { measure },
      occurrence: `${received}:decision`,
    });
    const out: Outcome<Id>[] = [
      // One defect, charged once: without a decision of its own the police's measure ran past its
      // statutory maximum (刑诉法 79), which R58 charges; here it only points there.
      decision.messageId === 'missing' && policeTermExceeded(c, received, ctx) ? { ...decision, messageId: 'see-max-term' } : decision,
    ];
    if (decidedOn !== undefined) {
      // 规则 103, 113: the term is recalculated and the suspect is told of it. An empty notice date
      // may just be unrecorded on this form, so it asks for a look rather than counting points.
      out.push(judge(ctx, deadline, c.measureRedecisionNoticeOn, {
        done: 'notified', late: 'notice-late', missing: 'notice-not-recorded', dueSoon: 'notify-pending', open: 'notify-pending',
      }, { anchor: 'measureRedecisionNoticeOn', occurrence: `${received}:notice` }));
    }
    return out;
  },
});
