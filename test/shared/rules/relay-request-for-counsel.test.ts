import rule from '../../../shared/rules/relay-request-for-counsel';
import { testRule } from './rule-tester';

const held = { procedure: 'prosecution-review', inCustody: true };

testRule(rule, {
  valid: [
    {
      name: 'relayed the same day',
      snapshot: { ...held, counselRequestMadeOn: '2025-09-08', counselRequestRelayedOn: '2025-09-08' },
      today: '2025-09-12',
      expect: [{ light: 'green', messageId: 'done', due: '2025-09-09' }],
    },
    // Friday 2025-09-26: the next working day is the make-up Sunday 09-28.
    {
      name: 'asked on a Friday before a make-up Sunday, relayed that Sunday',
      snapshot: { ...held, counselRequestMadeOn: '2025-09-26', counselRequestRelayedOn: '2025-09-28' },
      today: '2025-09-30',
      expect: [{ light: 'green', messageId: 'done', due: '2025-09-28' }],
    },
    {
      name: 'the day of the request',
      snapshot: { ...held, counselRequestMadeOn: '2025-09-08' },
      today: '2025-09-08',
      expect: [{ light: 'green', messageId: 'open', due: '2025-09-09' }],
    },
    { name: 'not held: not this rule', snapshot: { procedure: 'prosecution-review', custodyMeasure: 'bail', counselRequestMadeOn: '2025-09-08' }, today: '2025-09-20', expect: [] },
  ],
  invalid: [
    {
      name: '规则 41 "及时" read as the next working day, adopted by the unit: red',
      snapshot: { ...held, counselRequestMadeOn: '2025-09-08', counselRequestRelayedOn: '2025-09-11' },
      today: '2025-09-12',
      config: { rules: { 'relay-request-for-counsel': { adopted: true } } },
      expect: [{ light: 'red', messageId: 'late', due: '2025-09-09', points: 3 }],
    },
    {
      name: '规则 41 "及时" (a unit-policy limit): relayed three days later, yellow',
      snapshot: { ...held, counselRequestMadeOn: '2025-09-08', counselRequestRelayedOn: '2025-09-11' },
      today: '2025-09-12',
      expect: [{ light: 'yellow', messageId: 'late', due: '2025-09-09' }],
    },
    {
      name: 'never relayed',
      snapshot: { ...held, counselRequestMadeOn: '2025-09-08' },
      today: '2025-09-10',
      expect: [{ light: 'yellow', messageId: 'missing', due: '2025-09-09' }],
    },
    {
      name: 'last day: yellow',
      snapshot: { procedure: 'arrest-review', custodyMeasure: 'designated-residential-surveillance', counselRequestMadeOn: '2025-09-08' },
      today: '2025-09-09',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-09-09' }],
    },
    {
      name: 'configured two working days',
      snapshot: { ...held, counselRequestMadeOn: '2025-09-08', counselRequestRelayedOn: '2025-09-11' },
      today: '2025-09-12',
      config: { rules: { 'relay-request-for-counsel': { options: { workdays: 2 } } } },
      expect: [{ light: 'yellow', messageId: 'late', due: '2025-09-10' }],
    },
  ],
});
