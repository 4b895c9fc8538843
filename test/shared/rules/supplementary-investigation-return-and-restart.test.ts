import rule from '../../../shared/rules/supplementary-investigation-return-and-restart';
import { testRule } from './rule-tester';

// Example G1: returned 2025-03-20; the police have one month: 04-20 (Sun) in custody, 04-21 on bail.
const g = { procedure: 'prosecution-review', acceptedOn: '2025-03-03', returnCount: 1, lastReturnOn: '2025-03-20', returnOutlineProvided: true };

testRule(rule, {
  valid: [
    { name: 'example G: outline attached, re-transferred 04-18', snapshot: { ...g, inCustody: true, retransferredOn: '2025-04-18' }, today: '2025-04-25',
      expect: [{ light: 'green', messageId: 'outline' }, { light: 'green', messageId: 'retransferred', due: '2025-04-20' }] },
    { name: 'example G1 on bail: awaiting until 04-21', snapshot: { ...g, inCustody: false }, today: '2025-04-21',
      expect: [{ light: 'green', messageId: 'outline' }, { light: 'green', messageId: 'awaiting', due: '2025-04-21' }] },
    // Never returned: not applicable, so no grey "inputs missing" asking for a return date or outline.
    { name: 'never returned', snapshot: { procedure: 'prosecution-review', acceptedOn: '2025-03-03' }, today: '2025-04-25' },
    { name: 'never returned: return count 0', snapshot: { procedure: 'prosecution-review', acceptedOn: '2025-03-03', returnCount: 0, inCustody: true }, today: '2025-04-25' },
    { name: 'never returned: count 0, outline box unticked', snapshot: { procedure: 'prosecution-review', acceptedOn: '2025-03-03', returnCount: 0, returnOutlineProvided: false }, today: '2025-04-25' },
  ],
  invalid: [
    { name: 'returned without an outline', snapshot: { ...g, inCustody: true, returnOutlineProvided: false }, today: '2025-03-25',
      expect: [{ light: 'red', messageId: 'no-outline', points: 4 }, { light: 'green', messageId: 'awaiting', due: '2025-04-20' }] },
    { name: 'example G1 in custody: not back by 04-20', snapshot: { ...g, inCustody: true }, today: '2025-04-21',
      expect: [{ light: 'green', messageId: 'outline' }, { light: 'yellow', messageId: 'police-overdue', due: '2025-04-20' }] },
    { name: 're-transferred after the month', snapshot: { ...g, inCustody: false, retransferredOn: '2025-04-25' }, today: '2025-04-26',
      expect: [{ light: 'green', messageId: 'outline' }, { light: 'yellow', messageId: 'retransferred-late', due: '2025-04-21' }] },
    // A second return after the first re-transfer: the case is out again, and this is a new occurrence.
    { name: 'second return: the earlier re-transfer does not count', snapshot: { ...g, inCustody: true, returnCount: 2, retransferredOn: '2025-04-18', lastReturnOn: '2025-05-06' },
      today: '2025-06-10', expect: [
        { light: 'green', messageId: 'outline', occurrenceKey: 'supplementary-investigation-return-and-restart:2025-05-06:outline' },
        { light: 'yellow', messageId: 'police-overdue', due: '2025-06-06', occurrenceKey: 'supplementary-investigation-return-and-restart:2025-05-06:police' },
      ] },
    { name: 'outline not recorded', snapshot: { ...g, returnOutlineProvided: undefined, inCustody: true }, today: '2025-03-25',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['returnOutlineProvided'] }, { light: 'green', messageId: 'awaiting', due: '2025-04-20' }] },
  ],
});
