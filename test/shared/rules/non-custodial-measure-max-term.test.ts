import rule from '../../../shared/rules/non-custodial-measure-max-term';
import { testRule } from './rule-tester';

// Bail decided 2025-01-10: 12 months end on 2026-01-10, a Saturday. 刑诉法 105 ④: the person is not
// in custody, so the last day moves to Monday 2026-01-12 (刑诉法 79's term is a period like any other).
const bail = { procedure: 'prosecution-review', custodyMeasure: 'bail', measureStartedOn: '2025-01-10' };

testRule(rule, {
  valid: [
    { name: 'bail within the term', snapshot: bail, today: '2025-12-20', expect: [{ light: 'green', messageId: 'open', due: '2026-01-12' }] },
    { name: 'lifted in time', snapshot: { ...bail, measureEndedOn: '2026-01-09' }, today: '2026-01-15', expect: [{ light: 'green', messageId: 'lifted', due: '2026-01-12' }] },
    { name: '刑诉法 105 ④ (刑诉法 79): lifted on Monday after the Saturday expiry: in time', snapshot: { ...bail, measureEndedOn: '2026-01-12' }, today: '2026-01-15',
      expect: [{ light: 'green', messageId: 'lifted', due: '2026-01-12' }] },
    { name: 'in custody: not applicable', snapshot: { ...bail, custodyMeasure: 'arrest' }, today: '2026-02-15' },
  ],
  invalid: [
    { name: 'yellow 15 days before', snapshot: bail, today: '2025-12-28',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2026-01-12' }] },
    { name: '刑诉法 105 ④ (刑诉法 79): on Sunday 01-11 the term still runs (yellow, not red)', snapshot: bail, today: '2026-01-11',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2026-01-12' }] },
    { name: 'still in force after the term', snapshot: bail, today: '2026-01-13', expect: [{ light: 'red', messageId: 'in-force-past-expiry', due: '2026-01-12', points: 5 }] },
    { name: 'lifted after the term', snapshot: { ...bail, measureEndedOn: '2026-01-13' }, today: '2026-01-15',
      expect: [{ light: 'red', messageId: 'exceeded', due: '2026-01-12', points: 5 }] },
    { name: 'residential surveillance: 6 months from a month-end', snapshot: { ...bail, custodyMeasure: 'residential-surveillance', measureStartedOn: '2025-03-31' }, today: '2025-10-01',
      expect: [{ light: 'red', messageId: 'in-force-past-expiry', due: '2025-09-30' }] },
    { name: 'decision date missing', snapshot: { ...bail, measureStartedOn: undefined }, today: '2025-10-01',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['measureStartedOn'] }] },
  ],
});
