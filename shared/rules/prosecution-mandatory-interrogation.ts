// R35 审查起诉应当讯问犯罪嫌疑人: at least one interrogation in this stage, before the decision.
import { defineRule } from './lib/define-rule';
import { receivedOf } from './lib/support';

export default defineRule({
  meta: {
    id: 'prosecution-mandatory-interrogation',
    catalogue: 'R35',
    version: 1,
    procedures: ['prosecution-review'],
    fields: ['acceptedOn', 'materialsReceivedOn', 'interrogatedOn', 'decisionOn'],
    requires: ['acceptedOn'],
    anchor: 'interrogatedOn',
    severity: 'serious',
    points: { 'missing': 8, 'after-decision': 8 },
    messages: {
      'interrogated': { light: 'green' },
      'not-yet': { light: 'grey' },
      'before-acceptance': { light: 'yellow' },
      'missing': { light: 'red' },
      'after-decision': { light: 'red' },
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
