// R17 arrest-review-police-not-detained-15-20d: its wording (the rule's logic, ids and lights: shared/rules/arrest-review-police-not-detained-15-20d.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '公安提请批捕（未拘留）15日/20日内决定', en: 'Decide on a police arrest request within 15/20 days (suspect not detained)' },
  description: {
    zh: '犯罪嫌疑人未被拘留的，应当在接到提请批准逮捕书后15日以内作出决定，重大、复杂案件不得超过20日；不在押，期满日遇节假日顺延至节假日后第一个工作日。本院直接受理侦查（自侦）的案件适用 R18，不在此计算。',
    en: 'A suspect not detained: decide within 15 days of receiving the request, 20 for a major or complex case; not in custody, so a rest-day expiry moves to the next working day. The procuratorate’s own investigations are R18’s, not counted here.',
  },
  basis: [{ law: '人民检察院刑事诉讼规则', article: 282 }],
  deadline: {
    zh: '收到提请批准逮捕书之日 + 15日（重大复杂 20日），遇节假日顺延',
    en: 'request received + 15 days (20 if major/complex), moved off rest days',
  },
  messages: {
    'done': { zh: '已于{{doneOn}}作出决定（{{days}}日期限，期满日 {{due}}）', en: 'Decided on {{doneOn}} ({{days}}-day period, due {{due}})' },
    'open': { zh: '审查逮捕{{days}}日期限，期满日 {{due}}', en: '{{days}}-day arrest review, due {{due}}' },
    'due-soon': { zh: '应于 {{due}} 前作出是否批准逮捕的决定（{{days}}日期限）', en: 'Decide by {{due}} ({{days}}-day period)' },
    'late': { zh: '审查逮捕超期：{{days}}日期限于 {{due}} 届满，{{doneOn}}才作出决定', en: 'Arrest review late: {{days}}-day period due {{due}}, decided on {{doneOn}}' },
    'overdue': { zh: '{{days}}日审查逮捕期限已于 {{due}} 届满，尚未作出决定', en: 'The {{days}}-day arrest review expired on {{due}} without a decision' },
  },
} satisfies RuleText;
