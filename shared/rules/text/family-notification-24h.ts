// R56 family-notification-24h: its wording (the rule's logic, ids and lights: shared/rules/family-notification-24h.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '拘留、逮捕、指定居所监视居住后24小时内通知家属', en: 'Notify the family within 24 hours of detention, arrest or designated residence' },
  description: {
    zh: '本院执行拘留、逮捕或指定居所监视居住的，除无法通知或法律规定的有碍侦查情形外，应当在执行后24小时以内通知被拘留、逮捕人的家属；无法通知的应将原因记录在案，情形消除后立即通知。24小时自执行时间的下一个整点起算（开始的时不计入，刑诉法105条2款）：10时20分执行的，次日11时届满。',
    en: 'After the procuratorate executes detention, arrest or designated-residence surveillance, notify the family within 24 hours unless notice is impossible or lawfully withheld (reason on file). The 24 hours run from the next full hour after the execution (the starting hour is not counted, CPL 105(2)): executed at 10:20, due at 11:00 the next day.',
  },
  basis: [
    { law: '人民检察院刑事诉讼规则', article: 123 },
    { law: '人民检察院刑事诉讼规则', article: 144 },
    { law: '人民检察院刑事诉讼规则', article: 301 },
    { law: '人民检察院刑事诉讼规则', article: 117 },
    { law: '刑事诉讼法', article: 75, clause: 2 },
    { law: '刑事诉讼法', article: 85, clause: 2 },
    { law: '刑事诉讼法', article: 93, clause: 2 },
  ],
  deadline: { zh: '执行时间的下一个整点 + 24小时', en: 'the next full hour after the execution + 24 hours' },
  messages: {
    'done': { zh: '{{measure}}后已于{{doneOn}}通知家属（时限 {{due}}）', en: 'Family notified of the {{measure}} at {{doneOn}} (due {{due}})' },
    'open': { zh: '{{measure}}后应于 {{due}} 前通知家属', en: 'Notify the family of the {{measure}} by {{due}}' },
    'due-soon': { zh: '{{measure}}后通知家属时限 {{due}} 将至', en: 'Family notice for the {{measure}} is due at {{due}}' },
    'late': { zh: '{{measure}}后通知家属超过24小时：时限 {{due}}，{{doneOn}}才通知', en: 'Family notified of the {{measure}} late: due {{due}}, notified {{doneOn}}' },
    'missing': { zh: '{{measure}}后24小时（{{due}}）已过，尚未通知家属', en: '24 hours after the {{measure}} ({{due}}) have passed and the family is not notified' },
    'exempt': { zh: '{{measure}}后无法通知或依法不通知家属，原因已记录', en: 'Family not notified of the {{measure}}: impossible or lawfully withheld, reason on file' },
  },
} satisfies RuleText;
