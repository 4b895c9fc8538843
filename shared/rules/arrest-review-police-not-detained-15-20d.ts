// R17 公安提请批捕（未拘留）15/20日: not in custody, so a rest-day expiry moves to the next working day.
import { defineRule } from './lib/define-rule';
import { inCustodyOf, judge, receivedOf } from './lib/support';

export default defineRule({
  meta: {
    id: 'arrest-review-police-not-detained-15-20d',
    catalogue: 'R17',
    version: 2,
    procedures: ['arrest-review'],
    fields: ['acceptedOn', 'materialsReceivedOn', 'inCustody', 'custodyMeasure', 'selfInvestigated', 'majorComplex', 'decisionOn'],
    requires: ['acceptedOn'],
    anchor: 'decisionOn',
    warningDays: 3,
    severity: 'serious',
    points: { late: 6, overdue: 6 },
    messages: {
      'done': { light: 'green' },
      'open': { light: 'green' },
      'due-soon': { light: 'yellow' },
      'late': { light: 'red' },
      'overdue': { light: 'red' },
    },
  },
  // Police requests only: the procuratorate's own investigations are R18 (no double points).
  applies: (c) => c.selfInvestigated !== true && inCustodyOf(c) !== true,
  check: (c, ctx) => {
    if (inCustodyOf(c) === undefined) return ctx.missing('inCustody');
    const days = c.majorComplex === true ? 20 : 15;
    const deadline = ctx.deadline(receivedOf(c)!, { amount: days, unit: 'day' }, { inCustody: false });
    return judge(ctx, deadline, c.decisionOn, { done: 'done', late: 'late', missing: 'overdue', dueSoon: 'due-soon', open: 'open' }, { data: { days } });
  },
});
