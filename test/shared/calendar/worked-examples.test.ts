// The worked examples of rules-catalogue.md §1.3, against the official 2025/2026 calendars.
import { describe, it, expect } from 'vitest';
import { computeDeadline, type PeriodUnit } from '../../../shared/calendar';

interface Example {
  id: string;
  start: string;
  amount: number;
  unit: PeriodUnit;
  nominal: string;
  /** Expected due date in custody, where the catalogue gives one. */
  custody?: string;
  /** Expected due date not in custody, where the catalogue gives one. */
  free?: string;
}

const examples: Example[] = [
  // A: 7-day arrest review, suspect detained; 10-01 is National Day (hypothetically free: 10-09).
  { id: 'A', start: '2025-09-24', amount: 7, unit: 'day', nominal: '2025-10-01', custody: '2025-10-01', free: '2025-10-09' },
  // B: 15-day arrest review, suspect not detained; 10-08 is the last holiday day.
  { id: 'B', start: '2025-09-23', amount: 15, unit: 'day', nominal: '2025-10-08', free: '2025-10-09' },
  // C: one-month prosecution review.
  { id: 'C', start: '2025-09-08', amount: 1, unit: 'month', nominal: '2025-10-08', custody: '2025-10-08', free: '2025-10-09' },
  // C′: a 15-day extension chained from C's nominal expiry (doubt D4).
  { id: "C'", start: '2025-10-08', amount: 15, unit: 'day', nominal: '2025-10-23', custody: '2025-10-23', free: '2025-10-23' },
  // D: 3-day notice from a make-up Sunday; postponed only when settle() applies (doubt D1).
  { id: 'D', start: '2025-09-28', amount: 3, unit: 'day', nominal: '2025-10-01', custody: '2025-10-01', free: '2025-10-09' },
  // E: month-end rules of 高法解释 202.
  { id: 'E1', start: '2025-01-31', amount: 1, unit: 'month', nominal: '2025-02-28', custody: '2025-02-28', free: '2025-02-28' },
  { id: 'E2', start: '2025-01-30', amount: 1, unit: 'month', nominal: '2025-02-28', custody: '2025-02-28', free: '2025-02-28' },
  { id: 'E3', start: '2025-04-30', amount: 1, unit: 'month', nominal: '2025-05-31', custody: '2025-05-31', free: '2025-06-03' },
  { id: 'E4', start: '2024-01-31', amount: 1, unit: 'month', nominal: '2024-02-29', custody: '2024-02-29', free: '2024-02-29' },
  // F: Spring Festival 2026.
  { id: 'F', start: '2026-01-23', amount: 1, unit: 'month', nominal: '2026-02-23', custody: '2026-02-23', free: '2026-02-24' },
  // G: supplementary investigation and the fresh review period after re-transfer.
  { id: 'G1', start: '2025-03-20', amount: 1, unit: 'month', nominal: '2025-04-20', custody: '2025-04-20', free: '2025-04-21' },
  { id: 'G2', start: '2025-04-18', amount: 1, unit: 'month', nominal: '2025-05-18', custody: '2025-05-18', free: '2025-05-19' },
  // H: investigative custody after arrest, from a month-end.
  { id: 'H', start: '2025-08-31', amount: 2, unit: 'month', nominal: '2025-10-31', custody: '2025-10-31' },
  // I: 10-day fast-track review; a victim's 7-day appeal (a party's period).
  { id: 'I1', start: '2025-09-26', amount: 10, unit: 'day', nominal: '2025-10-06', custody: '2025-10-06', free: '2025-10-09' },
  { id: 'I2', start: '2025-09-26', amount: 7, unit: 'day', nominal: '2025-10-03', free: '2025-10-09' },
  // J: three working days (规则 49); make-up days count, the result never moves.
  { id: 'J1', start: '2025-09-26', amount: 3, unit: 'workday', nominal: '2025-09-30', custody: '2025-09-30', free: '2025-09-30' },
  { id: 'J2', start: '2025-09-30', amount: 3, unit: 'workday', nominal: '2025-10-11', custody: '2025-10-11', free: '2025-10-11' },
];

const cases = examples.flatMap((e) => [
  ...(e.custody === undefined ? [] : [{ ...e, inCustody: true, due: e.custody }]),
  ...(e.free === undefined ? [] : [{ ...e, inCustody: false, due: e.free }]),
]);

