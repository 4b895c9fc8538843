import rule from '../../../shared/rules/fast-track-review-10-15d';
import { testRule } from './rule-tester';

// Example I1: received 2025-09-26, 10 days -> 10-06 (holiday): in custody 10-06, on bail 10-09.
const i1 = { procedure: 'prosecution-review', acceptedOn: '2025-09-26', pleaAccepted: true, fastTrack: true };

testRule(rule, {
  valid: [
    { name: 'example I1 on bail: decided 10-09', snapshot: { ...i1, inCustody: false, decisionOn: '2025-10-09' }, today: '2025-10-10',
      expect: [{ light: 'green', messageId: 'done', due: '2025-10-09' }] },
    { name: 'example I1 in custody: decided before the holiday', snapshot: { ...i1, inCustody: true, decisionOn: '2025-09-30' }, today: '2025-10-10',
      expect: [{ light: 'green', messageId: 'done', due: '2025-10-06' }] },
    { name: 'likely term over a year: 15 days, 10-11 is a make-up working day', snapshot: { ...i1, inCustody: false, likelySentenceMonths: 18 }, today: '2025-09-27',
      expect: [{ light: 'green', messageId: 'open', due: '2025-10-11' }] },
    { name: 'not fast track: R29 instead', snapshot: { ...i1, fastTrack: false, inCustody: true }, today: '2025-12-01' },
  ],
  invalid: [
    { name: 'example I1 in custody: 10-06 stands', snapshot: { ...i1, inCustody: true }, today: '2025-10-07',
      expect: [{ light: 'red', messageId: 'overdue', due: '2025-10-06', points: 6 }] },
    // 10-06 is in the holiday; the last working day is 09-30, so yellow from 09-28 (make-up day).
    { name: 'example I1 in custody: yellow before the holiday', snapshot: { ...i1, inCustody: true }, today: '2025-09-28',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-10-06' }] },
    { name: 'example I1 on bail: decided late', snapshot: { ...i1, inCustody: false, decisionOn: '2025-10-10' }, today: '2025-10-12',
      expect: [{ light: 'red', messageId: 'late', due: '2025-10-09', points: 6 }] },
    { name: '15-day variant: three-day window', snapshot: { ...i1, inCustody: false, likelySentenceMonths: 18 }, today: '2025-10-08',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-10-11' }] },
    { name: 'custody unknown', snapshot: i1, today: '2025-09-27', expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['inCustody'] }] },
  ],
});
