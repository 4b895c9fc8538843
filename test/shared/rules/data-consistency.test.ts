import rule from '../../../shared/rules/data-consistency';
import { testRule } from './rule-tester';

const base = { procedure: 'prosecution-review', acceptedOn: '2025-09-08', inCustody: true, custodyMeasure: 'arrest' };

testRule(rule, {
  valid: [
    { name: 'consistent data', snapshot: { ...base, decisionOn: '2025-09-30' }, today: '2025-10-01', expect: [{ light: 'green', messageId: 'consistent' }] },
    { name: 'same-day decision is fine', snapshot: { ...base, decisionOn: '2025-09-08' }, today: '2025-10-01' },
    { name: 'host spellings are read', snapshot: { ...base, decisionOn: '2025年9月30日', detainedOn: '2025/9/1', inCustody: '是' }, today: '2025-10-01' },
  ],
  invalid: [
    { name: 'impossible date', snapshot: { ...base, decisionOn: '2025-02-30' }, today: '2025-10-01',
      expect: [{ light: 'yellow', messageId: 'unreadable', anchor: 'decisionOn' }] },
    { name: 'not a date at all', snapshot: { ...base, acceptedOn: 'abc' }, today: '2025-10-01',
      expect: [{ light: 'yellow', messageId: 'unreadable', anchor: 'acceptedOn' }] },
    { name: 'decision before acceptance', snapshot: { ...base, decisionOn: '2025-09-01' }, today: '2025-10-01',
      expect: [{ light: 'yellow', messageId: 'order', anchor: 'decisionOn', occurrenceKey: 'data-consistency:order:acceptedOn<decisionOn' }] },
    { name: 'birth date in the future (value hidden)', snapshot: { ...base, suspectBirthDate: '2030-01-01' }, today: '2025-10-01',
      expect: [
        { light: 'yellow', messageId: 'order', anchor: 'acceptedOn' },
        { light: 'yellow', messageId: 'future-date', anchor: 'suspectBirthDate' },
      ] },
    { name: 'unknown procedure', snapshot: { acceptedOn: '2025-09-08' }, today: '2025-10-01', expect: [{ light: 'grey', messageId: 'procedure-missing' }] },
    { name: 'unknown procedure value', snapshot: { ...base, procedure: 'appeal' }, today: '2025-10-01',
      expect: [{ light: 'yellow', messageId: 'unreadable', anchor: 'procedure' }, { light: 'grey', messageId: 'procedure-missing' }] },
    { name: 'in custody but on bail', snapshot: { ...base, custodyMeasure: 'bail' }, today: '2025-10-01',
      expect: [{ light: 'yellow', messageId: 'custody-conflict', anchor: 'inCustody' }] },
    { name: 'date and time of detention disagree', snapshot: { ...base, detainedOn: '2025-09-01', detainedAt: '2025-09-02T10:00' }, today: '2025-10-01',
      expect: [{ light: 'yellow', messageId: 'date-time-mismatch', anchor: 'detainedAt' }] },
    { name: 'zero returns yet a return date', snapshot: { ...base, returnCount: 0, lastReturnOn: '2025-09-20' }, today: '2025-10-01',
      expect: [{ light: 'yellow', messageId: 'return-count-conflict' }] },
    { name: 'not an object', snapshot: ['a'] as unknown as Record<string, unknown>, today: '2025-10-01',
      expect: [{ light: 'yellow', messageId: 'not-an-object' }, { light: 'grey', messageId: 'procedure-missing' }] },
  ],
});