describe('rules-catalogue §1.3 worked examples', () => {
  it.each(cases)('$id: $start + $amount $unit, in custody $inCustody → $due', (c) => {
    const result = computeDeadline({ start: c.start, period: { amount: c.amount, unit: c.unit }, inCustody: c.inCustody });
    expect(result).toEqual({ nominal: c.nominal, due: c.due, rolledOver: c.due !== c.nominal, calendarCovered: true });
  });

  it("C′ chains from C's nominal expiry, not from its postponed due date", () => {
    const c = computeDeadline({ start: '2025-09-08', period: { amount: 1, unit: 'month' }, inCustody: false });
    const chained = computeDeadline({ start: c.nominal, period: { amount: 15, unit: 'day' }, inCustody: false });
    expect(chained.due).toBe('2025-10-23');
  });
});

describe('further calendar cases', () => {
  const due = (start: string, amount: number, unit: PeriodUnit, inCustody = false) =>
    computeDeadline({ start, period: { amount, unit }, inCustody });

  it('treats the 2026 Spring Festival make-up Saturdays 02-14 and 02-28 as working days', () => {
    expect(due('2026-02-13', 1, 'day')).toMatchObject({ nominal: '2026-02-14', due: '2026-02-14', rolledOver: false });
    expect(due('2026-02-27', 1, 'day')).toMatchObject({ nominal: '2026-02-28', due: '2026-02-28', rolledOver: false });
    // 02-14 counts as a working day; 02-15 … 02-23 do not.
    expect(due('2026-02-13', 2, 'workday').due).toBe('2026-02-24');
  });

  it('treats the 2026-01-04 make-up Sunday as a working day', () => {
    expect(due('2026-01-01', 3, 'day')).toMatchObject({ nominal: '2026-01-04', due: '2026-01-04', rolledOver: false });
    expect(due('2025-12-31', 1, 'workday').due).toBe('2026-01-04');
  });

  it('rolls an ordinary weekend to Monday', () => {
    expect(due('2025-09-13', 7, 'day')).toMatchObject({ nominal: '2025-09-20', due: '2025-09-22', rolledOver: true });
  });

  it('reports a year without official data (2027) as not covered', () => {
    expect(due('2027-03-01', 10, 'day').calendarCovered).toBe(false);
    expect(due('2027-03-01', 10, 'day', true).calendarCovered).toBe(false);
    // A nominal date in 2026 that rolls into 2027 examined an uncovered day.
    expect(due('2026-12-30', 3, 'day')).toMatchObject({ nominal: '2027-01-02', due: '2027-01-04', calendarCovered: false });
    // Workdays stepped over into 2027 count too.
    expect(due('2026-12-20', 10, 'workday').calendarCovered).toBe(false);
    expect(due('2026-12-20', 3, 'workday').calendarCovered).toBe(true);
  });

  it('reports 2003 as not covered', () => {
    expect(due('2003-05-01', 3, 'day').calendarCovered).toBe(false);
    expect(due('2003-11-20', 1, 'month').calendarCovered).toBe(false);
    expect(due('2003-12-20', 1, 'month').calendarCovered).toBe(true); // nominal 2004-01-20
    // Starting in 2003 is fine when everything examined lies in 2004.
    expect(due('2003-12-31', 5, 'day').calendarCovered).toBe(true);
  });

  it('accepts amount 0 as nominal = start', () => {
    expect(due('2025-10-01', 0, 'day', true)).toMatchObject({ nominal: '2025-10-01', due: '2025-10-01' });
    expect(due('2025-10-01', 0, 'day')).toMatchObject({ nominal: '2025-10-01', due: '2025-10-09', rolledOver: true });
    expect(due('2025-10-01', 0, 'workday')).toMatchObject({ nominal: '2025-10-01', due: '2025-10-01', rolledOver: false });
    expect(due('2025-10-01', 0, 'month')).toMatchObject({ nominal: '2025-10-01' });
  });

  it('applies the month-end rules to February starts', () => {
    expect(due('2025-02-28', 1, 'month', true).nominal).toBe('2025-03-31');
    expect(due('2024-02-28', 1, 'month', true).nominal).toBe('2024-03-28');
    expect(due('2024-02-29', 12, 'month', true).nominal).toBe('2025-02-28');
    expect(due('2025-09-30', 1, 'month', true).nominal).toBe('2025-10-31');
  });
});
