// R11 律师阅卷及时安排（三个工作日）: counted on the official working calendar (examples J1, J2).
import { defineRule } from './lib/define-rule';
import { judge } from './lib/support';

export default defineRule({
  meta: {
    id: 'file-review-3-workdays',
    catalogue: 'R11',
    version: 1,
    procedures: ['prosecution-review'],
    fields: ['fileReviewRequestedOn', 'fileReviewArrangedOn'],
    anchor: 'fileReviewArrangedOn',
    warningDays: 0,
    severity: 'moderate',
    points: { late: 4, missing: 4 },
    messages: {
      'done': { light: 'green' },
      'open': { light: 'green' },
      'due-soon': { light: 'yellow' },
      'late': { light: 'red' },
      'missing': { light: 'red' },
    },
  },
  applies: (c) => c.fileReviewRequestedOn !== undefined,
  check: (c, ctx) => {
    // 规则 49: "自即日起三个工作日以内" — the request day is not counted; working days never roll over.
    const deadline = ctx.deadline(c.fileReviewRequestedOn!, { amount: 3, unit: 'workday' }, { inCustody: false });
    return judge(ctx, deadline, c.fileReviewArrangedOn, { done: 'done', late: 'late', missing: 'missing', dueSoon: 'due-soon', open: 'open' });
  },
});
