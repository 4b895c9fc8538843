import rule from '../../../shared/rules/duty-lawyer-for-plea';
import { testRule } from './rule-tester';

const base = { procedure: 'prosecution-review', acceptedOn: '2025-09-08', pleaAccepted: true, hasCounsel: false };

testRule(rule, {
  valid: [
    { name: 'duty lawyer notified before the hearing', snapshot: { ...base, dutyLawyerNotifiedOn: '2025-09-10', pleaHearingOn: '2025-09-12', pleaAgreementSignedOn: '2025-09-15' },
      today: '2025-09-20', expect: [{ light: 'green', messageId: 'notified' }] },
    { name: 'same day counts', snapshot: { ...base, dutyLawyerNotifiedOn: '2025-09-12', pleaAgreementSignedOn: '2025-09-12' }, today: '2025-09-20' },
    { name: 'defender retained', snapshot: { ...base, hasCounsel: true, pleaAgreementSignedOn: '2025-09-12' }, today: '2025-09-20',
      expect: [{ light: 'green', messageId: 'has-counsel' }] },
    { name: 'no plea', snapshot: { ...base, pleaAccepted: false }, today: '2025-09-20' },
  ],
  invalid: [
    { name: 'plea pending: notify first', snapshot: base, today: '2025-09-10', expect: [{ light: 'grey', messageId: 'not-yet' }] },
    { name: 'plea heard with no duty lawyer', snapshot: { ...base, pleaHearingOn: '2025-09-12' }, today: '2025-09-20',
      expect: [{ light: 'red', messageId: 'missing', points: 6 }] },
    { name: 'duty lawyer notified only after signing', snapshot: { ...base, pleaAgreementSignedOn: '2025-09-12', dutyLawyerNotifiedOn: '2025-09-13' }, today: '2025-09-20',
      expect: [{ light: 'red', messageId: 'after-plea', points: 6 }] },
    { name: 'counsel status unknown', snapshot: { ...base, hasCounsel: undefined }, today: '2025-09-20',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['hasCounsel'] }] },
  ],
});
