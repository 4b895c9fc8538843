import { describe, expect, it } from 'vitest';
import rule from '../../../shared/rules/interrogation-within-24h';
import { testRule } from './rule-tester';
import { RULE_TEXT } from '../../../shared/rules/text';

// Detained 2025-12-31 21:30. 刑诉法 105 ②: the starting hour is not counted; 24 hours from 22:00.
const base = { procedure: 'self-investigation', detainedAt: '2025-12-31T21:30' };

testRule(rule, {
  valid: [
    { name: 'interrogated across the new year, in time', snapshot: { ...base, firstInterrogatedAt: '2026-01-01T21:30' }, today: '2026-01-02',
      expect: [{ light: 'green', messageId: 'done', dueAt: '2026-01-01T22:00' }] },
    { name: '刑诉法 105 ② (规则 124): 10:20 + 24 h ends at 11:00 next day; interrogated 10:50: green', snapshot: { procedure: 'self-investigation', detainedAt: '2025-09-22T10:20', firstInterrogatedAt: '2025-09-23T10:50' }, today: '2025-09-24',
      expect: [{ light: 'green', messageId: 'done', dueAt: '2025-09-23T11:00' }] },
    { name: 'police case: not the procuratorate’s duty', snapshot: { ...base, procedure: 'prosecution-review' }, today: '2026-01-05' },
  ],
  invalid: [
    { name: 'interrogated a minute late', snapshot: { ...base, firstInterrogatedAt: '2026-01-01T22:01' }, today: '2026-01-02',
      expect: [{ light: 'red', messageId: 'late', dueAt: '2026-01-01T22:00', points: 6 }] },
    { name: '刑诉法 105 ② (规则 124): 10:20 + 24 h ends at 11:00; interrogated 11:05: red', snapshot: { procedure: 'self-investigation', detainedAt: '2025-09-22T10:20', firstInterrogatedAt: '2025-09-23T11:05' }, today: '2025-09-24',
      expect: [{ light: 'red', messageId: 'late', dueAt: '2025-09-23T11:00', points: 6 }] },
    { name: 'not interrogated', snapshot: base, today: '2026-01-02', expect: [{ light: 'red', messageId: 'missing', dueAt: '2026-01-01T22:00', points: 6 }] },
    { name: 'due soon', snapshot: base, today: '2026-01-01', now: '2026-01-01T18:00', expect: [{ light: 'yellow', messageId: 'due-soon', dueAt: '2026-01-01T22:00' }] },
    { name: 'after arrest too', snapshot: { ...base, firstInterrogatedAt: '2026-01-01T09:00', arrestedAt: '2026-01-07T10:00', postArrestInterrogatedAt: '2026-01-09T10:00' }, today: '2026-01-10',
      expect: [
        { light: 'green', messageId: 'done', dueAt: '2026-01-01T22:00' },
        { light: 'red', messageId: 'late', dueAt: '2026-01-08T11:00', anchor: 'postArrestInterrogatedAt' },
      ] },
  ],
});

// 刑诉法 86 is the police's duty; the procuratorate's own detentions are 刑诉法 166, arrests 94.
describe('interrogation-within-24h cites the procuratorate’s own duty', () => {
  it('cites 刑诉法 166 and 94, and not the police’s 86', () => {
    const cpl = RULE_TEXT[rule.meta.id].basis.filter((b) => b.law === '刑事诉讼法').map((b) => b.article);
    expect(cpl).toContain(166);
    expect(cpl).toContain(94);
    expect(cpl).not.toContain(86);
  });
});
