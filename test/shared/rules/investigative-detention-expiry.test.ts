import rule from '../../../shared/rules/investigative-detention-expiry';
import { testRule } from './rule-tester';

// Example H: arrested 2025-08-31 -> 2 months -> 10-31; +1 month from the month-end -> 11-30.
const h = { procedure: 'detention-supervision', arrestedOn: '2025-08-31', inCustody: true, custodyMeasure: 'arrest' };

testRule(rule, {
  valid: [
    { name: 'example H: two months end on 10-31', snapshot: h, today: '2025-10-20', expect: [{ light: 'green', messageId: 'open', due: '2025-10-31' }] },
    { name: 'concluded in time', snapshot: { ...h, investigationConcludedOn: '2025-10-30' }, today: '2025-11-05',
      expect: [{ light: 'green', messageId: 'concluded', due: '2025-10-31' }] },
    // Chained from each nominal expiry with the month-end rule: 10-31 -> 11-30 -> 2026-01-31 -> 2026-03-31.
    { name: 'three extensions chain month-ends', snapshot: { ...h, detentionExtensions: 3 }, today: '2026-01-15',
      expect: [{ light: 'green', messageId: 'open', due: '2026-03-31', occurrenceKey: 'investigative-detention-expiry:2025-08-31' }] },
    { name: 'psychiatric evaluation days are not counted', snapshot: { ...h, psychEvalStartedOn: '2025-09-01', psychEvalResultOn: '2025-09-11' }, today: '2025-10-20',
      expect: [{ light: 'green', messageId: 'open', due: '2025-11-10' }] },
    { name: 'released: no finding needed beyond green', snapshot: { ...h, inCustody: false, releaseOn: '2025-09-30' }, today: '2025-11-05',
      expect: [{ light: 'green', messageId: 'concluded', due: '2025-10-31' }] },
  ],
  invalid: [
    { name: 'example H: yellow seven days before', snapshot: h, today: '2025-10-24', expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-10-31' }] },
    { name: 'example H: held past the expiry', snapshot: h, today: '2025-11-01', expect: [{ light: 'red', messageId: 'overdue', due: '2025-10-31', points: 10 }] },
    // 11-30 is a Sunday; in custody it stands, so yellow counts back from Friday 11-28.
    { name: 'one extension: due on a Sunday, yellow from the Friday a week before', snapshot: { ...h, detentionExtensions: 1 }, today: '2025-11-21',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-11-30' }] },
    { name: 'concluded after the expiry', snapshot: { ...h, investigationConcludedOn: '2025-11-03' }, today: '2025-11-05',
      expect: [{ light: 'red', messageId: 'exceeded', due: '2025-10-31', points: 10 }] },
    { name: 'another important crime restarts the clock: new occurrence', snapshot: { ...h, detentionRestartedOn: '2025-10-15' }, today: '2025-12-10',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-12-15', occurrenceKey: 'investigative-detention-expiry:2025-10-15' }] },
    { name: 'not in custody but no release date', snapshot: { ...h, inCustody: false }, today: '2025-10-20',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['releaseOn'] }] },
  ],
});
