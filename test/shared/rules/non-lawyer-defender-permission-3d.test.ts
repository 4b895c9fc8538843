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
    // Configured to postpone: 09-28 + 3 = 10-01 (holiday) moves to 10-09 when not in custody.
    {
      name: 'configured postponement off a holiday',
      snapshot: { ...pr, nonLawyerDefenderRequestOn: '2025-09-28', nonLawyerDefenderNoticeOn: '2025-10-09' },
      today: '2025-10-10',
      config: { rules: { 'non-lawyer-defender-permission-3d': { options: { postponeOnRestDay: true } } } },
      expect: [{ light: 'green', messageId: 'done', due: '2025-10-09' }],
    },
    { name: 'no application', snapshot: pr, today: '2025-10-10', expect: [] },
  ],
  invalid: [
    // Example D: 09-28 (make-up Sunday) + 3 = 10-01; not postponed by default (doubt D1).
    {
      name: 'holiday expiry is not postponed by default',
      snapshot: { ...pr, nonLawyerDefenderRequestOn: '2025-09-28', nonLawyerDefenderNoticeOn: '2025-10-09' },
      today: '2025-10-10',
      expect: [{ light: 'red', messageId: 'late', due: '2025-10-01', points: 3 }],
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
