// R19 监察留置案件拘留后10日内决定强制措施: in custody, so never extended; the time is not counted in R29.
import { defineRule } from './lib/define-rule';
import { judge } from './lib/support';

export default defineRule({
  meta: {
    id: 'supervision-case-measure-10d',
    catalogue: 'R19',
    version: 1,
    procedures: ['prosecution-review'],
    fields: ['supervisionCase', 'detainedOn', 'supervisionMeasureExtraDays', 'supervisionMeasureDecidedOn'],
    requires: ['detainedOn'],
    anchor: 'supervisionMeasureDecidedOn',
    warningDays: { 'default': 2, 'extended': 3 },
    severity: 'critical',
    points: { late: 8, missing: 8 },
    messages: {
      'done': { light: 'green' },
      'open': { light: 'green' },
      'due-soon': { light: 'yellow' },
      'late': { light: 'red' },
      'missing': { light: 'red' },
    },
  },
  applies: (c) => c.supervisionCase === true,
  check: (c, ctx) => {
    const extra = Math.min(c.supervisionMeasureExtraDays ?? 0, 4);
    const deadline = ctx.deadline(c.detainedOn!, { amount: 10 + extra, unit: 'day' }, {
      inCustody: true,
      variant: extra > 0 ? 'extended' : 'default',
    });
    return judge(ctx, deadline, c.supervisionMeasureDecidedOn, { done: 'done', late: 'late', missing: 'missing', dueSoon: 'due-soon', open: 'open' });
  },
});
