import rule from '../../../shared/rules/custody-release-and-variation-requests-3d';
import { testRule } from './rule-tester';

const base = { procedure: 'prosecution-review', acceptedOn: '2025-09-01', inCustody: true, releaseRequestReceivedOn: '2025-09-08' };

testRule(rule, {
  valid: [
    { name: 'answered within 3 days', snapshot: { ...base, releaseRequestAnsweredOn: '2025-09-11' }, today: '2025-09-20',
      expect: [{ light: 'green', messageId: 'done', due: '2025-09-11' }] },
    { name: 'no request', snapshot: { ...base, releaseRequestReceivedOn: undefined }, today: '2025-09-20' },
    { name: 'any procedure: custody review', snapshot: { ...base, procedure: 'custody-review', releaseRequestAnsweredOn: '2025-09-09' }, today: '2025-09-20' },
    // On bail the 3-day period moves off the National Day holiday: 09-28 + 3 = 10-01 -> 10-09.
    { name: 'not in custody: moved off the holiday', snapshot: { ...base, inCustody: false, releaseRequestReceivedOn: '2025-09-28', releaseRequestAnsweredOn: '2025-10-09' },
      today: '2025-10-10', expect: [{ light: 'green', messageId: 'done', due: '2025-10-09' }] },
  ],
  invalid: [
    { name: 'due today', snapshot: base, today: '2025-09-11', expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-09-11' }] },
    { name: 'unanswered after 3 days', snapshot: base, today: '2025-09-12', expect: [{ light: 'red', messageId: 'missing', due: '2025-09-11', points: 6 }] },
    { name: 'answered late', snapshot: { ...base, releaseRequestAnsweredOn: '2025-09-15' }, today: '2025-09-20',
      expect: [{ light: 'red', messageId: 'late', due: '2025-09-11', points: 6 }] },
    { name: 'in custody: not moved off the holiday', snapshot: { ...base, releaseRequestReceivedOn: '2025-09-28' }, today: '2025-10-02',
      expect: [{ light: 'red', messageId: 'missing', due: '2025-10-01' }] },
  ],
});
