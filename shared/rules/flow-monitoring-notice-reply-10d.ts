// R59 案件流程监控通知书10日内书面回复: the handling department's written reply to case management.
import { defineRule } from './lib/define-rule';
import { judge } from './lib/support';

export default defineRule({
  meta: {
    id: 'flow-monitoring-notice-reply-10d',
    catalogue: 'R59',
    version: 2,
    procedures: 'any',
    fields: ['monitoringNoticeReceivedOn', 'monitoringNoticeRepliedOn'],
    anchor: 'monitoringNoticeRepliedOn',
    warningDays: 2,
    severity: 'minor',
    points: { late: 2, missing: 2 },
    messages: {
      'done': { light: 'green' },
      'open': { light: 'green' },
      'due-soon': { light: 'yellow' },
      'late': { light: 'red' },
      'missing': { light: 'red' },
    },
  },
  applies: (c) => c.monitoringNoticeReceivedOn !== undefined,
  check: (c, ctx) => {
    // 规则 665 ¶3: "在十日以内将核查情况书面回复".
    const deadline = ctx.deadline(c.monitoringNoticeReceivedOn!, { amount: 10, unit: 'day' }, {
      inCustody: false,
    });
    return judge(ctx, deadline, c.monitoringNoticeRepliedOn, { done: 'done', late: 'late', missing: 'missing', dueSoon: 'due-soon', open: 'open' });
  },
});
