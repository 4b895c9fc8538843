// The ledger's calendar: a defect belongs to the civil year, month and quarter (Asia/Shanghai) of
// its first red observation.
import { daysFromCivil, daysInMonth, fromDay } from '../calendar/civil';

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
  const ms = typeof instant === 'string' ? instantMs(instant) : instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`not an instant: ${String(instant)}`);
  const date = shanghaiDateOf(ms);
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

const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/** The civil date in Asia/Shanghai at `ms` (a valid time), as todayInShanghai gives it, without a Date. */
export function shanghaiDateOf(ms: number): string {
  return fromDay(Math.floor((ms + SHANGHAI_OFFSET_MS) / 86_400_000));
}

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;
const num = (s: string, from: number, to: number) => {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = digit(s, i);
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
};

/**
 * The time of a canonical instant (`YYYY-MM-DDTHH:MM:SS.sssZ`, what normalizeInstant answers and
 * what extensions send), or -1 when `s` is not one with every part in range. Read without `Date`:
 * on the ingest path Date.parse and toISOString cost a few microseconds per event (issue 12).
 */
export function canonicalInstantMs(s: string): number {
  if (s.length !== 24 || s.charCodeAt(23) !== 90 /* Z */ || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 /* T */
    || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58 || s.charCodeAt(19) !== 46) return -1;
  const y = num(s, 0, 4); const m = num(s, 5, 7); const d = num(s, 8, 10);
  const h = num(s, 11, 13); const mi = num(s, 14, 16); const sec = num(s, 17, 19); const milli = num(s, 20, 23);
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m) || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59 || milli < 0) return -1;
  return daysFromCivil(y, m, d) * 86_400_000 + ((h * 60 + mi) * 60 + sec) * 1000 + milli;
}

/**
 * An instant's time in milliseconds (as Date.parse) and its normal form (as normalizeInstant), read
 * once; undefined when it is not an instant. A canonical instant is its own normal form.
 */
export function readInstant(instant: string): { ms: number; iso: string } | undefined {
  const canonical = canonicalInstantMs(instant);
  if (canonical >= 0) return { ms: canonical, iso: instant };
  const ms = Date.parse(instant);
  return Number.isFinite(ms) ? { ms, iso: new Date(ms).toISOString() } : undefined;
}

/** The time of an instant in milliseconds (as Date.parse), NaN when it is not one. */
export function instantMs(instant: string): number {
  const ms = canonicalInstantMs(instant);
  return ms >= 0 ? ms : Date.parse(instant);
}

/** An instant as the ledger stores it: UTC ISO with milliseconds, so text order is time order. */
export function normalizeInstant(instant: string): string {
  const r = readInstant(instant);
  if (r === undefined) throw new RangeError(`not an instant: ${instant}`);
  return r.iso;
}

export const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;
export const quarterKey = (year: number, quarter: number) => `${year}-Q${quarter}`;
