// R34 精神病鉴定期间不计入期限: the exclusion stands only with both dates on file and the notices given.
import { defineRule } from './lib/define-rule';
import { inCustodyOf, judge } from './lib/support';

export default defineRule({
  meta: {
    id: 'psychiatric-evaluation-excluded',
    catalogue: 'R34',
    version: 2,
    procedures: ['prosecution-review', 'detention-supervision', 'self-investigation'],
    fields: ['psychEvalStartedOn', 'psychEvalResultOn', 'psychEvalNoticeOn', 'inCustody', 'custodyMeasure'],
    requires: ['psychEvalStartedOn'],
    anchor: 'psychEvalNoticeOn',
    warningDays: 2,
    severity: 'moderate',
    points: { late: 3, missing: 3 },
    messages: {
      'done': { light: 'green' },
      'open': { light: 'green' },
      'due-soon': { light: 'yellow' },
      'late': { light: 'red' },
      'missing': { light: 'red' },
      'in-progress': { light: 'green' },
    },
  },
  applies: (c) => (c.psychEvalStartedOn !== undefined || c.psychEvalResultOn !== undefined) && inCustodyOf(c) !== false,
  check: (c, ctx) => {
    const start = c.psychEvalStartedOn!;
    const result = c.psychEvalResultOn !== undefined && c.psychEvalResultOn > start ? c.psychEvalResultOn : undefined;
    const days = result !== undefined ? ctx.diffDays(start, result) : { phrase: 'still-running' };
    // 规则 614(3): within 10 days of the decision to evaluate.
    const deadline = ctx.deadline(start, { amount: 10, unit: 'day' }, { inCustody: inCustodyOf(c) ?? false });
    const o = judge(ctx, deadline, c.psychEvalNoticeOn, { done: 'done', late: 'late', missing: 'missing', dueSoon: 'due-soon', open: 'open' }, {
      data: { days },
    });
    if (o.messageId === 'open' && result === undefined) return { ...o, messageId: 'in-progress', data: { start } };
    return o;
  },
});
