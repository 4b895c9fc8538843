// How dates read on a card, and which years' official arrangements are loaded. Fixed dates only:
// coverage is asked of a given `today`, never of the machine's clock.
import { describe, expect, it } from 'vitest';
import { calendarFromOverrides, coveredYears, createCalendar, formatCivil, isWorkday, isYearCovered, missingCalendarYears } from '../../../shared/calendar';

describe('formatCivil', () => {
  it.each([
    ['2025-09-22', '2025年9月22日'],
    ['2025-10-01', '2025年10月1日'],
    ['2025-09-22T11:00', '9月22日 11时'],
    ['2025-09-22T09:05', '9月22日 9时5分'],
    ['2025-09-22T00:00', '9月22日 0时'],
  ] as const)('zh: %s reads %s', (value, expected) => {
    expect(formatCivil(value, 'zh')).toBe(expected);
  });

  it('keeps ISO in English and leaves anything that is not a date alone', () => {
    expect(formatCivil('2025-09-22', 'en')).toBe('2025-09-22');
    expect(formatCivil('2025-09-22T11:00', 'en')).toBe('2025-09-22T11:00');
    for (const v of ['2025-02-30', '3', '鉴定尚未完成', '2025-09-22T25:00']) expect(formatCivil(v, 'zh')).toBe(v);
  });
});

describe('calendar coverage', () => {
  it('knows the bundled years and the years overrides declare', () => {
    expect(isYearCovered('2026-12-31')).toBe(true);
    expect(isYearCovered('2027-01-04')).toBe(false);
    expect(isYearCovered('2027-01-04', createCalendar({ coveredYears: [2027] }))).toBe(true);
    expect(() => isYearCovered('2027-13-01')).toThrow(/invalid date/);
  });

  it('asks for this year always, and for the coming year from 1 November', () => {
    expect(missingCalendarYears('2026-10-31')).toEqual([]);
    expect(missingCalendarYears('2026-11-01')).toEqual([2027]);
    expect(missingCalendarYears('2026-12-07')).toEqual([2027]);
    expect(missingCalendarYears('2027-03-01')).toEqual([2027]);
    expect(missingCalendarYears('2027-11-15')).toEqual([2027, 2028]);
    expect(missingCalendarYears('2026-11-20', createCalendar({ coveredYears: [2027] }))).toEqual([]);
  });
});

describe('calendarFromOverrides', () => {
  it('loads every year the administrator entered days for, and applies the days', () => {
    const cal = calendarFromOverrides([{ date: '2027-01-01', kind: 'holiday' }, { date: '2027-02-06', kind: 'workday' }]);
    expect(isYearCovered('2027-06-01', cal)).toBe(true);
    expect(isWorkday('2027-01-01', cal)).toBe(false);
    expect(isWorkday('2027-02-06', cal)).toBe(true);
    expect(missingCalendarYears('2026-11-20', cal)).toEqual([]);
    expect(calendarFromOverrides([]).coveredYears).toEqual(coveredYears());
  });
});
