// R31 fast-track-review-10-15d: its wording (the rule's logic, ids and lights: shared/rules/fast-track-review-10-15d.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '认罪认罚速裁案件10日/15日内作出决定', en: 'Fast-track plea case: decide within 10/15 days' },
  description: {
    zh: '犯罪嫌疑人认罪认罚、符合速裁程序适用条件的，应当在10日以内作出是否提起公诉的决定；可能判处的有期徒刑超过一年的，可延长至15日。不在押遇节假日顺延。',
    en: 'A plea case eligible for the fast-track procedure: decide within 10 days, or 15 if the likely prison term exceeds one year. Moved off rest days unless in custody.',
  },
  basis: [
    { law: '刑事诉讼法', article: 172, clause: 1 },
    { law: '人民检察院刑事诉讼规则', article: 273, clause: 1 },
  ],
  deadline: {
    zh: '受理日 + 10日（可能判处有期徒刑超过一年的 15日）；不在押遇节假日顺延',
    en: 'received + 10 days (15 if the likely term exceeds one year); moved off rest days unless in custody',
  },
  messages: {
    'done': { zh: '已于{{doneOn}}作出决定（速裁{{days}}日，期满日 {{due}}）', en: 'Decided on {{doneOn}} (fast track, {{days}} days, due {{due}})' },
    'open': { zh: '速裁案件{{days}}日期限，期满日 {{due}}', en: 'Fast track, {{days}} days, due {{due}}' },
    'due-soon': { zh: '速裁案件应于 {{due}} 前作出决定（{{days}}日）', en: 'Fast track: decide by {{due}} ({{days}} days)' },
    'late': { zh: '速裁案件超期：{{days}}日期限于 {{due}} 届满，{{doneOn}}才作出决定', en: 'Fast track late: {{days}}-day period due {{due}}, decided on {{doneOn}}' },
    'overdue': { zh: '速裁案件{{days}}日期限已于 {{due}} 届满，尚未作出决定', en: 'Fast-track {{days}}-day period expired on {{due}} without a decision' },
  },
} satisfies RuleText;
