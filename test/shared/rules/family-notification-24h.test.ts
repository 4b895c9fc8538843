import { describe, expect, it } from 'vitest';
import rule from '../../../shared/rules/family-notification-24h';
import { testRule } from './rule-tester';
import { RULE_TEXT } from '../../../shared/rules/text';

// The procuratorate detained at 2025-09-10 20:30. 刑诉法 105 ②: the starting hour is not counted,
// so the 24 hours run from 21:00: notify by 09-11 21:00, yellow from 17:00.
const base = { procedure: 'self-investigation', detainedAt: '2025-09-10T20:30' };

testRule(rule, {
  valid: [
    { name: 'notified next morning', snapshot: { ...base, familyNotifiedAt: '2025-09-11T10:00' }, today: '2025-09-12',
      expect: [{ light: 'green', messageId: 'done', dueAt: '2025-09-11T21:00' }] },
    { name: '刑诉法 105 ②: notified at 20:45, inside the counted hour after 20:30 + 24 h: green', snapshot: { ...base, familyNotifiedAt: '2025-09-11T20:45' }, today: '2025-09-12',
      expect: [{ light: 'green', messageId: 'done', dueAt: '2025-09-11T21:00' }] },
    { name: '刑诉法 105 ②: notified at 21:00 sharp, the last minute of the period: green', snapshot: { ...base, familyNotifiedAt: '2025-09-11T21:00' }, today: '2025-09-12',
      expect: [{ light: 'green', messageId: 'done', dueAt: '2025-09-11T21:00' }] },
    { name: 'pending, early', snapshot: base, today: '2025-09-11', now: '2025-09-11T09:00', expect: [{ light: 'green', messageId: 'open', dueAt: '2025-09-11T21:00' }] },
    { name: 'could not notify, reason on file', snapshot: { ...base, familyNotificationExempt: true }, today: '2025-09-12',
      expect: [{ light: 'green', messageId: 'exempt', dueAt: '2025-09-11T21:00' }] },
    { name: 'police case at arrest review: the police’s duty', snapshot: { ...base, procedure: 'arrest-review' }, today: '2025-09-12' },
    { name: 'supervision case at review: the procuratorate detained', snapshot: { ...base, procedure: 'prosecution-review', supervisionCase: true, familyNotifiedAt: '2025-09-11T20:30' },
      today: '2025-09-12', expect: [{ light: 'green', messageId: 'done', dueAt: '2025-09-11T21:00' }] },
  ],
  invalid: [
    { name: 'four hours left', snapshot: base, today: '2025-09-11', now: '2025-09-11T17:00', expect: [{ light: 'yellow', messageId: 'due-soon', dueAt: '2025-09-11T21:00' }] },
    { name: '刑诉法 105 ②: at 20:31 the period still runs (yellow, not red)', snapshot: base, today: '2025-09-11', now: '2025-09-11T20:31', expect: [{ light: 'yellow', messageId: 'due-soon', dueAt: '2025-09-11T21:00' }] },
    { name: 'past 24 hours', snapshot: base, today: '2025-09-11', now: '2025-09-11T21:01', expect: [{ light: 'red', messageId: 'missing', dueAt: '2025-09-11T21:00', points: 6 }] },
    { name: 'without a clock time: yellow on the due day', snapshot: base, today: '2025-09-11', expect: [{ light: 'yellow', messageId: 'due-soon', dueAt: '2025-09-11T21:00' }] },
    { name: 'without a clock time: red the day after', snapshot: base, today: '2025-09-12', expect: [{ light: 'red', messageId: 'missing', dueAt: '2025-09-11T21:00' }] },
    { name: 'notified late', snapshot: { ...base, familyNotifiedAt: '2025-09-11 21:30' }, today: '2025-09-12',
      expect: [{ light: 'red', messageId: 'late', dueAt: '2025-09-11T21:00', points: 6 }] },
    { name: 'detention and arrest: one finding each', snapshot: { ...base, familyNotifiedAt: '2025-09-11T08:00', arrestedAt: '2025-09-20T10:00' }, today: '2025-09-22',
      expect: [
        { light: 'green', messageId: 'done', dueAt: '2025-09-11T21:00', occurrenceKey: 'family-notification-24h:detention:2025-09-10T20:30' },
        { light: 'red', messageId: 'missing', dueAt: '2025-09-21T11:00', anchor: 'arrestFamilyNotifiedAt', occurrenceKey: 'family-notification-24h:arrest:2025-09-20T10:00' },
      ] },
    { name: 'designated residence counts too', snapshot: { procedure: 'self-investigation', designatedResidenceAt: '2025-09-10T08:00' }, today: '2025-09-12',
      expect: [{ light: 'red', messageId: 'missing', dueAt: '2025-09-11T09:00', anchor: 'designatedResidenceFamilyNotifiedAt' }] },
  ],
});

// The procuratorate's own notice duties (规则 123, 144, 301) come before the police's (刑诉法 85 ②,
// 93 ②), which the card would otherwise cite first.
describe('family-notification-24h leads with the procuratorate’s own duty', () => {
  it('cites 规则 123, 144 and 301 first', () => {
    expect(RULE_TEXT[rule.meta.id].basis.slice(0, 3)).toEqual([
      { law: '人民检察院刑事诉讼规则', article: 123 },
      { law: '人民检察院刑事诉讼规则', article: 144 },
      { law: '人民检察院刑事诉讼规则', article: 301 },
    ]);
  });
});
