import { describe, it, expect } from 'vitest';
import { computeDeadline, coveredYears, createCalendar, isWorkday, type Calendar } from '../../../shared/calendar';

const due = (start: string, amount: number, calendar: Calendar, inCustody = false) =>
  computeDeadline({ start, period: { amount, unit: 'day' }, inCustody, calendar });

describe('createCalendar overrides', () => {
  it('an extra holiday rolls a due date', () => {
    const cal = createCalendar({ holidays: ['2025-10-09'] });
    expect(due('2025-09-23', 15, cal)).toEqual({ nominal: '2025-10-08', due: '2025-10-10', rolledOver: true, calendarCovered: true });
    expect(due('2025-09-30', 9, cal)).toMatchObject({ nominal: '2025-10-09', due: '2025-10-10', rolledOver: true });
    // In custody, the local rest day changes nothing.
    expect(due('2025-09-30', 9, cal, true)).toMatchObject({ due: '2025-10-09', rolledOver: false });
  });

  it('an extra workday stops a roll', () => {
    const cal = createCalendar({ workdays: ['2025-10-08'] });
    expect(due('2025-09-23', 15, cal)).toMatchObject({ nominal: '2025-10-08', due: '2025-10-08', rolledOver: false });
    expect(isWorkday('2025-10-08', cal)).toBe(true);
    expect(isWorkday('2025-10-08')).toBe(false); // the bundled calendar is untouched
  });

  it('an extra holiday beats an official make-up day', () => {
    const cal = createCalendar({ holidays: ['2025-10-11'] });
    expect(isWorkday('2025-10-11', cal)).toBe(false);
    expect(computeDeadline({ start: '2025-09-30', period: { amount: 3, unit: 'workday' }, inCustody: false, calendar: cal }).due).toBe(
      '2025-10-13',
    );
  });

  it('an extra make-up day counts for workday periods', () => {
    const cal = createCalendar({ workdays: ['2025-10-12'] });
    expect(computeDeadline({ start: '2025-10-10', period: { amount: 2, unit: 'workday' }, inCustody: false, calendar: cal }).due).toBe(
      '2025-10-12',
    );
  });

  it('declares new years covered, e.g. 2027 data entered by a province', () => {
    const spring2027 = ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'];
    const cal = createCalendar({ holidays: spring2027, workdays: ['2027-02-13'], coveredYears: [2027] });
    expect(coveredYears(cal).at(-1)).toBe(2027);
    expect(coveredYears()).not.toContain(2027);
    expect(due('2027-02-01', 5, cal)).toEqual({ nominal: '2027-02-06', due: '2027-02-12', rolledOver: true, calendarCovered: true });
    expect(due('2027-02-01', 5, createCalendar({ holidays: spring2027 })).calendarCovered).toBe(false);
    expect(due('2028-02-01', 5, cal).calendarCovered).toBe(false);
  });

  it('keeps the overrides it was given, sorted and de-duplicated', () => {
    const cal = createCalendar({ holidays: ['2025-10-10', '2025-10-09', '2025-10-10'] });
    expect(cal.overrides).toEqual({ holidays: ['2025-10-09', '2025-10-10'], workdays: [] });
  });

  it('works with no overrides at all', () => {
    expect(due('2025-09-23', 15, createCalendar())).toMatchObject({ due: '2025-10-09' });
    expect(due('2025-09-23', 15, createCalendar({}))).toMatchObject({ due: '2025-10-09' });
  });
});
