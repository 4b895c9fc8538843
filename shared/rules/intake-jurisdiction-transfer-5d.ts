// R02 非本院管辖案件5日内移送: from the day the lack of jurisdiction is found (the new period is R33's).
import { defineRule } from './lib/define-rule';
import { inCustodyOf, judge } from './lib/support';

export default defineRule({
  meta: {
    id: 'intake-jurisdiction-transfer-5d',
    catalogue: 'R02',
    version: 2,
    procedures: ['prosecution-review'],
    fields: ['nonJurisdictionFoundOn', 'jurisdictionTransferredOn', 'inCustody', 'custodyMeasure'],
    anchor: 'jurisdictionTransferredOn',
    // The catalogue's own light for R02: yellow on days 4–5.
    warningDays: 1,
    severity: 'moderate',
    points: { late: 3, missing: 3 },
    messages: {
      'done': { light: 'green' },
      'open': { light: 'green' },
      'due-soon': { light: 'yellow' },
      'late': { light: 'red' },
      'missing': { light: 'red' },
    },
  },
  applies: (c) => c.nonJurisdictionFoundOn !== undefined,
  check: (c, ctx) => {
    // settle(addDays(found, 5), inCustody): the ordinary 105 rule; unknown custody is not custody.
    const deadline = ctx.deadline(c.nonJurisdictionFoundOn!, { amount: 5, unit: 'day' }, { inCustody: inCustodyOf(c) ?? false });
    return judge(ctx, deadline, c.jurisdictionTransferredOn, { done: 'done', late: 'late', missing: 'missing', dueSoon: 'due-soon', open: 'open' });
  },
});
