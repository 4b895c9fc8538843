// The ledger's calendar: a defect belongs to the civil year, month and quarter (Asia/Shanghai) of
// its first red observation.
import { todayInShanghai } from '../calendar';

export interface LedgerPeriod {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–4 */
  quarter: number;
  /** `YYYY-MM-DD` in Asia/Shanghai */
  date: string;
}

/**
 * Where an instant falls in the Asia/Shanghai calendar.
 * @example ledgerPeriod('2025-12-31T16:30:00Z') // { year: 2026, month: 1, quarter: 1, date: '2026-01-01' }
 */
export function ledgerPeriod(instant: string | Date): LedgerPeriod {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`not an instant: ${String(instant)}`);
  const date = todayInShanghai(new Date(ms));
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return { year, month, quarter: quarterOfMonth(month), date };
}

export function quarterOfMonth(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

/** The months of a quarter, e.g. 2 → [4, 5, 6]. */
export function monthsOfQuarter(quarter: number): [number, number, number] {
  const first = (quarter - 1) * 3 + 1;
  return [first, first + 1, first + 2];
}

/** An instant as the ledger stores it: UTC ISO with milliseconds, so text order is time order. */
export function normalizeInstant(instant: string): string {
  const ms = Date.parse(instant);
  if (!Number.isFinite(ms)) throw new RangeError(`not an instant: ${instant}`);
  return new Date(ms).toISOString();
}

export const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;
export const quarterKey = (year: number, quarter: number) => `${year}-Q${quarter}`;
