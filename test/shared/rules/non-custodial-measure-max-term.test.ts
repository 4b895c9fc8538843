import rule from '../../../shared/rules/non-custodial-measure-max-term';
import { testRule } from './rule-tester';

// Bail decided 2025-01-10: at most until 2026-01-10 (a Saturday; a term limit is not moved).
const bail = { procedure: 'prosecution-review', custodyMeasure: 'bail', measureStartedOn: '2025-01-10' };

testRule(rule, {
  valid: [
    { name: 'bail within the term', snapshot: bail, today: '2025-12-20', expect: [{ light: 'green', messageId: 'open', due: '2026-01-10' }] },
    { name: 'lifted in time', snapshot: { ...bail, measureEndedOn: '2026-01-09' }, today: '2026-01-15', expect: [{ light: 'green', messageId: 'lifted', due: '2026-01-10' }] },
    { name: 'in custody: not applicable', snapshot: { ...bail, custodyMeasure: 'arrest' }, today: '2026-02-15' },
  ],
  invalid: [
    { name: 'yellow 15 days before (counted from the last working day)', snapshot: bail, today: '2025-12-25',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2026-01-10' }] },
    { name: 'still in force after the term', snapshot: bail, today: '2026-01-11', expect: [{ light: 'red', messageId: 'in-force-past-expiry', due: '2026-01-10', points: 5 }] },
    { name: 'lifted after the term', snapshot: { ...bail, measureEndedOn: '2026-01-12' }, today: '2026-01-15',
      expect: [{ light: 'red', messageId: 'exceeded', due: '2026-01-10', points: 5 }] },
    { name: 'residential surveillance: 6 months from a month-end', snapshot: { ...bail, custodyMeasure: 'residential-surveillance', measureStartedOn: '2025-03-31' }, today: '2025-10-01',
      expect: [{ light: 'red', messageId: 'in-force-past-expiry', due: '2025-09-30' }] },
    { name: 'decision date missing', snapshot: { ...bail, measureStartedOn: undefined }, today: '2025-10-01',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['measureStartedOn'] }] },
  ],
});
