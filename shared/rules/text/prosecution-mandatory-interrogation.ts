// R35 prosecution-mandatory-interrogation: its wording (the rule's logic, ids and lights: shared/rules/prosecution-mandatory-interrogation.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '审查起诉应当讯问犯罪嫌疑人', en: 'Interrogate the suspect at review for prosecution' },
  description: {
    zh: '审查起诉阶段应当讯问犯罪嫌疑人，讯问笔录日期不得晚于审结日期；审查起诉受理前（如审查逮捕阶段）的讯问不能代替。',
    en: 'Every review for prosecution needs an interrogation of the suspect, dated no later than the decision; one from before the case was received (e.g. arrest review) does not count.',
  },
  basis: [
    { law: '刑事诉讼法', article: 173, clause: 1 },
    { law: '人民检察院刑事诉讼规则', article: 258 },
    { law: '人民检察院刑事诉讼规则', article: 260 },
    { law: '人民检察院刑事诉讼规则', article: 331 },
  ],
  deadline: { zh: '受理日 ≤ 讯问日期 ≤ 审结日期', en: 'received ≤ interrogated ≤ decided' },
  messages: {
    'interrogated': { zh: '已于{{interrogatedOn}}讯问犯罪嫌疑人', en: 'Suspect interrogated on {{interrogatedOn}}' },
    'not-yet': { zh: '审结前应讯问犯罪嫌疑人', en: 'Interrogate the suspect before deciding' },
    'before-acceptance': { zh: '讯问日期{{interrogatedOn}}早于受理日期{{receivedOn}}，审查起诉阶段仍需讯问', en: 'The interrogation on {{interrogatedOn}} predates receipt ({{receivedOn}}); this stage still needs one' },
    'missing': { zh: '已于{{decisionOn}}审结，审查起诉阶段未讯问犯罪嫌疑人', en: 'Decided on {{decisionOn}} without interrogating the suspect at this stage' },
    'after-decision': { zh: '讯问日期{{interrogatedOn}}晚于审结日期{{decisionOn}}', en: 'Interrogated on {{interrogatedOn}}, after the decision on {{decisionOn}}' },
  },
} satisfies RuleText;
