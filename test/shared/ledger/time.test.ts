import { describe, expect, it } from 'vitest';
import { ledgerPeriod, monthKey, monthsOfQuarter, normalizeInstant, quarterKey, quarterOfMonth } from '../../../shared/ledger/index.ts';

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

  it('names months and quarters', () => {
    expect(quarterOfMonth(3)).toBe(1);
    expect(quarterOfMonth(4)).toBe(2);
    expect(monthsOfQuarter(4)).toEqual([10, 11, 12]);
    expect(monthKey(2025, 3)).toBe('2025-03');
    expect(quarterKey(2025, 2)).toBe('2025-Q2');
  });
});
