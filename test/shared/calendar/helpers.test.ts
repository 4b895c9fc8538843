import { describe, it, expect } from 'vitest';
import {
  addDays, addMonths, compareDates, countWorkdays, coveredYears, dayOfWeek, diffDays, isCivilDate, isWorkday,
  lastWorkdayBefore, parseCivilDate, HOLIDAY_SOURCE,
} from '../../../shared/calendar';

describe('date helpers', () => {
  it('parses and recognises civil dates', () => {
    expect(parseCivilDate('2025-09-08')).toEqual({ year: 2025, month: 9, day: 8 });
    expect(isCivilDate('2024-02-29')).toBe(true);
    for (const bad of ['2025-02-29', '2025-9-8', '2025/09/08', '2025-13-01', '0000-01-01', ' 2025-09-08', 20250908, null]) {
      expect(isCivilDate(bad)).toBe(false);
    }
  });

  it('adds days and months, both directions', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addMonths('2025-04-30', 1)).toBe('2025-05-31');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
  });

  it('diffs and compares', () => {
    expect(diffDays('2025-09-30', '2025-10-09')).toBe(9);
    expect(diffDays('2025-10-09', '2025-09-30')).toBe(-9);
    expect(compareDates('2025-10-01', '2025-10-09')).toBe(-1);
    expect(compareDates('2025-10-09', '2025-10-09')).toBe(0);
    expect(['2025-10-09', '2024-12-31', '2025-10-01'].sort(compareDates)).toEqual(['2024-12-31', '2025-10-01', '2025-10-09']);
  });

  it('gives the day of the week with 0 = Sunday', () => {
    expect(dayOfWeek('2025-09-28')).toBe(0);
    expect(dayOfWeek('2025-10-11')).toBe(6);
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('1969-12-31')).toBe(3);
  });

  it('knows working days, make-up days and weekends', () => {
    expect(isWorkday('2025-09-28')).toBe(true); // make-up Sunday
    expect(isWorkday('2025-10-11')).toBe(true); // make-up Saturday
    expect(isWorkday('2025-10-08')).toBe(false); // National Day holiday, a Wednesday
    expect(isWorkday('2025-09-27')).toBe(false); // ordinary Saturday
    expect(isWorkday('2025-09-26')).toBe(true);
    expect(isWorkday('2027-01-01')).toBe(true); // no data yet: Monday–Friday only
  });

  it('finds the last working day before a rest-day deadline', () => {
    expect(lastWorkdayBefore('2025-10-01')).toBe('2025-09-30');
    expect(lastWorkdayBefore('2025-10-08')).toBe('2025-09-30');
    expect(lastWorkdayBefore('2025-09-29')).toBe('2025-09-28'); // the make-up Sunday
    expect(lastWorkdayBefore('2025-10-13')).toBe('2025-10-11');
  });

  it('counts working days in (from, to]', () => {
    expect(countWorkdays('2025-09-26', '2025-09-30')).toBe(3);
    expect(countWorkdays('2025-09-30', '2025-10-11')).toBe(3);
    expect(countWorkdays('2025-10-11', '2025-09-30')).toBe(-3);
    expect(countWorkdays('2025-10-01', '2025-10-01')).toBe(0);
  });

  it('lists the covered years of the bundled data', () => {
    const years = coveredYears();
    expect(years[0]).toBe(2004);
    expect(years.at(-1)).toBe(2026);
    expect(years).toHaveLength(23);
    expect(HOLIDAY_SOURCE.name).toBe('chinese-days');
  });
});
