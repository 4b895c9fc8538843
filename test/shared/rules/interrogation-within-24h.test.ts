import rule from '../../../shared/rules/interrogation-within-24h';
import { testRule } from './rule-tester';

const base = { procedure: 'self-investigation', detainedAt: '2025-12-31T21:30' };

testRule(rule, {
  valid: [
    { name: 'interrogated across the new year, in time', snapshot: { ...base, firstInterrogatedAt: '2026-01-01T21:30' }, today: '2026-01-02',
      expect: [{ light: 'green', messageId: 'done', dueAt: '2026-01-01T21:30' }] },
    { name: 'police case: not the procuratorate’s duty', snapshot: { ...base, procedure: 'prosecution-review' }, today: '2026-01-05' },
  ],
  invalid: [
    { name: 'interrogated a minute late', snapshot: { ...base, firstInterrogatedAt: '2026-01-01T21:31' }, today: '2026-01-02',
      expect: [{ light: 'red', messageId: 'late', dueAt: '2026-01-01T21:30', points: 6 }] },
    { name: 'not interrogated', snapshot: base, today: '2026-01-02', expect: [{ light: 'red', messageId: 'missing', dueAt: '2026-01-01T21:30', points: 6 }] },
    { name: 'due soon', snapshot: base, today: '2026-01-01', now: '2026-01-01T18:00', expect: [{ light: 'yellow', messageId: 'due-soon', dueAt: '2026-01-01T21:30' }] },
    { name: 'after arrest too', snapshot: { ...base, firstInterrogatedAt: '2026-01-01T09:00', arrestedAt: '2026-01-07T10:00', postArrestInterrogatedAt: '2026-01-09T10:00' }, today: '2026-01-10',
      expect: [
        { light: 'green', messageId: 'done', dueAt: '2026-01-01T21:30' },
        { light: 'red', messageId: 'late', dueAt: '2026-01-08T10:00', anchor: 'postArrestInterrogatedAt' },
      ] },
  ],
});
