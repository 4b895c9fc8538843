// R37 supplementary-investigation-return-and-restart: its wording (the rule's logic, ids and lights: shared/rules/supplementary-investigation-return-and-restart.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '退回补充侦查：提纲、一个月期限与重新计算', en: 'Return for supplementary investigation: outline, one month, restart' },
  description: {
    zh: '退回补充侦查应当附补充侦查提纲；公安机关（监察机关）应当在一个月以内补充侦查完毕，逾期未重新移送的应要求其说明理由；重新移送后审查起诉期限重新计算（见 R29）。',
    en: 'A return must come with an outline; the police (or commission) must finish within one month, and are asked to explain if they have not re-transferred by then; re-transfer restarts the review period (R29).',
  },
  basis: [
    { law: '刑事诉讼法', article: 175, clause: 2 },
    { law: '刑事诉讼法', article: 175, clause: 3 },
    { law: '人民检察院刑事诉讼规则', article: 257 },
    { law: '人民检察院刑事诉讼规则', article: 342 },
    { law: '人民检察院刑事诉讼规则', article: 346 },
  ],
  deadline: {
    zh: '补充侦查期满 = 退回日 + 1个月（期满日为节假日的顺延至节假日后第一个工作日，在押的不顺延；羁押状态不明的按不在押计算）',
    en: 'police due = returned on + 1 month (a rest-day end moves to the next working day unless in custody; unknown custody counts as not in custody)',
  },
  messages: {
    'outline': { zh: '退回时已附补充侦查提纲', en: 'Outline attached to the return' },
    'no-outline': { zh: '{{returnedOn}}退回补充侦查未附补充侦查提纲', en: 'Returned on {{returnedOn}} without a supplementary-investigation outline' },
    'awaiting': { zh: '已于{{returnedOn}}退回补充侦查，补充侦查应于 {{due}} 前完毕', en: 'Returned on {{returnedOn}}; supplementary investigation due {{due}}' },
    'retransferred': { zh: '已于{{doneOn}}重新移送，审查起诉期限自该日重新计算', en: 'Re-transferred on {{doneOn}}; the review period restarts from then' },
    'retransferred-late': { zh: '补充侦查期满日 {{due}}，{{doneOn}}才重新移送（侦查机关超期，属监督事项）', en: 'Due back {{due}}, re-transferred on {{doneOn}} (the investigators were late: a supervision matter)' },
    'police-overdue': { zh: '补充侦查期限已于 {{due}} 届满仍未重新移送，应要求侦查机关说明理由', en: 'Supplementary investigation was due {{due}} and the case is not back: ask the investigators to explain' },
  },
} satisfies RuleText;
