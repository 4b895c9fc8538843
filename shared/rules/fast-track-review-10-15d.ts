// R31 认罪认罚速裁案件10日/15日 (example I1).
import { defineRule } from './lib/define-rule';
import { reviewPeriod } from './lib/review-period';
import { inCustodyOf, judge } from './lib/support';

export default defineRule({
  meta: {
    id: 'fast-track-review-10-15d',
    catalogue: 'R31',
    version: 1,
    procedures: ['prosecution-review'],
    fields: [
      'acceptedOn', 'materialsReceivedOn', 'supervisionCase', 'supervisionMeasureDecidedOn', 'retransferredOn', 'lastReturnOn',
      'fastTrack', 'pleaAccepted', 'likelySentenceMonths', 'decisionOn', 'inCustody', 'custodyMeasure', 'psychEvalStartedOn', 'psychEvalResultOn',
    ],
    requires: ['acceptedOn'],
    anchor: 'decisionOn',
    warningDays: { 'default': 2, '15d': 3 },
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
  applies: (c) => c.fastTrack === true,
  check: (c, ctx) => {
    const custody = inCustodyOf(c);
    if (custody === undefined) return ctx.missing('inCustody');
    const p = reviewPeriod(c, ctx.today);
    if ('missing' in p) return ctx.missing(...p.missing);
    const days = c.likelySentenceMonths !== undefined && c.likelySentenceMonths > 12 ? 15 : 10;
    const deadline = ctx.deadline(p.start, { amount: days, unit: 'day' }, {
      inCustody: custody,
      excludedDays: p.excludedDays,
      variant: `${days}d`,
    });
    return judge(ctx, deadline, p.end, { done: 'done', late: 'late', missing: 'overdue', dueSoon: 'due-soon', open: 'open' }, {
      data: { days },
      occurrence: p.start,
    });
  },
});
