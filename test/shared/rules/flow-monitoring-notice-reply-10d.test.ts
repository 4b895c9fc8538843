import rule from '../../../shared/rules/flow-monitoring-notice-reply-10d';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    {
      name: 'answered within 10 days',
      snapshot: { procedure: 'prosecution-review', monitoringNoticeReceivedOn: '2025-09-01', monitoringNoticeRepliedOn: '2025-09-09' },
      today: '2025-09-20',
      expect: [{ light: 'green', messageId: 'done', due: '2025-09-11' }],
    },
    // Configured to postpone: 09-25 + 10 = 10-05 (holiday) moves to 10-09.
    {
      name: 'configured postponement',
      snapshot: { monitoringNoticeReceivedOn: '2025-09-25', monitoringNoticeRepliedOn: '2025-10-09' },
      today: '2025-10-10',
      config: { rules: { 'flow-monitoring-notice-reply-10d': { options: { postponeOnRestDay: true } } } },
      expect: [{ light: 'green', messageId: 'done', due: '2025-10-09' }],
    },
    { name: 'no notice', snapshot: { procedure: 'prosecution-review' }, today: '2025-10-10', expect: [] },
  ],
  invalid: [
    {
      name: 'holiday expiry not moved by default',
      snapshot: { monitoringNoticeReceivedOn: '2025-09-25', monitoringNoticeRepliedOn: '2025-10-09' },
      today: '2025-10-10',
      expect: [{ light: 'red', messageId: 'late', due: '2025-10-05', points: 2 }],
    },
    {
      name: 'no answer',
      snapshot: { monitoringNoticeReceivedOn: '2025-09-01' },
      today: '2025-09-12',
      expect: [{ light: 'red', messageId: 'missing', due: '2025-09-11', points: 2 }],
    },
    {
      name: 'two days left',
      snapshot: { monitoringNoticeReceivedOn: '2025-09-01' },
      today: '2025-09-09',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-09-11' }],
    },
  ],
});
