import { describe, it, expect } from 'vitest';
import { addHours, hourPeriodEnd, nowInShanghai, todayInShanghai } from '../../../shared/calendar';

describe('addHours', () => {
  it.each([
    ['2025-09-08T09:15', 24, '2025-09-09T09:15'],
    ['2025-09-08T23:59', 1, '2025-09-09T00:59'], // across midnight
    ['2025-09-30T22:00', 24, '2025-10-01T22:00'], // across a month
    ['2025-12-31T21:30', 24, '2026-01-01T21:30'], // across a year
    ['2024-02-28T12:00', 24, '2024-02-29T12:00'], // leap day
    ['2025-09-08T00:00', 48, '2025-09-10T00:00'],
    ['2025-09-08T02:00', -4, '2025-09-07T22:00'], // a warning time before the due time
    ['2025-09-08T10:30', 0, '2025-09-08T10:30'],
  ] as const)('%s + %i h = %s', (start, hours, expected) => {
    expect(addHours(start, hours)).toBe(expected);
  });
});

// 刑诉法 105 ②: 期间开始的时不算在期间以内 — an hour period counts from the next full hour.
describe('hourPeriodEnd', () => {
  it.each([
    ['2025-09-22T10:20', 24, '2025-09-23T11:00'], // the example
    ['2025-09-22T10:00', 24, '2025-09-23T11:00'], // the starting hour (10 o'clock) is not counted either
    ['2025-09-22T10:59', 24, '2025-09-23T11:00'],
    ['2025-12-31T23:30', 24, '2026-01-02T00:00'], // across the year end
    ['2024-02-28T23:05', 24, '2024-03-01T00:00'], // across a leap day
    ['2025-09-08T09:15', 48, '2025-09-10T10:00'],
  ] as const)('%s + %i h ends at %s', (start, hours, expected) => {
    expect(hourPeriodEnd(start, hours)).toBe(expected);
  });

  it('is never earlier than the exact start + hours, and at most an hour later', () => {
    for (const m of ['00', '01', '30', '59']) {
      const start = `2025-09-22T10:${m}`;
      expect(hourPeriodEnd(start, 24) >= addHours(start, 24)).toBe(true);
      expect(hourPeriodEnd(start, 24) <= addHours(start, 25)).toBe(true);
    }
  });

  it('rejects a malformed start or amount', () => {
    expect(() => hourPeriodEnd('2025-09-22 10:20', 24)).toThrow(/invalid date-time/);
    expect(() => hourPeriodEnd('2025-09-22T10:20', 1.5)).toThrow(/invalid amount/);
  });
});

describe('nowInShanghai', () => {
  it('gives the Asia/Shanghai wall clock to the minute, across midnight and the year end', () => {
    expect(nowInShanghai(new Date('2025-09-07T16:30:59Z'))).toBe('2025-09-08T00:30');
    expect(nowInShanghai(new Date('2025-09-07T15:59:00Z'))).toBe('2025-09-07T23:59');
    expect(nowInShanghai(new Date('2025-12-31T16:05:00Z'))).toBe('2026-01-01T00:05');
    expect(nowInShanghai(new Date('1969-12-31T15:00:00Z'))).toBe('1969-12-31T23:00');
  });
  it('throws a typed error for an invalid Date', () => {
    expect(() => nowInShanghai(new Date('nope'))).toThrow(/invalid/);
  });
});

describe('todayInShanghai', () => {
  it('converts an instant to the Shanghai civil date (UTC+8)', () => {
    expect(todayInShanghai(new Date('2025-09-07T16:30:00Z'))).toBe('2025-09-08');
    expect(todayInShanghai(new Date('2025-09-07T15:59:59.999Z'))).toBe('2025-09-07');
    expect(todayInShanghai(new Date('2025-09-07T16:00:00Z'))).toBe('2025-09-08');
    expect(todayInShanghai(new Date('2025-12-31T16:00:00Z'))).toBe('2026-01-01');
    expect(todayInShanghai(new Date('1969-12-31T15:00:00Z'))).toBe('1969-12-31');
  });

  it('defaults to now', () => {
    expect(todayInShanghai()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
