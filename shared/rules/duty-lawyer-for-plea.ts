// R09 认罪认罚无辩护人的通知值班律师: the duty lawyer must be involved before any plea hearing or agreement.
import { defineRule } from './lib/define-rule';
import { earliest } from './lib/support';

export default defineRule({
  meta: {
    id: 'duty-lawyer-for-plea',
    catalogue: 'R09',
    version: 1,
    procedures: ['arrest-review', 'prosecution-review'],
    fields: ['pleaAccepted', 'hasCounsel', 'dutyLawyerNotifiedOn', 'pleaHearingOn', 'pleaAgreementSignedOn'],
    requires: ['hasCounsel'],
    anchor: 'dutyLawyerNotifiedOn',
    severity: 'serious',
    points: { 'missing': 6, 'after-plea': 6 },
    messages: {
      'notified': { light: 'green' },
      'has-counsel': { light: 'green' },
      'not-yet': { light: 'grey' },
      'missing': { light: 'red' },
      'after-plea': { light: 'red' },
    },
  },
  applies: (c) => c.pleaAccepted === true,
  check: (c) => {
    if (c.hasCounsel === true) return { messageId: 'has-counsel', anchor: 'hasCounsel', occurrence: 'plea' };
    const pleaOn = earliest(c.pleaHearingOn, c.pleaAgreementSignedOn);
    const notifiedOn = c.dutyLawyerNotifiedOn;
    if (notifiedOn !== undefined) {
      if (pleaOn !== undefined && notifiedOn > pleaOn) return { messageId: 'after-plea', data: { notifiedOn, pleaOn }, occurrence: 'plea' };
      return { messageId: 'notified', data: { notifiedOn }, occurrence: 'plea' };
    }
    if (pleaOn !== undefined) return { messageId: 'missing', data: { pleaOn }, occurrence: 'plea' };
    return { messageId: 'not-yet', occurrence: 'plea' };
  },
});
