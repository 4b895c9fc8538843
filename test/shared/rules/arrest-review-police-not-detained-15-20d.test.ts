import rule from '../../../shared/rules/arrest-review-police-not-detained-15-20d';
import { testRule } from './rule-tester';

// Example B: received 2025-09-23, not detained: nominal 10-08 (holiday) -> due 10-09 (Thu).
const b = { procedure: 'arrest-review', acceptedOn: '2025-09-23', inCustody: false, custodyMeasure: 'bail' };

testRule(rule, {
  valid: [
    { name: 'example B: decided on the postponed due date', snapshot: { ...b, decisionOn: '2025-10-09' }, today: '2025-10-10',
      expect: [{ light: 'green', messageId: 'done', due: '2025-10-09' }] },
    // Working days in (today, 10-09]: 09-26 → 09-28 (make-up), 09-29, 09-30, 10-09 = 4; 09-29 → 2.
    { name: 'example B: green on the Friday before the holiday', snapshot: b, today: '2025-09-26',
      expect: [{ light: 'green', messageId: 'open', due: '2025-10-09' }] },
    { name: 'example B: green with two working days left', snapshot: b, today: '2025-09-29',
      expect: [{ light: 'green', messageId: 'open', due: '2025-10-09' }] },
    // Ordinary mid-week case: received Mon 11-03, due Tue 11-18; the 3-day window alone decides.
    { name: 'mid-week: green before the 3-day window', snapshot: { ...b, acceptedOn: '2025-11-03' }, today: '2025-11-14',
      expect: [{ light: 'green', messageId: 'open', due: '2025-11-18' }] },
    { name: 'major and complex: 20 days', snapshot: { ...b, majorComplex: true, decisionOn: '2025-10-13' }, today: '2025-10-20',
      expect: [{ light: 'green', messageId: 'done', due: '2025-10-13' }] },
    { name: 'detained suspect: R16 instead', snapshot: { ...b, inCustody: true, custodyMeasure: 'detention' }, today: '2025-10-20' },
    // R18 judges the procuratorate's own investigations; counting them here too would double the points.
    { name: 'own investigation, overdue: R18 instead', snapshot: { ...b, selfInvestigated: true }, today: '2025-10-20' },
    { name: 'own investigation, decided late: R18 instead', snapshot: { ...b, selfInvestigated: true, decisionOn: '2025-10-15' }, today: '2025-10-20' },
  ],
  invalid: [
    // remainingWorkdays ≤ 1 (§3.1): only 10-09 is left in (09-30, 10-09], so the last working day
    // before the holiday is already yellow, and so is the holiday.
    { name: 'example B: yellow on the last working day before the holiday', snapshot: b, today: '2025-09-30', expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-10-09' }] },
    { name: 'example B: yellow during the holiday', snapshot: b, today: '2025-10-01', expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-10-09' }] },
    { name: 'mid-week: yellow from due − 3 days, as before', snapshot: { ...b, acceptedOn: '2025-11-03' }, today: '2025-11-15',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-11-18' }] },
    { name: 'example B: overdue the day after', snapshot: b, today: '2025-10-10', expect: [{ light: 'red', messageId: 'overdue', due: '2025-10-09', points: 6 }] },
    { name: 'decided late', snapshot: { ...b, decisionOn: '2025-10-10' }, today: '2025-10-12', expect: [{ light: 'red', messageId: 'late', due: '2025-10-09', points: 6 }] },
    { name: 'police request, marked not self-investigated', snapshot: { ...b, selfInvestigated: false }, today: '2025-10-10',
      expect: [{ light: 'red', messageId: 'overdue', due: '2025-10-09', points: 6 }] },
    { name: 'major and complex: yellow three days before', snapshot: { ...b, majorComplex: true }, today: '2025-10-10',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-10-13' }] },
    { name: 'custody unknown', snapshot: { procedure: 'arrest-review', acceptedOn: '2025-09-23' }, today: '2025-09-25',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['inCustody'] }] },
  ],
});
