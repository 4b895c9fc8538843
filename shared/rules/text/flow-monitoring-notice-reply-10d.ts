// R59 flow-monitoring-notice-reply-10d: its wording (the rule's logic, ids and lights: shared/rules/flow-monitoring-notice-reply-10d.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '案件流程监控通知书10日内书面回复', en: 'Answer a case-flow monitoring notice in writing within 10 days' },
  description: {
    zh: '负责案件管理的部门发现办案活动违反期限、程序等规定，情节较重的发送案件流程监控通知书；办案部门收到后，应当在十日以内将核查情况书面回复负责案件管理的部门。期满日为节假日的，顺延至节假日后第一个工作日。',
    en: 'When case management sends a case-flow monitoring notice about a breach of periods or procedure, the handling department answers in writing with what it found within 10 days of receipt. A rest-day end moves to the next working day.',
  },
  basis: [
    { law: '人民检察院刑事诉讼规则', article: 620 },
    { law: '人民检察院刑事诉讼规则', article: 664 },
    { law: '人民检察院刑事诉讼规则', article: 665 },
  ],
  deadline: { zh: '收到通知书之日 + 10日，期满日为节假日的顺延', en: 'notice received + 10 days, moved off a rest day' },
  messages: {
    'done': { zh: '已于{{doneOn}}书面回复流程监控通知书（期满日 {{due}}）', en: 'Monitoring notice answered on {{doneOn}} (due {{due}})' },
    'open': { zh: '流程监控通知书应于 {{due}} 前书面回复', en: 'Answer the monitoring notice by {{due}}' },
    'due-soon': { zh: '应于 {{due}} 前将核查情况书面回复案件管理部门', en: 'Answer case management in writing by {{due}}' },
    'late': { zh: '流程监控通知书回复迟延：期满日 {{due}}，{{doneOn}}才回复', en: 'Monitoring notice answered late: due {{due}}, answered on {{doneOn}}' },
    'missing': { zh: '收到流程监控通知书后十日（{{due}}）已过，尚未书面回复', en: 'Ten days from the monitoring notice ({{due}}) have passed without a written answer' },
  },
} satisfies RuleText;
