import rule from '../../../shared/rules/juvenile-plea-and-fast-track-bar';
import { testRule } from './rule-tester';

// Born 2009-03-01: 16 in September 2025; 18 on 2027-03-01.
const minor = { procedure: 'prosecution-review', acceptedOn: '2025-09-01', suspectBirthDate: '2009-03-01', pleaAccepted: true };

testRule(rule, {
  valid: [
    {
      name: 'signed with the legal representative present',
      snapshot: { ...minor, pleaAgreementSignedOn: '2025-09-10', guardianPresentAtSigning: true, counselPresentAtSigning: true },
      today: '2025-09-20',
      expect: [{ light: 'green', messageId: 'guardian-present' }],
    },
    { name: 'an adult on the fast track', snapshot: { ...minor, suspectBirthDate: '1990-01-01', fastTrack: true }, today: '2025-09-20', expect: [] },
    { name: 'age in doubt, arrest not approved', snapshot: { procedure: 'arrest-review', ageDoubtful: true, arrestApproved: false }, today: '2025-09-20', expect: [] },
  ],
  invalid: [
    {
      name: 'fast track proposed for a minor',
      snapshot: { ...minor, fastTrack: true },
      today: '2025-09-20',
      expect: [{ light: 'red', messageId: 'fast-track-minor', points: 7 }],
    },
    {
      name: 'signed without the legal representative',
      snapshot: { ...minor, pleaAgreementSignedOn: '2025-09-10', guardianPresentAtSigning: false },
      today: '2025-09-20',
      expect: [{ light: 'red', messageId: 'no-guardian', points: 7 }],
    },
    {
      name: 'signed despite an objection',
      snapshot: { ...minor, pleaAgreementSignedOn: '2025-09-10', guardianPresentAtSigning: true, juvenilePleaObjection: true },
      today: '2025-09-20',
      expect: [
        { light: 'green', messageId: 'guardian-present' },
        { light: 'yellow', messageId: 'signed-despite-objection' },
      ],
    },
    {
      name: 'presence not recorded',
      snapshot: { ...minor, pleaAgreementSignedOn: '2025-09-10' },
      today: '2025-09-20',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['guardianPresentAtSigning'] }],
    },
    {
      name: 'arrest approved with the age in doubt',
      snapshot: { procedure: 'arrest-review', ageDoubtful: true, arrestApproved: true },
      today: '2025-09-20',
      expect: [{ light: 'red', messageId: 'age-doubt-arrest', points: 7 }],
    },
  ],
});
