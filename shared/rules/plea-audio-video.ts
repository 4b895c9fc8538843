// R43 听取意见与签署具结书同步录音录像: whether the form records that the hearing and the signing were recorded.
import type { Outcome } from './lib/types';
import { defineRule } from './lib/define-rule';
import { missingAt } from './lib/support';

type Id = 'hearing-recorded' | 'hearing-not-recorded' | 'signing-recorded' | 'signing-not-recorded';

export default defineRule({
  meta: {
    id: 'plea-audio-video',
    catalogue: 'R43',
    version: 1,
    procedures: ['prosecution-review'],
    fields: ['pleaAccepted', 'pleaHearingOn', 'pleaAgreementSignedOn', 'pleaHearingRecorded', 'pleaSigningRecorded'],
    anchor: 'pleaHearingRecorded',
    severity: 'moderate',
    points: { 'hearing-not-recorded': 4, 'signing-not-recorded': 4 },
    messages: {
      'hearing-recorded': { light: 'green' },
      'hearing-not-recorded': { light: 'red' },
      'signing-recorded': { light: 'green' },
      'signing-not-recorded': { light: 'red' },
    },
  },
  applies: (c) => c.pleaAccepted === true && (c.pleaHearingOn !== undefined || c.pleaAgreementSignedOn !== undefined),
  check: (c) => {
    const out: Outcome<Id>[] = [];
    if (c.pleaHearingOn !== undefined) {
      const on = c.pleaHearingOn;
      if (c.pleaHearingRecorded === undefined) out.push(missingAt('pleaHearingRecorded', `hearing:${on}:inputs`));
      else out.push({ messageId: c.pleaHearingRecorded ? 'hearing-recorded' : 'hearing-not-recorded', data: { on }, occurrence: `hearing:${on}` });
    }
    if (c.pleaAgreementSignedOn !== undefined) {
      const on = c.pleaAgreementSignedOn;
      const anchor = 'pleaSigningRecorded';
      if (c.pleaSigningRecorded === undefined) out.push(missingAt(anchor, `signing:${on}:inputs`, anchor));
      else out.push({ anchor, messageId: c.pleaSigningRecorded ? 'signing-recorded' : 'signing-not-recorded', data: { on }, occurrence: `signing:${on}` });
    }
    return out;
  },
});
