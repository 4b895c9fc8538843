import rule from '../../../shared/rules/investigative-detention-expiry';
import { testRule } from './rule-tester';

// Example H: arrested 2025-08-31 -> 2 months -> 10-31; +1 month from the month-end -> 11-30.
const h = { procedure: 'detention-supervision', arrestedOn: '2025-08-31', inCustody: true, custodyMeasure: 'arrest' };

testRule(rule, {
  valid: [
    { name: 'example H: two months end on 10-31', snapshot: h, today: '2025-10-20', expect: [{ light: 'green', messageId: 'open', due: '2025-10-31' }] },
    { name: 'concluded in time', snapshot: { ...h, investigationConcludedOn: '2025-10-30' }, today: '2025-11-05',
      expect: [{ light: 'green', messageId: 'concluded', due: '2025-10-31' }] },
    // 2 + 1 + 2 + 2 = 7 months from 08-31 (a month-end) is 2026-03-31.
    { name: 'three extensions: seven months from the arrest', snapshot: { ...h, detentionExtensions: 3 }, today: '2026-01-15',
      expect: [{ light: 'green', messageId: 'open', due: '2026-03-31', occurrenceKey: 'investigative-detention-expiry:2025-08-31' }] },
    // 高法解释 202; 刑诉法 156: the months add up from the arrest, never from a clipped month-end.
    { name: '刑诉法 156; 高法解释 202: arrested 2024-12-30, one extension: 3 months end on 2025-03-30, not 03-31',
      snapshot: { ...h, arrestedOn: '2024-12-30', detentionExtensions: 1, investigationConcludedOn: '2025-03-28' }, today: '2025-04-02',
      expect: [{ light: 'green', messageId: 'concluded', due: '2025-03-30' }] },
    // 刑诉法 149: the evaluation is excluded unconditionally; while it runs, the clock stands still.
    { name: '刑诉法 149: evaluation still running: not overdue whatever the date',
      snapshot: { ...h, psychEvalStartedOn: '2025-10-01' }, today: '2025-12-20',
      expect: [{ light: 'green', messageId: 'open', due: '2026-01-19' }] },
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
    { name: '刑诉法 156; 高法解释 202: arrested 2024-12-30, one extension, held on 03-31: overdue (due 03-30)',
      snapshot: { ...h, arrestedOn: '2024-12-30', detentionExtensions: 1 }, today: '2025-03-31',
      expect: [{ light: 'red', messageId: 'overdue', due: '2025-03-30', points: 10 }] },
    { name: 'concluded after the expiry', snapshot: { ...h, investigationConcludedOn: '2025-11-03' }, today: '2025-11-05',
      expect: [{ light: 'red', messageId: 'exceeded', due: '2025-10-31', points: 10 }] },
    { name: 'another important crime restarts the clock: new occurrence', snapshot: { ...h, detentionRestartedOn: '2025-10-15' }, today: '2025-12-10',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-12-15', occurrenceKey: 'investigative-detention-expiry:2025-10-15' }] },
    { name: 'not in custody but no release date', snapshot: { ...h, inCustody: false }, today: '2025-10-20',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['releaseOn'] }] },
  ],
});
