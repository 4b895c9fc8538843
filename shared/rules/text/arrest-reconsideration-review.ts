// R24 arrest-reconsideration-review: its wording (the rule's logic, ids and lights: shared/rules/arrest-reconsideration-review.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '不批捕复议7日、复核15日', en: 'Non-approval of arrest: reconsideration in 7 days, review in 15' },
  description: {
    zh: '公安机关对不批准逮捕要求复议的，应当另行指派检察官或者检察官办案组审查，在收到要求复议意见书和案卷材料后七日以内经检察长批准作出决定；提请上一级人民检察院复核的，上一级人民检察院应当在收到提请复核意见书和案卷材料后十五日以内经检察长批准作出决定。维持原决定的应说明理由。',
    en: 'A police request to reconsider a non-approval of arrest goes to a different prosecutor and is decided, with the chief’s approval, within 7 days of receiving the request and file; a request for review is decided by the upper procuratorate within 15 days. Reasons are given when the decision is upheld.',
  },
  basis: [
    { law: '刑事诉讼法', article: 92 },
    { law: '人民检察院刑事诉讼规则', article: 290 },
    { law: '人民检察院刑事诉讼规则', article: 291 },
    { law: '人民检察院刑事诉讼规则', article: 292 },
  ],
  deadline: {
    zh: '复议：收到要求复议意见书 + 7日；复核：收到提请复核意见书 + 15日；期满日为节假日的顺延至节假日后第一个工作日，犯罪嫌疑人在押的不顺延（羁押状态不明的按不在押计算）',
    en: 'reconsideration: request received + 7 days; review: request received + 15 days; a rest-day end moves to the next working day unless the suspect is in custody (unknown custody counts as not in custody)',
  },
  messages: {
    'done': { zh: '不批捕{{kind}}已于{{doneOn}}作出决定（期满日 {{due}}）', en: 'Non-approval {{kind}} decided on {{doneOn}} (due {{due}})' },
    'open': { zh: '不批捕{{kind}}应于 {{due}} 前作出决定', en: 'Decide the non-approval {{kind}} by {{due}}' },
    'due-soon': { zh: '不批捕{{kind}}应于 {{due}} 前经检察长批准作出决定', en: 'The non-approval {{kind}} must be decided with the chief’s approval by {{due}}' },
    'late': { zh: '不批捕{{kind}}超期：期满日 {{due}}，{{doneOn}}才决定', en: 'Non-approval {{kind}} late: due {{due}}, decided on {{doneOn}}' },
    'missing': { zh: '不批捕{{kind}}期限已于 {{due}} 届满，尚未作出决定', en: 'The non-approval {{kind}} expired on {{due}} without a decision' },
    'same-prosecutor': { zh: '不批捕复议由原承办检察官办理，应当另行指派', en: 'The reconsideration was handled by the original prosecutor; a different one must be assigned' },
  },
  phrases: {
    'reconsideration': { zh: '复议', en: 'reconsideration' },
    'review': { zh: '复核', en: 'review' },
  },
} satisfies RuleText;
