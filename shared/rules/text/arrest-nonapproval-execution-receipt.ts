// R23 arrest-nonapproval-execution-receipt: its wording (the rule's logic, ids and lights: shared/rules/arrest-nonapproval-execution-receipt.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '不批捕后释放及执行回执（3日）', en: 'Release and execution receipt after a non-approval of arrest (3 days)' },
  description: {
    zh: '人民检察院不批准逮捕的，应当要求公安机关在收到不批准逮捕决定书后立即释放在押的犯罪嫌疑人或者变更强制措施，并在三日以内送达执行回执；公安机关不立即释放或者变更强制措施的，人民检察院应当提出纠正意见。回执逾期为对公安机关的监督提示（黄灯）；未执行而未提出纠正意见为本院瑕疵（红灯）。',
    en: 'After a non-approval of arrest the police must release the suspect or change the measure at once and return the execution receipt within 3 days; if they do not release, the procuratorate must issue a correction opinion. A late receipt is a supervision prompt (yellow); an unanswered failure to release is the procuratorate’s own defect (red).',
  },
  basis: [
    { law: '刑事诉讼法', article: 91, clause: 3 },
    { law: '人民检察院刑事诉讼规则', article: 286 },
    { law: '人民检察院刑事诉讼规则', article: 287, clause: 3 },
  ],
  deadline: { zh: '不批准逮捕决定书送达之日 + 3日（公安机关送达执行回执；期满日为节假日的顺延，在押的不顺延）', en: 'non-approval served + 3 days (police execution receipt; a rest-day end moves to the next working day unless in custody)' },
  messages: {
    'receipt-received': { zh: '已于{{doneOn}}收到执行回执（期满日 {{due}}）', en: 'Execution receipt received on {{doneOn}} (due {{due}})' },
    'awaiting-receipt': { zh: '公安机关应于 {{due}} 前送达不批准逮捕执行回执', en: 'The police owe the execution receipt by {{due}}' },
    'receipt-late': { zh: '执行回执{{doneOn}}才送达，超过三日（{{due}}），可提出纠正意见', en: 'Execution receipt arrived on {{doneOn}}, after 3 days ({{due}}); consider a correction opinion' },
    'receipt-overdue': { zh: '{{due}} 前未收到不批准逮捕执行回执，请核实是否已释放或变更强制措施', en: 'No execution receipt by {{due}}: check the suspect was released or the measure changed' },
    'correction-issued': { zh: '公安机关未立即执行不批准逮捕决定，已于{{doneOn}}提出纠正意见', en: 'Non-execution answered with a correction opinion on {{doneOn}}' },
    'no-correction': { zh: '公安机关未立即释放或变更强制措施，未提出纠正意见', en: 'The police did not release the suspect or change the measure, and no correction opinion was issued' },
  },
} satisfies RuleText;
