// R18 arrest-review-self-investigated: its wording (the rule's logic, ids and lights: shared/rules/arrest-review-self-investigated.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '自侦案件审查决定逮捕期限', en: 'Arrest decision in the procuratorate’s own investigations' },
  description: {
    zh: '本院直接受理侦查的案件需要逮捕的，犯罪嫌疑人已被拘留的，负责侦查的部门应当在拘留后七日以内移送负责捕诉的部门审查；负责捕诉的部门应当在收到逮捕犯罪嫌疑人意见书后七日以内报请检察长决定，特殊情况下可延长一日至三日；未被拘留的，十五日以内，重大、复杂案件不得超过二十日。两个七日合为刑诉法167条“拘留后十四日以内作出决定、特殊情况延长一至三日”。已拘留的在押，期满日不因节假日顺延。',
    en: 'In the procuratorate’s own investigations the investigating department sends a detained suspect’s case for arrest review within 7 days of detention; the decision follows within 7 days of receiving the opinion (1–3 more days in special cases), or 15 days if not detained (20 for a major or complex case). The two 7-day steps make up CPL 167’s 14 days from detention (1–3 more in special cases). Detained: never extended by rest days.',
  },
  basis: [
    { law: '刑事诉讼法', article: 167 },
    { law: '人民检察院刑事诉讼规则', article: 296 },
    { law: '人民检察院刑事诉讼规则', article: 297 },
  ],
  deadline: {
    zh: '已拘留：收到逮捕意见书 + 7日（特殊情况 +1至3日），不顺延；未拘留：+15日（重大复杂20日），遇节假日顺延；移送审查：拘留 + 7日',
    en: 'detained: opinion received + 7 days (+1–3 in special cases), never extended; not detained: +15 days (20 if major/complex), moved off rest days; transfer: detention + 7 days',
  },
  messages: {
    'transferred': { zh: '侦查部门已于{{doneOn}}移送审查逮捕（拘留后七日期满 {{due}}）', en: 'Sent for arrest review on {{doneOn}} (7 days from detention: {{due}})' },
    'transfer-late': { zh: '侦查部门移送审查逮捕迟延：拘留后七日期满 {{due}}，{{doneOn}}才移送', en: 'Sent for arrest review late: 7 days from detention ended {{due}}, sent on {{doneOn}}' },
    'done': { zh: '已于{{doneOn}}决定是否逮捕（{{days}}日，期满日 {{due}}）', en: 'Arrest decided on {{doneOn}} ({{days}} days, due {{due}})' },
    'open': { zh: '审查逮捕期满日 {{due}}（{{days}}日）', en: 'Arrest review due {{due}} ({{days}} days)' },
    'due-soon': { zh: '应于 {{due}} 前报请检察长决定是否逮捕（{{days}}日）', en: 'Submit to the chief prosecutor for the arrest decision by {{due}} ({{days}} days)' },
    'late': { zh: '审查逮捕超期：{{days}}日期限于 {{due}} 届满，{{doneOn}}才决定', en: 'Arrest review late: {{days}}-day period due {{due}}, decided on {{doneOn}}' },
    'overdue': { zh: '审查逮捕{{days}}日期限已于 {{due}} 届满，尚未决定', en: 'The {{days}}-day arrest review expired on {{due}} without a decision' },
    'late-detained': { zh: '审查逮捕超期（已拘留）：{{days}}日期限于 {{due}} 届满，{{doneOn}}才决定', en: 'Arrest review late with the suspect detained: {{days}}-day period due {{due}}, decided on {{doneOn}}' },
    'overdue-detained': { zh: '审查逮捕{{days}}日期限已于 {{due}} 届满仍未决定，犯罪嫌疑人被拘留', en: 'The {{days}}-day arrest review expired on {{due}} without a decision while the suspect is detained' },
  },
} satisfies RuleText;
