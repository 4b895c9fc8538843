// R38 custody-release-and-variation-requests-3d: its wording (the rule's logic, ids and lights: shared/rules/custody-release-and-variation-requests-3d.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '变更强制措施、解除羁押申请3日内答复', en: 'Answer a release or variation request within 3 days' },
  description: {
    zh: '犯罪嫌疑人及其法定代理人、近亲属或辩护人申请变更强制措施，或认为羁押期限届满要求解除的，应当在收到申请后3日以内作出决定；不同意的应告知申请人并说明理由。在押，期满日不顺延。',
    en: 'A request to change the coercive measure, or to be released because the period has expired, must be decided within 3 days of receipt, with reasons if refused. In custody the due date is never extended.',
  },
  basis: [
    { law: '刑事诉讼法', article: 97 },
    { law: '刑事诉讼法', article: 99 },
    { law: '人民检察院刑事诉讼规则', article: 150 },
    { law: '人民检察院刑事诉讼规则', article: 151 },
    { law: '人民检察院刑事诉讼规则', article: 338 },
  ],
  deadline: {
    zh: '收到申请之日 + 3日；期满日为节假日的顺延至节假日后第一个工作日，在押的不顺延（羁押状态不明的按不在押计算）',
    en: 'request received + 3 days; a rest-day end moves to the next working day unless in custody (unknown custody counts as not in custody)',
  },
  messages: {
    'done': { zh: '已于{{doneOn}}答复申请（期满日 {{due}}）', en: 'Request answered on {{doneOn}} (due {{due}})' },
    'open': { zh: '申请待答复，期满日 {{due}}', en: 'Request pending, due {{due}}' },
    'due-soon': { zh: '应于 {{due}} 前对变更强制措施/解除羁押申请作出决定', en: 'Decide on the release or variation request by {{due}}' },
    'late': { zh: '申请答复超期：期满日 {{due}}，{{doneOn}}才答复', en: 'Request answered late: due {{due}}, answered on {{doneOn}}' },
    'missing': { zh: '期满日 {{due}} 已过，变更强制措施/解除羁押申请尚未答复', en: 'Due {{due}} has passed and the request is unanswered' },
  },
} satisfies RuleText;
