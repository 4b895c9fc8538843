// R16 arrest-review-police-detained-7d: its wording (the rule's logic, ids and lights: shared/rules/arrest-review-police-detained-7d.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '公安提请批捕（已拘留）7日内决定', en: 'Decide on a police arrest request within 7 days (suspect detained)' },
  description: {
    zh: '对公安机关提请批准逮捕、犯罪嫌疑人已被拘留的，应当在接到提请批准逮捕书后7日以内作出是否批准逮捕的决定；在押，期满日遇节假日不顺延。本院直接受理侦查（自侦）的案件适用 R18，不在此计算。',
    en: 'When the police ask for approval to arrest a detained suspect, decide within 7 days of receiving the request; the suspect is in custody, so a rest day does not extend it. The procuratorate’s own investigations are R18’s, not counted here.',
  },
  basis: [
    { law: '刑事诉讼法', article: 91, clause: 3 },
    { law: '人民检察院刑事诉讼规则', article: 282 },
  ],
  deadline: { zh: '收到提请批准逮捕书之日 + 7日（在押，不顺延）', en: 'request received + 7 days (in custody: never extended)' },
  messages: {
    'done': { zh: '已于{{doneOn}}作出决定（期满日 {{due}}）', en: 'Decided on {{doneOn}} (due {{due}})' },
    'open': { zh: '审查逮捕期满日 {{due}}', en: 'Arrest review due {{due}}' },
    'due-soon': { zh: '应于 {{due}} 前作出是否批准逮捕的决定（在押，节假日不顺延）', en: 'Decide by {{due}} (in custody: not extended by rest days)' },
    'late': { zh: '审查逮捕超期：期满日 {{due}}，{{doneOn}}才作出决定', en: 'Arrest review late: due {{due}}, decided on {{doneOn}}' },
    'late-detained': { zh: '审查逮捕超期且犯罪嫌疑人仍被羁押：期满日 {{due}}，{{doneOn}}才作出决定', en: 'Arrest review late with the suspect still detained: due {{due}}, decided on {{doneOn}}' },
    'overdue': { zh: '期满日 {{due}} 已过，尚未作出是否批准逮捕的决定', en: 'Due {{due}} has passed without a decision' },
    'overdue-detained': { zh: '期满日 {{due}} 已过仍未决定，犯罪嫌疑人仍被羁押', en: 'Due {{due}} has passed without a decision and the suspect is still detained' },
  },
  phrases: {
    'decided-on': { zh: '决定日期', en: 'decided on' },
  },
} satisfies RuleText;
