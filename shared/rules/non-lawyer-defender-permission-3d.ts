// R12 律师以外辩护人阅卷/会见许可（3日）: decide and notify the applicant in writing within 3 days.
import { defineRule } from './lib/define-rule';
import { inCustodyOf, judge } from './lib/support';

export default defineRule({
  meta: {
    id: 'non-lawyer-defender-permission-3d',
    catalogue: 'R12',
    version: 2,
    procedures: ['prosecution-review'],
    fields: ['nonLawyerDefenderRequestOn', 'nonLawyerDefenderNoticeOn', 'inCustody', 'custodyMeasure'],
    anchor: 'nonLawyerDefenderNoticeOn',
    warningDays: 0,
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
  applies: (c) => c.nonLawyerDefenderRequestOn !== undefined,
  check: (c, ctx) => {
    const deadline = ctx.deadline(c.nonLawyerDefenderRequestOn!, { amount: 3, unit: 'day' }, {
      inCustody: inCustodyOf(c) ?? false,
    });
    return judge(ctx, deadline, c.nonLawyerDefenderNoticeOn, { done: 'done', late: 'late', missing: 'missing', dueSoon: 'due-soon', open: 'open' });
  },
});
