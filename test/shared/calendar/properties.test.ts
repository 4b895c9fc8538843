// Property tests: the invariants of 刑诉法 105 / 高法解释 202, checked against the calendar and
// against plain UTC Date arithmetic as an independent reference.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  addDays, addMonths, computeDeadline, countWorkdays, createCalendar, diffDays, isWorkday, type PeriodUnit,
} from '../../../shared/calendar';

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dateIn = (fromYear: number, toYear: number) =>
  fc.integer({ min: Date.UTC(fromYear, 0, 1) / DAY_MS, max: Date.UTC(toYear, 11, 31) / DAY_MS }).map((d) => iso(d * DAY_MS));
const lastDay = (y: number, m1: number) => new Date(Date.UTC(y, m1, 0)).getUTCDate();

const start = dateIn(2004, 2030);
const amount = fc.integer({ min: 0, max: 400 });
const unit = fc.constantFrom<PeriodUnit>('day', 'month', 'workday');
const runs = { numRuns: 2000 };

describe('period properties', () => {
  it('in custody, due === nominal', () => {
    fc.assert(
      fc.property(start, amount, unit, (s, n, u) => {
        const r = computeDeadline({ start: s, period: { amount: n, unit: u }, inCustody: true });
        expect(r.due).toBe(r.nominal);
        expect(r.rolledOver).toBe(false);
      }),
      runs,
    );
  });

  it('not in custody, due is the first working day on or after nominal', () => {
    fc.assert(
      fc.property(start, amount, fc.constantFrom<PeriodUnit>('day', 'month'), (s, n, u) => {
        const r = computeDeadline({ start: s, period: { amount: n, unit: u }, inCustody: false });
        expect(isWorkday(r.due)).toBe(true);
        expect(r.due >= r.nominal).toBe(true);
        for (let d = r.nominal; d < r.due; d = addDays(d, 1)) expect(isWorkday(d)).toBe(false);
        expect(r.rolledOver).toBe(r.due !== r.nominal);
      }),
      runs,
    );
  });

  it('day periods: nominal = start + n days (start day not counted)', () => {
    fc.assert(
      fc.property(start, amount, fc.boolean(), (s, n, c) => {
        const r = computeDeadline({ start: s, period: { amount: n, unit: 'day' }, inCustody: c });
        expect(r.nominal).toBe(iso(Date.parse(s) + n * DAY_MS));
      }),
      runs,
    );
  });

  it('workday periods land on a working day with exactly n working days in (start, result]', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 400 }), fc.boolean(), (s, n, c) => {
        const r = computeDeadline({ start: s, period: { amount: n, unit: 'workday' }, inCustody: c });
        expect(r.due).toBe(r.nominal);
        expect(r.rolledOver).toBe(false);
        expect(isWorkday(r.due)).toBe(true);
        let count = 0;
        for (let d = addDays(s, 1); d <= r.due; d = addDays(d, 1)) if (isWorkday(d)) count++;
        expect(count).toBe(n);
        expect(countWorkdays(s, r.due)).toBe(n);
      }),
      { numRuns: 300 },
    );
  });

  it('month periods follow the month-end rules', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 400 }), (s, n) => {
        const [y, m, d] = s.split('-').map(Number);
        const target = new Date(Date.UTC(y, m - 1 + n, 1));
        const ty = target.getUTCFullYear();
        const tm = target.getUTCMonth() + 1;
        const expectedDay = d === lastDay(y, m) ? lastDay(ty, tm) : Math.min(d, lastDay(ty, tm));
        const r = computeDeadline({ start: s, period: { amount: n, unit: 'month' }, inCustody: true });
        expect(r.nominal).toBe(iso(Date.UTC(ty, tm - 1, expectedDay)));
        expect(addMonths(s, n)).toBe(r.nominal);
      }),
      runs,
    );
  });

  it('calendarCovered is true exactly when every examined year has data (bundled: 2004–2026)', () => {
    fc.assert(
      fc.property(start, amount, fc.constantFrom<PeriodUnit>('day', 'month'), fc.boolean(), (s, n, u, c) => {
        const r = computeDeadline({ start: s, period: { amount: n, unit: u }, inCustody: c });
        const inData = (d: string) => d >= '2004-01-01' && d <= '2026-12-31';
        expect(r.calendarCovered).toBe(inData(r.nominal) && inData(r.due));
      }),
      runs,
    );
  });

  it('no input in range throws, with or without a calendar', () => {
    const cal = createCalendar({ holidays: ['2025-10-09'], workdays: ['2025-10-12'], coveredYears: [2027] });
    fc.assert(
      fc.property(start, amount, unit, fc.boolean(), fc.boolean(), (s, n, u, c, withCal) => {
        const r = computeDeadline({ start: s, period: { amount: n, unit: u }, inCustody: c, calendar: withCal ? cal : undefined });
        expect(r.nominal).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('date arithmetic properties', () => {
  const anyDate = dateIn(1900, 2200);
  const delta = fc.integer({ min: -40000, max: 40000 });

  it('addDays and diffDays round-trip', () => {
    fc.assert(
      fc.property(anyDate, delta, (d, n) => {
        const e = addDays(d, n);
        expect(diffDays(d, e)).toBe(n);
        expect(addDays(e, -n)).toBe(d);
      }),
      runs,
    );
  });

  it('addDays agrees with UTC Date arithmetic', () => {
    fc.assert(
      fc.property(anyDate, delta, (d, n) => {
        expect(addDays(d, n)).toBe(iso(Date.parse(d) + n * DAY_MS));
      }),
      runs,
    );
  });
});
