// R05 notice-victim-agent-3d: its wording (the rule's logic, ids and lights: shared/rules/notice-victim-agent-3d.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '告知被害人等有权委托诉讼代理人（3日）', en: 'Tell the victim of the right to an agent within 3 days' },
  description: {
    zh: '自收到移送起诉案卷材料之日起3日内，应告知被害人及其法定代理人或近亲属、附带民事诉讼当事人有权委托诉讼代理人，并可申请法律援助；无法告知的应记录在案。',
    en: 'Within 3 days of receiving the case, tell the victim (or legal representative / close relative) and civil-claim parties of the right to an agent and to legal aid; record why if they cannot be told.',
  },
  basis: [
    { law: '刑事诉讼法', article: 46, clause: 2 },
    { law: '人民检察院刑事诉讼规则', article: 55 },
  ],
  deadline: {
    zh: '受理（收到案卷材料）日 + 3日，期满日为节假日的顺延至节假日后第一个工作日，犯罪嫌疑人在押的不顺延',
    en: 'received + 3 days; a rest-day end moves to the next working day unless the suspect is in custody',
  },
  messages: {
    'done': { zh: '已于{{doneOn}}告知被害人有权委托诉讼代理人（期满日 {{due}}）', en: 'Victim told of the right to an agent on {{doneOn}} (due {{due}})' },
    'late': { zh: '告知被害人有权委托诉讼代理人迟延：期满日 {{due}}，{{doneOn}}才告知', en: 'Victim notice late: due {{due}}, given on {{doneOn}}' },
    'missing': { zh: '期满日 {{due}} 已过，尚未告知被害人有权委托诉讼代理人', en: 'Due {{due}} has passed and the victim has not been told of the right to an agent' },
    'due-soon': { zh: '应于 {{due}} 前告知被害人有权委托诉讼代理人', en: 'Tell the victim of the right to an agent by {{due}}' },
    'open': { zh: '待告知被害人，期满日 {{due}}', en: 'Victim notice pending, due {{due}}' },
    'no-proof': { zh: '已于{{doneOn}}告知被害人，但未见告知笔录或送达回执', en: 'Victim told on {{doneOn}}, but no record or receipt is on file' },
    'impossible-recorded': { zh: '无法告知被害人，原因已记录在案', en: 'The victim could not be told; the reason is on file' },
  },
} satisfies RuleText;
