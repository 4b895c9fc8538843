import rule from '../../../shared/rules/prosecution-review-1m';
import { testRule } from './rule-tester';

const review = { procedure: 'prosecution-review' };
// Example C: received 2025-09-08 -> nominal 10-08 (holiday).
const c = { ...review, acceptedOn: '2025-09-08' };

testRule(rule, {
  valid: [
    { name: 'example C in custody: decided by 10-08', snapshot: { ...c, inCustody: true, decisionOn: '2025-09-30' }, today: '2025-10-10',
      expect: [{ light: 'green', messageId: 'done', due: '2025-10-08' }] },
    { name: 'example C on bail: 10-09 counts as in time', snapshot: { ...c, inCustody: false, decisionOn: '2025-10-09' }, today: '2025-10-10',
      expect: [{ light: 'green', messageId: 'done', due: '2025-10-09' }] },
    { name: 'example C in custody: green before the window', snapshot: { ...c, inCustody: true }, today: '2025-09-24',
      expect: [{ light: 'green', messageId: 'open', due: '2025-10-08' }] },
    { name: 'example E3 on bail: 05-31 is a Saturday and a holiday -> 06-03', snapshot: { ...review, acceptedOn: '2025-04-30', inCustody: false }, today: '2025-05-20',
      expect: [{ light: 'green', messageId: 'open', due: '2025-06-03' }] },
    { name: 'example F on bail: 2026-02-23 is a holiday -> 02-24', snapshot: { ...review, acceptedOn: '2026-01-23', inCustody: false }, today: '2026-02-01',
      expect: [{ light: 'green', messageId: 'open', due: '2026-02-24' }] },
    // Example G: received 03-03, returned 03-20: the first period ended in time.
    { name: 'example G: returned within the first period', snapshot: { ...review, acceptedOn: '2025-03-03', inCustody: true, returnCount: 1, lastReturnOn: '2025-03-20' }, today: '2025-04-10',
      expect: [{ light: 'green', messageId: 'returned-in-time', due: '2025-04-03', occurrenceKey: 'prosecution-review-1m:2025-03-03' }] },
    // Example G2: re-transferred 04-18 -> a fresh month: 05-18 (Sun) in custody, with a new occurrence.
    { name: 'example G2 in custody: new period from the re-transfer', snapshot: { ...review, acceptedOn: '2025-03-03', inCustody: true, returnCount: 1, lastReturnOn: '2025-03-20', retransferredOn: '2025-04-18' },
      today: '2025-04-25', expect: [{ light: 'green', messageId: 'open', due: '2025-05-18', occurrenceKey: 'prosecution-review-1m:2025-04-18' }] },
    { name: 'extension approved in time: +15 days from the nominal expiry (C′)', snapshot: { ...c, inCustody: true, extensionApprovedOn: '2025-09-30', decisionOn: '2025-10-20' }, today: '2025-10-25',
      expect: [{ light: 'green', messageId: 'done', due: '2025-10-23' }] },
    { name: 'supervision case: runs from the coercive-measure decision', snapshot: { ...c, inCustody: true, supervisionCase: true, supervisionMeasureDecidedOn: '2025-09-15' }, today: '2025-09-20',
      expect: [{ light: 'green', messageId: 'open', due: '2025-10-15' }] },
    // 刑诉法 149: evaluation days never count, whether or not the notices (R34's duty) were given.
    { name: '刑诉法 149: 20 evaluation days without any notice are still deducted', snapshot: { ...c, inCustody: true, psychEvalStartedOn: '2025-09-10', psychEvalResultOn: '2025-09-30' }, today: '2025-10-20',
      expect: [{ light: 'green', messageId: 'open', due: '2025-10-28' }] },
    { name: '刑诉法 149: evaluation still running: the review clock stands still, never overdue', snapshot: { ...c, inCustody: true, psychEvalStartedOn: '2025-09-20' }, today: '2025-11-30',
      expect: [{ light: 'green', messageId: 'open', due: '2025-12-18' }] },
    { name: 'fast-track case: R31 instead', snapshot: { ...c, inCustody: true, fastTrack: true }, today: '2025-12-01' },
  ],
  invalid: [
    { name: 'example C in custody: yellow five days before the last working day', snapshot: { ...c, inCustody: true }, today: '2025-09-25',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-10-08' }] },
    { name: 'example C in custody: decided on 10-09 is late', snapshot: { ...c, inCustody: true, decisionOn: '2025-10-09' }, today: '2025-10-10',
      expect: [{ light: 'red', messageId: 'late-in-custody', due: '2025-10-08', points: 8 }] },
    { name: 'example C on bail: overdue after 10-09', snapshot: { ...c, inCustody: false }, today: '2025-10-10',
      expect: [{ light: 'red', messageId: 'overdue', due: '2025-10-09', points: 6 }] },
    { name: 'example E3 in custody: 05-31 stands', snapshot: { ...review, acceptedOn: '2025-04-30', inCustody: true }, today: '2025-06-01',
      expect: [{ light: 'red', messageId: 'overdue-in-custody', due: '2025-05-31', points: 8 }] },
    { name: 'example F in custody: 2026-02-23 stands', snapshot: { ...review, acceptedOn: '2026-01-23', inCustody: true }, today: '2026-02-20',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2026-02-23' }] },
    { name: 'example G2 on bail: 05-19', snapshot: { ...review, acceptedOn: '2025-03-03', inCustody: false, returnCount: 1, lastReturnOn: '2025-03-20', retransferredOn: '2025-04-18' },
      today: '2025-05-20', expect: [{ light: 'red', messageId: 'overdue', due: '2025-05-19', occurrenceKey: 'prosecution-review-1m:2025-04-18' }] },
    { name: 'returned after the first period expired', snapshot: { ...review, acceptedOn: '2025-03-03', inCustody: true, lastReturnOn: '2025-04-07' }, today: '2025-04-10',
      expect: [{ light: 'red', messageId: 'late-in-custody', due: '2025-04-03', anchor: 'lastReturnOn' }] },
    { name: 'retroactive extension is ignored: still due 10-08', snapshot: { ...c, inCustody: true, extensionApprovedOn: '2025-10-09' }, today: '2025-10-10',
      expect: [{ light: 'red', messageId: 'overdue-in-custody', due: '2025-10-08' }] },
    { name: 'custody unknown', snapshot: c, today: '2025-09-10', expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['inCustody'] }] },
    { name: 'supervision case without the measure decision', snapshot: { ...c, inCustody: true, supervisionCase: true }, today: '2025-09-10',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['supervisionMeasureDecidedOn'] }] },
    { name: 'configured warning window', snapshot: { ...c, inCustody: true }, today: '2025-09-20',
      config: { rules: { 'prosecution-review-1m': { warningDays: 10 } } }, expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-10-08' }] },
  ],
});
