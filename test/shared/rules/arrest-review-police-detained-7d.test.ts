import rule from '../../../shared/rules/arrest-review-police-detained-7d';
import { testRule } from './rule-tester';

// Example A: request received 2025-09-24, suspect detained: due 10-01 (a holiday, not extended);
// the last working day before it is 09-30.
const a = { procedure: 'arrest-review', acceptedOn: '2025-09-24', inCustody: true, custodyMeasure: 'detention' };

testRule(rule, {
  valid: [
    { name: 'example A: decided on the last working day', snapshot: { ...a, decisionOn: '2025-09-30' }, today: '2025-10-02',
      expect: [{ light: 'green', messageId: 'done', due: '2025-10-01' }] },
    { name: 'example A: green before the window', snapshot: a, today: '2025-09-27', expect: [{ light: 'green', messageId: 'open', due: '2025-10-01' }] },
    { name: 'suspect on bail: R17 instead', snapshot: { ...a, inCustody: false, custodyMeasure: 'bail' }, today: '2025-10-02' },
    // R18 judges the procuratorate's own investigations; counting them here too would double the points.
    { name: 'own investigation, overdue: R18 instead', snapshot: { ...a, selfInvestigated: true }, today: '2025-10-02' },
    { name: 'own investigation, decided late: R18 instead', snapshot: { ...a, selfInvestigated: true, decisionOn: '2025-10-09' }, today: '2025-10-10' },
    { name: 'custody derived from the measure', snapshot: { ...a, inCustody: undefined, decisionOn: '2025-09-26' }, today: '2025-10-02',
      expect: [{ light: 'green', messageId: 'done', due: '2025-10-01' }] },
  ],
  invalid: [
    // Window: due - 2 = 09-29, but the last working day is 09-30, so yellow from 09-28 (a make-up working day).
    { name: 'example A: yellow two days before the last working day', snapshot: a, today: '2025-09-28',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-10-01' }] },
    { name: 'example A: the holiday due date itself is still yellow', snapshot: a, today: '2025-10-01',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-10-01' }] },
    { name: 'example A: overdue with the suspect detained', snapshot: a, today: '2025-10-02',
      expect: [{ light: 'red', messageId: 'overdue-detained', due: '2025-10-01', points: 10 }] },
    { name: 'police request, marked not self-investigated', snapshot: { ...a, selfInvestigated: false }, today: '2025-10-02',
      expect: [{ light: 'red', messageId: 'overdue-detained', due: '2025-10-01', points: 10 }] },
    { name: 'decided late, still detained', snapshot: { ...a, decisionOn: '2025-10-09' }, today: '2025-10-10',
      expect: [{ light: 'red', messageId: 'late-detained', due: '2025-10-01', points: 10 }] },
    { name: 'decided late after a timely release', snapshot: { ...a, decisionOn: '2025-10-09', releaseOn: '2025-09-30' }, today: '2025-10-10',
      expect: [{ light: 'red', messageId: 'late', due: '2025-10-01', points: 8 }] },
    { name: 'custody unknown', snapshot: { procedure: 'arrest-review', acceptedOn: '2025-09-24' }, today: '2025-09-25',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['inCustody'] }] },
    { name: 'configured points', snapshot: a, today: '2025-10-02', config: { rules: { 'arrest-review-police-detained-7d': { points: { 'overdue-detained': 7 } } } },
      expect: [{ light: 'red', messageId: 'overdue-detained', due: '2025-10-01', points: 7 }] },
  ],
});
