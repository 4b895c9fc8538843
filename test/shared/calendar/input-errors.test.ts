import { describe, it, expect } from 'vitest';
import {
  addDays, addHours, addMonths, CalendarInputError, computeDeadline, createCalendar, diffDays, isWorkday, parseCivilDate,
  todayInShanghai, type CalendarInputErrorCode,
} from '../../../shared/calendar';

function codeOf(fn: () => unknown): CalendarInputErrorCode | 'no error' | 'other error' {
  try {
    fn();
    return 'no error';
  } catch (e) {
    return e instanceof CalendarInputError ? e.code : 'other error';
  }
}

const deadline = (start: unknown, amount: unknown, unit: unknown) => () =>
  computeDeadline({ start, period: { amount, unit }, inCustody: false } as never);

describe('malformed input throws CalendarInputError', () => {
  it.each(['2025-02-30', '2025-9-8', '2025-09-8', '2025/09/08', '2025-00-10', '2025-13-01', '0000-01-01', '', 'tomorrow', '2025-09-08T00:00'])(
    'start %j → invalid-date',
    (start) => expect(codeOf(deadline(start, 3, 'day'))).toBe('invalid-date'),
  );

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 10001, '3', null, undefined])(
    'amount %j → invalid-amount',
    (amount) => expect(codeOf(deadline('2025-09-08', amount, 'day'))).toBe('invalid-amount'),
  );

  it.each(['year', 'hour', 'days', 'Day', '', undefined])('unit %j → invalid-unit', (unit) =>
    expect(codeOf(deadline('2025-09-08', 3, unit))).toBe('invalid-unit'),
  );

  it('accepts the largest amount', () => {
    expect(codeOf(deadline('2025-09-08', 10000, 'workday'))).toBe('no error');
    expect(codeOf(deadline('2025-09-08', 10000, 'month'))).toBe('no error');
  });

  it('says what was wrong in Chinese and English', () => {
    try {
      computeDeadline({ start: '2025-02-30', period: { amount: 3, unit: 'day' }, inCustody: false });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CalendarInputError);
      expect(e).toBeInstanceOf(Error);
      const err = e as CalendarInputError;
      expect(err.name).toBe('CalendarInputError');
      expect(err.message).toBe('无效日期 / invalid date: "2025-02-30" (expected YYYY-MM-DD)');
      expect(err.input).toBe('2025-02-30');
    }
  });

  it('checks the helpers too', () => {
    expect(codeOf(() => parseCivilDate('2025-02-29'))).toBe('invalid-date');
    expect(codeOf(() => isWorkday('2025-9-8'))).toBe('invalid-date');
    expect(codeOf(() => addDays('2025-09-08', 0.5))).toBe('invalid-amount');
    expect(codeOf(() => addDays('9999-12-31', 1))).toBe('invalid-amount');
    expect(codeOf(() => addMonths('2025-09-31', 1))).toBe('invalid-date');
    expect(codeOf(() => diffDays('2025-09-08', '2025-02-30'))).toBe('invalid-date');
    expect(codeOf(() => addHours('2025-09-08 10:00', 24))).toBe('invalid-datetime');
    expect(codeOf(() => addHours('2025-09-08T24:00', 24))).toBe('invalid-datetime');
    expect(codeOf(() => addHours('2025-09-08T10:60', 24))).toBe('invalid-datetime');
    expect(codeOf(() => addHours('2025-02-30T10:00', 24))).toBe('invalid-datetime');
    expect(codeOf(() => addHours('2025-09-08T10:00', 1.5))).toBe('invalid-amount');
    expect(codeOf(() => todayInShanghai(new Date('nonsense')))).toBe('invalid-datetime');
  });

  it('rejects bad overrides', () => {
    expect(codeOf(() => createCalendar({ holidays: ['2025-10-32'] }))).toBe('invalid-date');
    expect(codeOf(() => createCalendar({ workdays: ['2025-10-1'] }))).toBe('invalid-date');
    expect(codeOf(() => createCalendar({ holidays: [20251001] } as never))).toBe('invalid-date');
    expect(codeOf(() => createCalendar({ coveredYears: [2027.5] }))).toBe('invalid-date');
    expect(codeOf(() => createCalendar({ holiday: ['2025-10-09'] } as never))).toBe('invalid-date');
    expect(codeOf(() => createCalendar({ holidays: ['2025-10-09'], workdays: ['2025-10-09'] }))).toBe('invalid-date');
  });
});
