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
    // 刑诉法 105 ④: 09-25 + 10 = 10-05 (holiday) moves to 10-09.
    {
      name: '刑诉法 105 ④: a holiday expiry moves to the next working day',
      snapshot: { monitoringNoticeReceivedOn: '2025-09-25', monitoringNoticeRepliedOn: '2025-10-09' },
      today: '2025-10-10',
      expect: [{ light: 'green', messageId: 'done', due: '2025-10-09' }],
    },
    { name: 'no notice', snapshot: { procedure: 'prosecution-review' }, today: '2025-10-10', expect: [] },
  ],
  invalid: [
    {
      name: '刑诉法 105 ④: answered after the moved expiry',
      snapshot: { monitoringNoticeReceivedOn: '2025-09-25', monitoringNoticeRepliedOn: '2025-10-10' },
      today: '2025-10-10',
      expect: [{ light: 'red', messageId: 'late', due: '2025-10-09', points: 2 }],
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
