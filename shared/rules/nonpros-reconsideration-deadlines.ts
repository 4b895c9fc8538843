// R49 不起诉复议、复核、申诉复查期限: 30 days for 复议/复核; 3 months (6 if complex) for an appeal's 复查.
import { defineRule } from './lib/define-rule';
import { inCustodyOf, judge } from './lib/support';

export default defineRule({
  meta: {
    id: 'nonpros-reconsideration-deadlines',
    catalogue: 'R49',
    version: 2,
    procedures: ['non-prosecution'],
    fields: [
      'nonProsChallengeType', 'nonProsChallengeReceivedOn', 'appealReviewFiledOn', 'majorComplex', 'nonProsChallengeDecidedOn',
      'inCustody', 'custodyMeasure',
    ],
    requires: ['nonProsChallengeType'],
    anchor: 'nonProsChallengeDecidedOn',
    warningDays: 5,
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
  // A challenge on file without its type is grey (which period applies is unknown), never silent.
  applies: (c) => c.nonProsChallengeType !== undefined || c.nonProsChallengeReceivedOn !== undefined || c.appealReviewFiledOn !== undefined,
  check: (c, ctx) => {
    const type = c.nonProsChallengeType!;
    // The person is no longer held after a non-prosecution (刑诉法 178); only a recorded custody counts.
    const inCustody = inCustodyOf(c) === true;
    const ids = { done: 'done', late: 'late', missing: 'missing', dueSoon: 'due-soon', open: 'open' } as const;
    if (type === 'victim-appeal' || type === 'person-appeal') {
      // 规则 386: from the filing of the re-examination.
      if (c.appealReviewFiledOn === undefined) return ctx.missing('appealReviewFiledOn');
      const months = c.majorComplex === true ? 6 : 3;
      const kind = { phrase: `appeal-${months}` };
      const d = ctx.deadline(c.appealReviewFiledOn, { amount: months, unit: 'month' }, { inCustody });
      return judge(ctx, d, c.nonProsChallengeDecidedOn, ids, { data: { kind } });
    }
    // 规则 379, 380: 30 days from receiving the request.
    if (c.nonProsChallengeReceivedOn === undefined) return ctx.missing('nonProsChallengeReceivedOn');
    const kind = type === 'review'
      ? { phrase: 'review' }
      : { phrase: 'reconsideration' };
    const d = ctx.deadline(c.nonProsChallengeReceivedOn, { amount: 30, unit: 'day' }, { inCustody });
    return judge(ctx, d, c.nonProsChallengeDecidedOn, ids, { data: { kind } });
  },
});
