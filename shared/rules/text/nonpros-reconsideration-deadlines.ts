// R49 nonpros-reconsideration-deadlines: its wording (the rule's logic, ids and lights: shared/rules/nonpros-reconsideration-deadlines.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '不起诉复议、复核、申诉复查期限', en: 'Deadlines for reconsideration, review and appeals against non-prosecution' },
  description: {
    zh: '公安机关要求复议、监察机关提请复议、公安机关提请复核的，应当在收到意见书后三十日以内经检察长批准作出决定；被害人或被不起诉人申诉的复查，应当在立案后三个月以内报经检察长批准作出复查决定，案情复杂的不得超过六个月。被害人七日内申诉的由上一级院捕诉部门复查，七日后的由本院控申部门审查；法院受理被害人自诉后应终止复查。',
    en: 'Reconsideration requested by the police or a supervision commission, and review requested by the police, are decided with the chief’s approval within 30 days of receiving the request; the re-examination of a victim’s or the non-prosecuted person’s appeal within 3 months of filing (6 if complex). Appeals within 7 days go to the upper office’s prosecution department, later ones to the complaints department.',
  },
  basis: [
    { law: '刑事诉讼法', article: 179 },
    { law: '刑事诉讼法', article: 180 },
    { law: '刑事诉讼法', article: 181 },
    { law: '人民检察院刑事诉讼规则', article: 379 },
    { law: '人民检察院刑事诉讼规则', article: 380 },
    { law: '人民检察院刑事诉讼规则', article: 381 },
    { law: '人民检察院刑事诉讼规则', article: 382 },
    { law: '人民检察院刑事诉讼规则', article: 385 },
    { law: '人民检察院刑事诉讼规则', article: 386 },
  ],
  deadline: {
    zh: '复议、复核：收到意见书 + 30日；申诉复查：立案 + 3个月（案情复杂的6个月）；不在押遇节假日顺延',
    en: 'reconsideration, review: request received + 30 days; appeal re-examination: filed + 3 months (6 if complex); moved off rest days unless in custody',
  },
  messages: {
    'done': { zh: '{{kind}}已于{{doneOn}}作出决定（期满日 {{due}}）', en: '{{kind}} decided on {{doneOn}} (due {{due}})' },
    'open': { zh: '{{kind}}期满日 {{due}}', en: '{{kind}} due {{due}}' },
    'due-soon': { zh: '{{kind}}应于 {{due}} 前经检察长批准作出决定', en: '{{kind}}: decide with the chief’s approval by {{due}}' },
    'late': { zh: '{{kind}}超期：期满日 {{due}}，{{doneOn}}才决定', en: '{{kind}} late: due {{due}}, decided on {{doneOn}}' },
    'missing': { zh: '{{kind}}期限已于 {{due}} 届满，尚未作出决定', en: '{{kind}} expired on {{due}} without a decision' },
  },
  phrases: {
    'appeal-3': { zh: '申诉复查（3个月）', en: 'Appeal re-examination (3 months)' },
    'appeal-6': { zh: '申诉复查（6个月）', en: 'Appeal re-examination (6 months)' },
    'review': { zh: '不起诉复核', en: 'Review of the non-prosecution' },
    'reconsideration': { zh: '不起诉复议', en: 'Reconsideration of the non-prosecution' },
  },
} satisfies RuleText;
