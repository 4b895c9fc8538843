import { describe, expect, it } from 'vitest';
import { canonicalInstantMs, instantMs, readInstant, ledgerPeriod, monthKey, monthsOfQuarter, normalizeInstant, quarterKey, quarterOfMonth, shanghaiDateOf } from '../../../shared/ledger/index.ts';
import { todayInShanghai } from '../../../shared/calendar/index.ts';

describe('ledger calendar (Asia/Shanghai)', () => {
  it('puts an instant in the Shanghai civil year, month and quarter', () => {
    expect(ledgerPeriod('2025-12-31T16:30:00Z')).toEqual({ year: 2026, month: 1, quarter: 1, date: '2026-01-01' });
    expect(ledgerPeriod('2025-12-31T15:59:59Z')).toEqual({ year: 2025, month: 12, quarter: 4, date: '2025-12-31' });
    expect(ledgerPeriod('2025-07-01T00:00:00+08:00').quarter).toBe(3);
  });

  it('normalises instants so text order is time order', () => {
    expect(normalizeInstant('2025-04-05T09:00:00+08:00')).toBe('2025-04-05T01:00:00.000Z');
    expect(() => normalizeInstant('yesterday')).toThrow(RangeError);
  });

  it('reads canonical instants without Date exactly as Date.parse and toISOString do', () => {
    // Fixed edge cases: leap days, month ends, out-of-range parts (which Date.parse rolls over or refuses).
    const edges = ['2024-02-29T23:59:59.999Z', '2025-02-28T00:00:00.000Z', '2025-02-29T00:00:00.000Z', '2025-02-30T12:00:00.000Z',
      '2024-02-29T24:00:00.000Z', '2025-13-01T00:00:00.000Z', '2025-01-01T23:60:00.000Z', '2025-01-01T23:59:60.000Z', '2000-01-01T00:00:00.000Z',
      '1999-12-31T16:00:00.000Z', '2025-04-31T00:00:00.000Z', '2025-1a-01T00:00:00.000Z', '2025-01-01T00:00:00.000+', '2025-01-01 00:00:00.000Z'];
    // And 2,000 random instants between 1990 and 2100, every one canonical.
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const randoms = Array.from({ length: 2000 }, () => new Date(Date.UTC(1990, 0, 1) + Math.floor(random() * 110 * 365.25 * 86_400_000)).toISOString());
    for (const s of [...edges, ...randoms]) {
      const parsed = Date.parse(s);
      expect(instantMs(s), s).toBe(parsed);
      expect(readInstant(s), s).toEqual(Number.isFinite(parsed) ? { ms: parsed, iso: new Date(parsed).toISOString() } : undefined);
      if (Number.isFinite(parsed)) {
        expect(normalizeInstant(s), s).toBe(new Date(parsed).toISOString());
        expect(shanghaiDateOf(parsed), s).toBe(todayInShanghai(new Date(parsed)));
        expect(ledgerPeriod(s).date, s).toBe(todayInShanghai(new Date(parsed)));
      }
      // The fast path takes only what toISOString would give back unchanged.
      const fast = canonicalInstantMs(s);
      if (fast >= 0) expect(new Date(fast).toISOString(), s).toBe(s);
    }
    expect(canonicalInstantMs('2025-02-30T12:00:00.000Z')).toBe(-1);
    expect(canonicalInstantMs('2024-02-29T24:00:00.000Z')).toBe(-1);
    expect(normalizeInstant('2024-02-29T24:00:00.000Z')).toBe('2024-03-01T00:00:00.000Z');
  });

  it('names months and quarters', () => {
    expect(quarterOfMonth(3)).toBe(1);
    expect(quarterOfMonth(4)).toBe(2);
    expect(monthsOfQuarter(4)).toEqual([10, 11, 12]);
    expect(monthKey(2025, 3)).toBe('2025-03');
    expect(quarterKey(2025, 2)).toBe('2025-Q2');
  });
});
