import rule from '../../../shared/rules/non-lawyer-defender-permission-3d';
import { testRule } from './rule-tester';

const pr = { procedure: 'prosecution-review', acceptedOn: '2025-09-01', inCustody: false };

testRule(rule, {
  valid: [
    {
      name: 'notified within three days',
      snapshot: { ...pr, nonLawyerDefenderRequestOn: '2025-09-08', nonLawyerDefenderNoticeOn: '2025-09-11' },
      today: '2025-09-20',
      expect: [{ light: 'green', messageId: 'done', due: '2025-09-11' }],
    },
    {
      name: 'pending, time left',
      snapshot: { ...pr, nonLawyerDefenderRequestOn: '2025-09-08' },
      today: '2025-09-09',
      expect: [{ light: 'green', messageId: 'open', due: '2025-09-11' }],
    },
    // 刑诉法 105 ④: 09-28 + 3 = 10-01 (holiday) moves to 10-09 when not in custody.
    {
      name: '刑诉法 105 ④: a holiday expiry moves to the next working day (规则 48 notice in time)',
      snapshot: { ...pr, nonLawyerDefenderRequestOn: '2025-09-28', nonLawyerDefenderNoticeOn: '2025-10-09' },
      today: '2025-10-10',
      expect: [{ light: 'green', messageId: 'done', due: '2025-10-09' }],
    },
    { name: 'no application', snapshot: pr, today: '2025-10-10', expect: [] },
  ],
  invalid: [
    // Example D in custody: 09-28 (make-up Sunday) + 3 = 10-01 stands (刑诉法 105 ④ proviso).
    {
      name: '刑诉法 105 ④: in custody the holiday expiry stands',
      snapshot: { ...pr, inCustody: true, nonLawyerDefenderRequestOn: '2025-09-28', nonLawyerDefenderNoticeOn: '2025-10-09' },
      today: '2025-10-10',
      expect: [{ light: 'red', messageId: 'late', due: '2025-10-01', points: 3 }],
    },
    {
      name: 'a unit’s stricter internal date (10-01) missed, the legal one (10-09) kept: yellow, no points',
      snapshot: { ...pr, nonLawyerDefenderRequestOn: '2025-09-28', nonLawyerDefenderNoticeOn: '2025-10-09' },
      today: '2025-10-10',
      config: { rules: { 'non-lawyer-defender-permission-3d': { internalNominalDue: true } } },
      expect: [{ light: 'yellow', messageId: 'internal-date-late', due: '2025-10-09' }],
    },
    {
      name: 'never notified',
      snapshot: { ...pr, nonLawyerDefenderRequestOn: '2025-09-08' },
      today: '2025-09-12',
      expect: [{ light: 'red', messageId: 'missing', due: '2025-09-11', points: 3 }],
    },
    {
      name: 'expiry day: yellow',
      snapshot: { ...pr, nonLawyerDefenderRequestOn: '2025-09-08' },
      today: '2025-09-11',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-09-11' }],
    },
  ],
});
