// R04 notice-suspect-counsel-3d: its wording (the rule's logic, ids and lights: shared/rules/notice-suspect-counsel-3d.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '告知犯罪嫌疑人有权委托辩护人（3日）', en: 'Tell the suspect of the right to counsel within 3 days' },
  description: {
    zh: '自收到移送起诉案卷材料之日起3日内，应告知犯罪嫌疑人有权委托辩护人、可申请法律援助；告知须有笔录或送达回执。监察机关移送的留置案件，在执行拘留时告知。',
    en: 'Within 3 days of receiving the case for review, tell the suspect of the right to retain counsel and to apply for legal aid, with a signed record or receipt on file. In supervision-commission (留置) cases, at the time detention is executed.',
  },
  basis: [
    { law: '刑事诉讼法', article: 34, clause: 2 },
    { law: '人民检察院刑事诉讼规则', article: 40, clause: 2 },
    { law: '人民检察院刑事诉讼规则', article: 40, clause: 3 },
    { law: '人民检察院刑事诉讼规则', article: 145 },
    { law: '法律援助法', article: 35 },
  ],
  deadline: {
    zh: '受理（收到案卷材料）日 + 3日，期满日为节假日的顺延至节假日后第一个工作日，在押的不顺延；监察留置案件为拘留执行日',
    en: 'received + 3 days; a rest-day end moves to the next working day unless in custody; supervision cases: the day detention is executed',
  },
  messages: {
    'done': { zh: '已于{{doneOn}}告知有权委托辩护人（期满日 {{due}}）', en: 'Told of the right to counsel on {{doneOn}} (due {{due}})' },
    'late': { zh: '告知有权委托辩护人迟延：期满日 {{due}}，{{doneOn}}才告知', en: 'Counsel notice late: due {{due}}, given on {{doneOn}}' },
    'missing': { zh: '期满日 {{due}} 已过，尚未告知犯罪嫌疑人有权委托辩护人', en: 'Due {{due}} has passed and the suspect has not been told of the right to counsel' },
    'due-soon': { zh: '应于 {{due}} 前告知犯罪嫌疑人有权委托辩护人', en: 'Tell the suspect of the right to counsel by {{due}}' },
    'open': { zh: '待告知有权委托辩护人，期满日 {{due}}', en: 'Counsel notice pending, due {{due}}' },
    'no-proof': { zh: '已于{{doneOn}}告知，但未见告知笔录或送达回执', en: 'Told on {{doneOn}}, but no signed record or receipt is on file' },
  },
} satisfies RuleText;
