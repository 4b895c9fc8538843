// R29 prosecution-review-1m: its wording (the rule's logic, ids and lights: shared/rules/prosecution-review-1m.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '审查起诉一个月期限', en: 'Review for prosecution: one month' },
  description: {
    zh: '对移送起诉的案件，应当在一个月以内作出决定，重大复杂案件经批准可延长十五日。退回补充侦查后重新移送的，重新计算审查起诉期限；监察留置案件自强制措施决定之日起算；精神病鉴定期间不计入。在押，期满日遇节假日不顺延；不在押的顺延至节假日后第一个工作日。',
    en: 'Decide within one month, extendable by 15 days with approval for a major/complex case. A re-transfer after supplementary investigation restarts the period; supervision (留置) cases run from the coercive-measure decision; psychiatric evaluation is not counted. In custody a rest-day expiry stands; otherwise it moves to the next working day.',
  },
  basis: [
    { law: '刑事诉讼法', article: 172, clause: 1 },
    { law: '刑事诉讼法', article: 170, clause: 2 },
    { law: '刑事诉讼法', article: 175, clause: 3 },
    { law: '刑事诉讼法', article: 149 },
    { law: '人民检察院刑事诉讼规则', article: 143, clause: 2 },
    { law: '人民检察院刑事诉讼规则', article: 222 },
    { law: '人民检察院刑事诉讼规则', article: 351, clause: 1 },
  ],
  deadline: {
    zh: '起算日（受理/重新移送/监察案件强制措施决定日）+ 1个月（高法解释202月末规则）+ 鉴定天数；经批准延长的自名义届满日再加15日；不在押遇节假日顺延',
    en: 'start (received / re-transferred / measure decided) + 1 month (month-end rule of SPC Interp. 202) + evaluation days; +15 days from the nominal expiry if extended; moved off rest days unless in custody',
  },
  messages: {
    'done': { zh: '已于{{doneOn}}审结（期满日 {{due}}{{extension}}）', en: 'Decided on {{doneOn}} (due {{due}}{{extension}})' },
    'returned-in-time': { zh: '已于{{doneOn}}退回补充侦查（期满日 {{due}}），重新移送后重新计算期限', en: 'Returned for supplementary investigation on {{doneOn}} (due {{due}}); the period restarts on re-transfer' },
    'open': { zh: '审查起诉期满日 {{due}}{{extension}}', en: 'Review due {{due}}{{extension}}' },
    'due-soon': { zh: '审查起诉期限将于 {{due}} 届满{{extension}}', en: 'The review period expires on {{due}}{{extension}}' },
    'late': { zh: '审查起诉超期：期满日 {{due}}{{extension}}，{{doneOn}}才审结', en: 'Review late: due {{due}}{{extension}}, decided on {{doneOn}}' },
    'late-in-custody': { zh: '审查起诉超期（在押）：期满日 {{due}}{{extension}}，{{doneOn}}才审结', en: 'Review late with the suspect in custody: due {{due}}{{extension}}, decided on {{doneOn}}' },
    'overdue': { zh: '审查起诉期限已于 {{due}} 届满{{extension}}，尚未审结', en: 'The review period expired on {{due}}{{extension}} without a decision' },
    'overdue-in-custody': { zh: '审查起诉期限已于 {{due}} 届满{{extension}}，尚未审结，犯罪嫌疑人在押', en: 'The review period expired on {{due}}{{extension}} without a decision; the suspect is in custody' },
  },
  phrases: {
    'extended': { zh: '（已延长十五日）', en: ' (extended by 15 days)' },
    'decided-or-returned-on': { zh: '审结/退回日期', en: 'decided / returned on' },
  },
} satisfies RuleText;
