import rule from '../../../shared/rules/plea-audio-video';
import { testRule } from './rule-tester';

const plea = { procedure: 'prosecution-review', pleaAccepted: true, pleaHearingOn: '2025-09-10' };

testRule(rule, {
  valid: [
    {
      name: 'hearing and signing recorded',
      snapshot: { ...plea, pleaAgreementSignedOn: '2025-09-12', pleaHearingRecorded: true, pleaSigningRecorded: true },
      today: '2025-09-20',
      expect: [
        { light: 'green', messageId: 'hearing-recorded' },
        { light: 'green', messageId: 'signing-recorded' },
      ],
    },
    { name: 'hearing only, recorded', snapshot: { ...plea, pleaHearingRecorded: true }, today: '2025-09-20', expect: [{ light: 'green', messageId: 'hearing-recorded' }] },
    { name: 'no plea activity yet', snapshot: { procedure: 'prosecution-review', pleaAccepted: true }, today: '2025-09-20', expect: [] },
  ],
  invalid: [
    {
      name: 'signing not recorded',
      snapshot: { ...plea, pleaAgreementSignedOn: '2025-09-12', pleaHearingRecorded: true, pleaSigningRecorded: false },
      today: '2025-09-20',
      expect: [
        { light: 'green', messageId: 'hearing-recorded' },
        { light: 'red', messageId: 'signing-not-recorded', points: 4 },
      ],
    },
    {
      name: 'hearing not recorded',
      snapshot: { ...plea, pleaHearingRecorded: false },
      today: '2025-09-20',
      expect: [{ light: 'red', messageId: 'hearing-not-recorded', points: 4 }],
    },
    {
      name: 'recording not stated on the form',
      snapshot: { ...plea, pleaAgreementSignedOn: '2025-09-12' },
      today: '2025-09-20',
      expect: [
        { light: 'grey', messageId: 'inputs-missing', missingFields: ['pleaHearingRecorded'] },
        { light: 'grey', messageId: 'inputs-missing', missingFields: ['pleaSigningRecorded'], anchor: 'pleaSigningRecorded' },
      ],
    },
  ],
});
