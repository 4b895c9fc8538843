import rule from '../../../shared/rules/arrest-reconsideration-review';
import { testRule } from './rule-tester';

const ar = { procedure: 'arrest-review', acceptedOn: '2025-09-01', decisionOn: '2025-09-05', inCustody: false };

testRule(rule, {
  valid: [
    {
      name: 'reconsidered by another prosecutor within 7 days',
      snapshot: { ...ar, arrestReconsiderationReceivedOn: '2025-09-10', arrestReconsiderationDecidedOn: '2025-09-16', reconsiderationBySameProsecutor: false },
      today: '2025-09-20',
      expect: [{ light: 'green', messageId: 'done', due: '2025-09-17' }],
    },
    {
      name: 'review decided within 15 days',
      snapshot: { ...ar, arrestRecheckReceivedOn: '2025-09-01', arrestRecheckDecidedOn: '2025-09-15' },
      today: '2025-09-20',
      expect: [{ light: 'green', messageId: 'done', due: '2025-09-16' }],
    },
    // Not in custody: 09-26 + 7 = 10-03 (holiday) moves to 10-09.
    {
      name: 'not in custody: holiday expiry moves',
      snapshot: { ...ar, arrestReconsiderationReceivedOn: '2025-09-26', arrestReconsiderationDecidedOn: '2025-10-09' },
      today: '2025-10-10',
      expect: [{ light: 'green', messageId: 'done', due: '2025-10-09' }],
    },
  ],
  invalid: [
    {
      name: '刑诉法 105 ④: in custody the holiday does not extend it',
      snapshot: { procedure: 'arrest-review', inCustody: true, arrestReconsiderationReceivedOn: '2025-09-26', arrestReconsiderationDecidedOn: '2025-10-09' },
      today: '2025-10-10',
      expect: [{ light: 'red', messageId: 'late', due: '2025-10-03', points: 5 }],
    },
    {
      name: '刑诉法 105 ④: custody unknown is not custody: the holiday expiry moves, not red on 10-04',
      snapshot: { procedure: 'arrest-review', arrestReconsiderationReceivedOn: '2025-09-26' },
      today: '2025-10-04',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-10-09' }],
    },
    {
      name: 'reconsidered by the same prosecutor',
      snapshot: { ...ar, arrestReconsiderationReceivedOn: '2025-09-10', arrestReconsiderationDecidedOn: '2025-09-12', reconsiderationBySameProsecutor: true },
      today: '2025-09-20',
      expect: [
        { light: 'green', messageId: 'done', due: '2025-09-17' },
        { light: 'red', messageId: 'same-prosecutor', points: 5 },
      ],
    },
    {
      name: 'review undecided after 15 days',
      snapshot: { ...ar, arrestRecheckReceivedOn: '2025-09-01' },
      today: '2025-09-17',
      expect: [{ light: 'red', messageId: 'missing', due: '2025-09-16', points: 5 }],
    },
    {
      name: 'review: three days left, yellow',
      snapshot: { ...ar, arrestRecheckReceivedOn: '2025-09-01' },
      today: '2025-09-13',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-09-16' }],
    },
  ],
});
