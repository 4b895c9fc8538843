// R12 non-lawyer-defender-permission-3d: its wording (the rule's logic, ids and lights: shared/rules/non-lawyer-defender-permission-3d.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '律师以外辩护人阅卷/会见许可（3日）', en: 'Decide on a non-lawyer defender’s access within 3 days' },
  description: {
    zh: '自审查起诉之日起，律师以外的辩护人申请查阅、摘抄、复制案卷材料或者同在押、被监视居住的犯罪嫌疑人会见和通信的，负责捕诉的部门应当审查并作出是否许可的决定，在三日以内书面通知申请人；不予许可只能基于法定情形（同案犯在逃、需补充侦查、涉及秘密、可能串供或干扰作证等）。',
    en: 'From the start of the review for prosecution, a non-lawyer defender’s application to read the file or to meet and write to the suspect is decided and notified in writing within 3 days; refusal only on the listed grounds.',
  },
  basis: [
    { law: '刑事诉讼法', article: 39, clause: 1 },
    { law: '刑事诉讼法', article: 40 },
    { law: '人民检察院刑事诉讼规则', article: 48 },
  ],
  deadline: { zh: '申请日 + 3日，期满日为节假日的顺延至节假日后第一个工作日，在押的不顺延', en: 'applied on + 3 days; a rest-day end moves to the next working day unless in custody' },
  messages: {
    'done': { zh: '已于{{doneOn}}书面通知是否许可（期满日 {{due}}）', en: 'Decision notified in writing on {{doneOn}} (due {{due}})' },
    'open': { zh: '律师以外辩护人的申请应于 {{due}} 前决定并书面通知', en: 'Decide and notify the non-lawyer defender in writing by {{due}}' },
    'due-soon': { zh: '应于 {{due}} 前就律师以外辩护人的申请作出决定并书面通知', en: 'Decide on the non-lawyer defender’s application and notify in writing by {{due}}' },
    'late': { zh: '许可决定书面通知迟延：期满日 {{due}}，{{doneOn}}才通知', en: 'Decision notified late: due {{due}}, notified on {{doneOn}}' },
    'missing': { zh: '期满日 {{due}} 已过，仍未就律师以外辩护人的申请书面通知', en: 'Due {{due}} has passed without a written decision on the non-lawyer defender’s application' },
  },
} satisfies RuleText;
