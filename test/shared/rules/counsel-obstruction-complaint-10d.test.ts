import rule from '../../../shared/rules/counsel-obstruction-complaint-10d';
import { testRule } from './rule-tester';

testRule(rule, {
  valid: [
    {
      name: 'answered within ten days',
      snapshot: { procedure: 'prosecution-review', obstructionComplaintOn: '2025-09-01', obstructionComplaintRepliedOn: '2025-09-10' },
      today: '2025-09-20',
      expect: [{ light: 'green', messageId: 'done', due: '2025-09-11' }],
    },
    // 09-24 + 10 = 10-04 (holiday): moves to Thu 10-09.
    {
      name: 'holiday expiry moves to the next working day',
      snapshot: { obstructionComplaintOn: '2025-09-24', obstructionComplaintRepliedOn: '2025-10-09', obstructionComplaintFounded: true, obstructionCorrectionNoticeOn: '2025-10-09' },
      today: '2025-10-10',
      expect: [
        { light: 'green', messageId: 'done', due: '2025-10-09' },
        { light: 'green', messageId: 'corrected' },
      ],
    },
    {
      name: 'pending, time left',
      snapshot: { obstructionComplaintOn: '2025-09-01' },
      today: '2025-09-05',
      expect: [{ light: 'green', messageId: 'open', due: '2025-09-11' }],
    },
  ],
  invalid: [
    {
      name: 'answered late',
      snapshot: { obstructionComplaintOn: '2025-09-01', obstructionComplaintRepliedOn: '2025-09-15' },
      today: '2025-09-20',
      expect: [{ light: 'red', messageId: 'late', due: '2025-09-11', points: 4 }],
    },
    {
      name: 'not answered',
      snapshot: { obstructionComplaintOn: '2025-09-01' },
      today: '2025-09-12',
      expect: [{ light: 'red', messageId: 'missing', due: '2025-09-11', points: 4 }],
    },
    {
      name: 'two days left: yellow',
      snapshot: { obstructionComplaintOn: '2025-09-01' },
      today: '2025-09-09',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-09-11' }],
    },
    {
      name: 'founded, no correction requested',
      snapshot: { obstructionComplaintOn: '2025-09-01', obstructionComplaintRepliedOn: '2025-09-05', obstructionComplaintFounded: true },
      today: '2025-09-06',
      expect: [
        { light: 'green', messageId: 'done', due: '2025-09-11' },
        { light: 'yellow', messageId: 'correction-pending' },
      ],
    },
  ],
});
