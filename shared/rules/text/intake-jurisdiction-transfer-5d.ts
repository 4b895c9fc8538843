// R02 intake-jurisdiction-transfer-5d: its wording (the rule's logic, ids and lights: shared/rules/intake-jurisdiction-transfer-5d.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '非本院管辖案件5日内移送', en: 'Transfer a case outside this procuratorate’s jurisdiction within 5 days' },
  description: {
    zh: '负责捕诉的部门收到移送起诉的案件后，经审查认为不属于本院管辖的，应当在发现之日起五日以内经由负责案件管理的部门移送有管辖权的人民检察院（或报送上级人民检察院、报请指定管辖），同时通知移送起诉的公安机关。不在押的，期满日遇节假日顺延。',
    en: 'A case found to be outside this procuratorate’s jurisdiction must be sent, through case management, to the competent procuratorate (or reported up) within 5 days of the finding, telling the police. Moved off rest days unless in custody.',
  },
  basis: [
    { law: '人民检察院刑事诉讼规则', article: 328 },
    { law: '刑事诉讼法', article: 172, clause: 2 },
  ],
  deadline: {
    zh: '发现不属本院管辖之日 + 5日；期满日为节假日的顺延至节假日后第一个工作日，在押的不顺延（羁押状态不明的按不在押计算）',
    en: 'found on + 5 days; a rest-day end moves to the next working day unless in custody (unknown custody counts as not in custody)',
  },
  messages: {
    'done': { zh: '已于{{doneOn}}移送有管辖权的检察院（期满日 {{due}}）', en: 'Sent to the competent procuratorate on {{doneOn}} (due {{due}})' },
    'open': { zh: '不属本院管辖，应于 {{due}} 前移送', en: 'Outside this jurisdiction: send the case on by {{due}}' },
    'due-soon': { zh: '不属本院管辖的案件应于 {{due}} 前经案管部门移送', en: 'Send the case on through case management by {{due}}' },
    'late': { zh: '移送管辖迟延：期满日 {{due}}，{{doneOn}}才移送', en: 'Jurisdiction transfer late: due {{due}}, sent on {{doneOn}}' },
    'missing': { zh: '发现不属本院管辖后五日（{{due}}）已过，仍未移送', en: 'Five days from the finding (due {{due}}) have passed and the case has not been sent on' },
  },
} satisfies RuleText;
