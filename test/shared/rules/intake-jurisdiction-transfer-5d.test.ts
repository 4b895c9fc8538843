import rule from '../../../shared/rules/intake-jurisdiction-transfer-5d';
import { testRule } from './rule-tester';

const pr = { procedure: 'prosecution-review', acceptedOn: '2025-09-20' };

testRule(rule, {
  valid: [
    {
      name: 'sent on within five days',
      snapshot: { ...pr, inCustody: true, nonJurisdictionFoundOn: '2025-09-22', jurisdictionTransferredOn: '2025-09-25' },
      today: '2025-09-30',
      expect: [{ light: 'green', messageId: 'done', due: '2025-09-27' }],
    },
    // Not in custody: 2025-09-26 + 5 = 10-01 (holiday) moves to Thu 10-09.
    {
      name: 'not in custody: a holiday expiry moves to the next working day',
      snapshot: { ...pr, inCustody: false, nonJurisdictionFoundOn: '2025-09-26', jurisdictionTransferredOn: '2025-10-09' },
      today: '2025-10-10',
      expect: [{ light: 'green', messageId: 'done', due: '2025-10-09' }],
    },
    {
      name: 'pending with days left',
      snapshot: { ...pr, inCustody: true, nonJurisdictionFoundOn: '2025-09-22' },
      today: '2025-09-24',
      expect: [{ light: 'green', messageId: 'open', due: '2025-09-27' }],
    },
    { name: 'no finding, no rule', snapshot: pr, today: '2025-10-30', expect: [] },
  ],
  invalid: [
    {
      name: 'in custody: the holiday does not extend it',
      snapshot: { ...pr, inCustody: true, nonJurisdictionFoundOn: '2025-09-26', jurisdictionTransferredOn: '2025-10-09' },
      today: '2025-10-10',
      expect: [{ light: 'red', messageId: 'late', due: '2025-10-01', points: 3 }],
    },
    {
      name: '刑诉法 105 ④: custody unknown is not custody, so the holiday expiry moves (yellow, not red, on 10-02)',
      snapshot: { ...pr, nonJurisdictionFoundOn: '2025-09-26' },
      today: '2025-10-02',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-10-09' }],
    },
    {
      name: 'day 4: yellow',
      snapshot: { ...pr, inCustody: true, nonJurisdictionFoundOn: '2025-09-22' },
      today: '2025-09-26',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-09-27' }],
    },
  ],
});
