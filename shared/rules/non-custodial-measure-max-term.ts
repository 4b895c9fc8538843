// R58 取保候审12个月、监视居住6个月上限.
import { defineRule } from './lib/define-rule';
import { judge } from './lib/support';

export default defineRule({
  meta: {
    id: 'non-custodial-measure-max-term',
    catalogue: 'R58',
    version: 2,
    procedures: ['prosecution-review', 'non-prosecution', 'self-investigation'],
    fields: ['custodyMeasure', 'measureStartedOn', 'measureEndedOn'],
    requires: ['measureStartedOn'],
    anchor: 'measureEndedOn',
    warningDays: 15,
    severity: 'moderate',
    points: { 'exceeded': 5, 'in-force-past-expiry': 5 },
    messages: {
      'lifted': { light: 'green' },
      'open': { light: 'green' },
      'due-soon': { light: 'yellow' },
      'exceeded': { light: 'red' },
      'in-force-past-expiry': { light: 'red' },
    },
  },
  applies: (c) => c.custodyMeasure === 'bail' || c.custodyMeasure === 'residential-surveillance' || c.custodyMeasure === 'designated-residential-surveillance',
  check: (c, ctx) => {
    const bail = c.custodyMeasure === 'bail';
    const measure = bail ? { phrase: 'bail' } : { phrase: 'residential-surveillance' };
    // 刑诉法 105 ④ as for every period: not in custody, a rest-day end moves on.
    const deadline = ctx.deadline(c.measureStartedOn!, { amount: bail ? 12 : 6, unit: 'month' }, { inCustody: false });
    return judge(ctx, deadline, c.measureEndedOn, {
      done: 'lifted', late: 'exceeded', missing: 'in-force-past-expiry', dueSoon: 'due-soon', open: 'open',
    }, { data: { measure } });
  },
});
