// R41 认罪认罚告知与听取意见: rights and plea rules explained and opinions heard before the agreement.
import type { Outcome } from './lib/types';
import { defineRule } from './lib/define-rule';

type Id = 'told' | 'not-told' | 'told-after' | 'heard' | 'not-heard' | 'heard-after' | 'not-yet' | 'duty-lawyer-no-access';

export default defineRule({
  meta: {
    id: 'plea-notice-and-hearing',
    catalogue: 'R41',
    version: 1,
    procedures: ['prosecution-review'],
    fields: [
      'pleaAccepted', 'pleaRightsExplainedOn', 'pleaHearingOn', 'pleaAgreementSignedOn', 'decisionOn',
      'hasCounsel', 'dutyLawyerNotifiedOn', 'dutyLawyerFileAccessProvided',
    ],
    anchor: 'pleaRightsExplainedOn',
    severity: 'serious',
    points: { 'not-told': 5, 'told-after': 5, 'not-heard': 5, 'heard-after': 5 },
    messages: {
      'told': { light: 'green' },
      'not-told': { light: 'red' },
      'told-after': { light: 'red' },
      'heard': { light: 'green' },
      'not-heard': { light: 'red' },
      'heard-after': { light: 'red' },
      'not-yet': { light: 'grey' },
      'duty-lawyer-no-access': { light: 'yellow' },
    },
  },
  applies: (c) => c.pleaAccepted === true,
  check: (c) => {
    const refOn = c.pleaAgreementSignedOn ?? c.decisionOn;
    const out: Outcome<Id>[] = [];
    const step = (doneOn: string | undefined, ids: { ok: Id; none: Id; after: Id }, anchor: 'pleaRightsExplainedOn' | 'pleaHearingOn', key: string) => {
      const occurrence = `${key}:${refOn ?? 'pending'}`;
      if (refOn === undefined) return;
      if (doneOn === undefined) out.push({ messageId: ids.none, data: { refOn }, anchor, occurrence });
      else if (doneOn > refOn) out.push({ messageId: ids.after, data: { doneOn, refOn }, anchor, occurrence });
      else out.push({ messageId: ids.ok, data: { doneOn }, anchor, occurrence });
    };
    if (refOn === undefined) {
      out.push({ messageId: 'not-yet', occurrence: 'plea:pending' });
    } else {
      step(c.pleaRightsExplainedOn, { ok: 'told', none: 'not-told', after: 'told-after' }, 'pleaRightsExplainedOn', 'rights');
      step(c.pleaHearingOn, { ok: 'heard', none: 'not-heard', after: 'heard-after' }, 'pleaHearingOn', 'hearing');
    }
    // 规则 269 ¶2: the duty lawyer is given access to the file before being heard.
    if (c.hasCounsel !== true && c.dutyLawyerNotifiedOn !== undefined && c.dutyLawyerFileAccessProvided === false) {
      out.push({ messageId: 'duty-lawyer-no-access', anchor: 'dutyLawyerFileAccessProvided', occurrence: 'duty-lawyer' });
    }
    return out;
  },
});
