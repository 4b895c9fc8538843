// R38 变更强制措施/期限届满释放申请3日内答复.
import { defineRule } from './lib/define-rule';
import { inCustodyOf, judge } from './lib/support';

export default defineRule({
  meta: {
    id: 'custody-release-and-variation-requests-3d',
    catalogue: 'R38',
    version: 2,
    procedures: 'any',
    fields: ['releaseRequestReceivedOn', 'releaseRequestAnsweredOn', 'inCustody', 'custodyMeasure'],
    anchor: 'releaseRequestAnsweredOn',
    warningDays: 0,
    severity: 'serious',
    points: { late: 6, missing: 6 },
    messages: {
      'done': { light: 'green' },
      'open': { light: 'green' },
      'due-soon': { light: 'yellow' },
      'late': { light: 'red' },
      'missing': { light: 'red' },
    },
  },
  applies: (c) => c.releaseRequestReceivedOn !== undefined,
  check: (c, ctx) => {
    const deadline = ctx.deadline(c.releaseRequestReceivedOn!, { amount: 3, unit: 'day' }, { inCustody: inCustodyOf(c) ?? false });
    return judge(ctx, deadline, c.releaseRequestAnsweredOn, { done: 'done', late: 'late', missing: 'missing', dueSoon: 'due-soon', open: 'open' });
  },
});
