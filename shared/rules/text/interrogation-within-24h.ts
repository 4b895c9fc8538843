// R57 interrogation-within-24h: its wording (the rule's logic, ids and lights: shared/rules/interrogation-within-24h.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '拘留、逮捕后24小时内讯问', en: 'Interrogate within 24 hours of detention or arrest' },
  description: {
    zh: '本院对被拘留、逮捕的人，应当在拘留、逮捕后24小时以内进行讯问；发现不应当拘留、逮捕的，应当立即释放或变更强制措施。24小时自执行时间的下一个整点起算（开始的时不计入，刑诉法105条2款）：10时20分执行的，次日11时届满。',
    en: 'A person the procuratorate detains or arrests is interrogated within 24 hours; if the measure proves unwarranted, release or change it at once. The 24 hours run from the next full hour after the execution (the starting hour is not counted, CPL 105(2)): executed at 10:20, due at 11:00 the next day.',
  },
  basis: [
    { law: '刑事诉讼法', article: 166 },
    { law: '刑事诉讼法', article: 94 },
    { law: '人民检察院刑事诉讼规则', article: 124 },
    { law: '人民检察院刑事诉讼规则', article: 125 },
    { law: '人民检察院刑事诉讼规则', article: 302 },
  ],
  deadline: { zh: '执行时间的下一个整点 + 24小时', en: 'the next full hour after the execution + 24 hours' },
  messages: {
    'done': { zh: '{{measure}}后已于{{doneOn}}讯问（时限 {{due}}）', en: 'Interrogated after the {{measure}} at {{doneOn}} (due {{due}})' },
    'open': { zh: '{{measure}}后应于 {{due}} 前讯问', en: 'Interrogate after the {{measure}} by {{due}}' },
    'due-soon': { zh: '{{measure}}后讯问时限 {{due}} 将至', en: 'Interrogation after the {{measure}} is due at {{due}}' },
    'late': { zh: '{{measure}}后讯问超过24小时：时限 {{due}}，{{doneOn}}才讯问', en: 'Interrogated late after the {{measure}}: due {{due}}, interrogated {{doneOn}}' },
    'missing': { zh: '{{measure}}后24小时（{{due}}）已过，尚未讯问', en: '24 hours after the {{measure}} ({{due}}) have passed without an interrogation' },
  },
} satisfies RuleText;
