import rule from '../../../shared/rules/file-review-3-workdays';
import { testRule } from './rule-tester';

const pr = { procedure: 'prosecution-review' };

testRule(rule, {
  valid: [
    // Example J1: requested Fri 2025-09-26; Sun 09-28 is a make-up working day, so 3 workdays end 09-30.
    {
      name: 'J1: arranged on the third working day (make-up Sunday counts)',
      snapshot: { ...pr, fileReviewRequestedOn: '2025-09-26', fileReviewArrangedOn: '2025-09-30' },
      today: '2025-10-09',
      expect: [{ light: 'green', messageId: 'done', due: '2025-09-30' }],
    },
    // Example J2: requested 09-30; the National Day holiday does not count, due Sat 10-11 (make-up day).
    {
      name: 'J2: arranged on the make-up Saturday after National Day',
      snapshot: { ...pr, fileReviewRequestedOn: '2025-09-30', fileReviewArrangedOn: '2025-10-11' },
      today: '2025-10-13',
      expect: [{ light: 'green', messageId: 'done', due: '2025-10-11' }],
    },
    {
      name: 'pending with working days left',
      snapshot: { ...pr, fileReviewRequestedOn: '2025-09-15' },
      today: '2025-09-16',
      expect: [{ light: 'green', messageId: 'open', due: '2025-09-18' }],
    },
    {
      name: 'J2 pending during the holiday: the holiday does not count',
      snapshot: { ...pr, fileReviewRequestedOn: '2025-09-30' },
      today: '2025-10-05',
      expect: [{ light: 'green', messageId: 'open', due: '2025-10-11' }],
    },
    { name: 'no request, no finding', snapshot: { ...pr, acceptedOn: '2025-09-01' }, today: '2025-09-20', expect: [] },
    { name: 'other stages are out of scope', snapshot: { procedure: 'arrest-review', fileReviewRequestedOn: '2025-09-15' }, today: '2025-09-30', expect: [] },
  ],
  invalid: [
    {
      name: 'J2: arranged after the make-up Saturday',
      snapshot: { ...pr, fileReviewRequestedOn: '2025-09-30', fileReviewArrangedOn: '2025-10-13' },
      today: '2025-10-14',
      expect: [{ light: 'red', messageId: 'late', due: '2025-10-11', points: 4 }],
    },
    {
      name: 'J1: not arranged by 09-30',
      snapshot: { ...pr, fileReviewRequestedOn: '2025-09-26' },
      today: '2025-10-01',
      expect: [{ light: 'red', messageId: 'missing', due: '2025-09-30', points: 4 }],
    },
    {
      name: 'last working day left: yellow',
      snapshot: { ...pr, fileReviewRequestedOn: '2025-09-15' },
      today: '2025-09-18',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-09-18' }],
    },
    {
      name: 'J2 pending on the make-up Saturday itself',
      snapshot: { ...pr, fileReviewRequestedOn: '2025-09-30' },
      today: '2025-10-11',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-10-11' }],
    },
  ],
});
