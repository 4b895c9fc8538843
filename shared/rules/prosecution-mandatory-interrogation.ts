// R35 审查起诉应当讯问犯罪嫌疑人: at least one interrogation in this stage, before the decision.
import { defineRule } from './lib/define-rule';
import { receivedOf } from './lib/support';

export default defineRule({
  meta: {
    id: 'prosecution-mandatory-interrogation',
    catalogue: 'R35',
    version: 1,
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
    procedures: ['prosecution-review'],
    fields: ['acceptedOn', 'materialsReceivedOn', 'interrogatedOn', 'decisionOn'],
    requires: ['acceptedOn'],
    anchor: 'interrogatedOn',
    deadline: { zh: '受理日 ≤ 讯问日期 ≤ 审结日期', en: 'received ≤ interrogated ≤ decided' },
    severity: 'serious',
    points: { 'missing': 8, 'after-decision': 8 },
    messages: {
      'interrogated': { light: 'green', zh: '已于{{interrogatedOn}}讯问犯罪嫌疑人', en: 'Suspect interrogated on {{interrogatedOn}}' },
      'not-yet': { light: 'grey', zh: '审结前应讯问犯罪嫌疑人', en: 'Interrogate the suspect before deciding' },
      'before-acceptance': { light: 'yellow', zh: '讯问日期{{interrogatedOn}}早于受理日期{{receivedOn}}，审查起诉阶段仍需讯问', en: 'The interrogation on {{interrogatedOn}} predates receipt ({{receivedOn}}); this stage still needs one' },
      'missing': { light: 'red', zh: '已于{{decisionOn}}审结，审查起诉阶段未讯问犯罪嫌疑人', en: 'Decided on {{decisionOn}} without interrogating the suspect at this stage' },
      'after-decision': { light: 'red', zh: '讯问日期{{interrogatedOn}}晚于审结日期{{decisionOn}}', en: 'Interrogated on {{interrogatedOn}}, after the decision on {{decisionOn}}' },
    },
  },
  applies: () => true,
  check: (c) => {
    const receivedOn = receivedOf(c)!;
    const { interrogatedOn, decisionOn } = c;
    const occurrence = receivedOn;
    if (interrogatedOn !== undefined && interrogatedOn >= receivedOn) {
      if (decisionOn !== undefined && interrogatedOn > decisionOn) return { messageId: 'after-decision', data: { interrogatedOn, decisionOn }, occurrence };
      return { messageId: 'interrogated', data: { interrogatedOn }, occurrence };
    }
    if (decisionOn !== undefined) return { messageId: 'missing', data: { decisionOn }, occurrence };
    if (interrogatedOn !== undefined) return { messageId: 'before-acceptance', data: { interrogatedOn, receivedOn }, occurrence };
    return { messageId: 'not-yet', occurrence };
  },
});
