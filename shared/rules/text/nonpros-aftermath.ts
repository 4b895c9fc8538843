// R48 nonpros-aftermath: its wording (the rule's logic, ids and lights: shared/rules/nonpros-aftermath.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '不起诉后续处理', en: 'After a non-prosecution decision' },
  description: {
    zh: '决定不起诉的，应当同时书面通知作出或者执行查封、扣押、冻结决定的机关解除查封、扣押、冻结；对机关事业单位工作人员决定不起诉的，应当在作出决定后十日以内告知其所在单位；需要给予行政处罚、处分或者没收违法所得的，经检察长批准提出检察意见，连同不起诉决定书一并移送有关主管机关。',
    en: 'On deciding not to prosecute, the bodies that sealed, seized or froze property are told in writing at the same time to release it; a state or public-institution employee’s employer is told within 10 days; where an administrative sanction, discipline or confiscation is needed, a procuratorial opinion goes to the competent authority with the decision.',
  },
  basis: [
    { law: '刑事诉讼法', article: 177, clause: 3 },
    { law: '人民检察院刑事诉讼规则', article: 153 },
    { law: '人民检察院刑事诉讼规则', article: 373 },
    { law: '人民检察院刑事诉讼规则', article: 374 },
    { law: '人民检察院刑事诉讼规则', article: 375 },
  ],
  deadline: {
    zh: '解除查封扣押冻结：与不起诉决定同日；告知所在单位：决定之日 + 10日（期满日为节假日的顺延至节假日后第一个工作日）',
    en: 'release of seized property: the day of the decision; employer: decided on + 10 days (a rest-day end moves to the next working day)',
  },
  messages: {
    'release-notified': { zh: '已于{{doneOn}}书面通知解除查封、扣押、冻结', en: 'Release of seized property notified on {{doneOn}}' },
    'release-due': { zh: '应在作出不起诉决定的同时（{{due}}）书面通知解除查封、扣押、冻结', en: 'Notify the release of seized property with the decision ({{due}})' },
    'release-late': { zh: '解除查封、扣押、冻结的通知（{{doneOn}}）未与不起诉决定（{{due}}）同时发出', en: 'Release of seized property notified on {{doneOn}}, not with the decision on {{due}}' },
    'release-missing': { zh: '不起诉决定（{{due}}）后未书面通知解除查封、扣押、冻结', en: 'No written notice to release the seized property after the decision on {{due}}' },
    'employer-told': { zh: '已于{{doneOn}}告知被不起诉人所在单位', en: 'Employer told on {{doneOn}}' },
    'employer-open': { zh: '应于 {{due}} 前告知被不起诉人所在单位', en: 'Tell the employer by {{due}}' },
    'employer-due': { zh: '应于 {{due}} 前将不起诉决定告知其所在单位', en: 'Tell the employer of the decision by {{due}}' },
    'employer-late': { zh: '告知所在单位迟延：期满日 {{due}}，{{doneOn}}才告知', en: 'Employer told late: due {{due}}, told on {{doneOn}}' },
    'employer-missing': { zh: '不起诉决定后十日（{{due}}）已过，未告知其所在单位', en: 'Ten days from the decision ({{due}}) have passed and the employer has not been told' },
    'opinion-sent': { zh: '检察意见已于{{doneOn}}移送主管机关', en: 'Procuratorial opinion sent on {{doneOn}}' },
    'opinion-pending': { zh: '需给予行政处罚、处分或没收违法所得，应经检察长批准提出检察意见并移送主管机关', en: 'A sanction or confiscation is needed: send a procuratorial opinion, approved by the chief' },
  },
} satisfies RuleText;
