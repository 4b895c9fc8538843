// R08 转达在押人员委托辩护人要求: "及时", read as the next working day (configurable).
import { defineRule } from './lib/define-rule';
import { inCustodyOf, judge } from './lib/support';

export default defineRule({
  meta: {
    id: 'relay-request-for-counsel',
    catalogue: 'R08',
    version: 2,
    procedures: ['arrest-review', 'prosecution-review', 'self-investigation', 'custody-review'],
    fields: ['counselRequestMadeOn', 'counselRequestRelayedOn', 'inCustody', 'custodyMeasure'],
    anchor: 'counselRequestRelayedOn',
    warningDays: 0,
    options: { workdays: 1 },
    severity: 'moderate',
    points: { late: 3, missing: 3 },
    messages: {
      'done': { light: 'green' },
      'open': { light: 'green' },
      'due-soon': { light: 'yellow' },
      'late': { light: 'red', policy: true },
      'missing': { light: 'red', policy: true },
    },
  },
  applies: (c) =>
    c.counselRequestMadeOn !== undefined &&
    (inCustodyOf(c) !== false || c.custodyMeasure === 'designated-residential-surveillance'),
  check: (c, ctx) => {
    const deadline = ctx.deadline(c.counselRequestMadeOn!, { amount: ctx.option<number>('workdays'), unit: 'workday' }, { inCustody: true });
    return judge(ctx, deadline, c.counselRequestRelayedOn, { done: 'done', late: 'late', missing: 'missing', dueSoon: 'due-soon', open: 'open' });
  },
});
