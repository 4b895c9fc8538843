import rule from '../../../shared/rules/plea-notice-and-hearing';
import { testRule } from './rule-tester';

const plea = { procedure: 'prosecution-review', acceptedOn: '2025-09-01', pleaAccepted: true };

testRule(rule, {
  valid: [
    {
      name: 'told and heard before signing',
      snapshot: { ...plea, pleaRightsExplainedOn: '2025-09-03', pleaHearingOn: '2025-09-10', pleaAgreementSignedOn: '2025-09-10' },
      today: '2025-09-20',
      expect: [
        { light: 'green', messageId: 'told' },
        { light: 'green', messageId: 'heard' },
      ],
    },
    {
      name: 'no agreement: the decision is the reference',
      snapshot: { ...plea, pleaRightsExplainedOn: '2025-09-03', pleaHearingOn: '2025-09-10', decisionOn: '2025-09-25' },
      today: '2025-09-30',
      expect: [
        { light: 'green', messageId: 'told' },
        { light: 'green', messageId: 'heard' },
      ],
    },
    { name: 'no plea', snapshot: { ...plea, pleaAccepted: false, decisionOn: '2025-09-25' }, today: '2025-09-30', expect: [] },
  ],
  invalid: [
    {
      name: 'signed without the rules explained',
      snapshot: { ...plea, pleaHearingOn: '2025-09-10', pleaAgreementSignedOn: '2025-09-10' },
      today: '2025-09-20',
      expect: [
        { light: 'red', messageId: 'not-told', points: 5 },
        { light: 'green', messageId: 'heard' },
      ],
    },
    {
      name: 'heard after signing',
      snapshot: { ...plea, pleaRightsExplainedOn: '2025-09-03', pleaHearingOn: '2025-09-12', pleaAgreementSignedOn: '2025-09-10' },
      today: '2025-09-20',
      expect: [
        { light: 'green', messageId: 'told' },
        { light: 'red', messageId: 'heard-after', points: 5 },
      ],
    },
    {
      name: 'before signing: to do',
      snapshot: { ...plea, hasCounsel: false, dutyLawyerNotifiedOn: '2025-09-04', dutyLawyerFileAccessProvided: false },
      today: '2025-09-05',
      expect: [
        { light: 'grey', messageId: 'not-yet' },
        { light: 'yellow', messageId: 'duty-lawyer-no-access' },
      ],
    },
  ],
});
