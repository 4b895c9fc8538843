// Civil-date arithmetic on integer day numbers (days since 1970-01-01), never on Date objects:
// a civil date has no time zone, and local-time Date would shift it on a machine outside UTC+8.
import { invalidAmount, invalidDate } from './errors';

/** A civil date as written in the API: `YYYY-MM-DD`. */
export type CivilDate = string;

export interface CivilDateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

/** Days from 1970-01-01 to y-m-d, proleptic Gregorian (H. Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = (((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) | 0) + d - 1;
  const doe = yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy;
  return era * 146097 + doe - 719468;
}

export const MIN_DAY = daysFromCivil(MIN_YEAR, 1, 1);
export const MAX_DAY = daysFromCivil(MAX_YEAR, 12, 31);

/** Inverse of daysFromCivil, packed as y * 10000 + m * 100 + d so the hot path allocates nothing. */
export function packedFromDays(z: number): number {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = ((doe - ((doe / 1460) | 0) + ((doe / 36524) | 0) - ((doe / 146096) | 0)) / 365) | 0;
  const doy = doe - (365 * yoe + ((yoe / 4) | 0) - ((yoe / 100) | 0));
  const mp = ((5 * doy + 2) / 153) | 0;
  const d = doy - (((153 * mp + 2) / 5) | 0) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return y * 10000 + m * 100 + d;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1000;
}

/**
 * Strict `YYYY-MM-DD` parse to y * 10000 + m * 100 + d, or -1 when malformed or impossible
 * (2025-02-30, 2025-9-8, 0000-01-01). Hand-rolled because it sits on the deadline hot path.
 */
export function parsePacked(s: unknown): number {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return -1;
  const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  const m = digit(s, 5) * 10 + digit(s, 6);
  const d = digit(s, 8) * 10 + digit(s, 9);
  if (y < MIN_YEAR || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return -1;
  return y * 10000 + m * 100 + d;
}

/** Day number of a `YYYY-MM-DD` string; throws CalendarInputError('invalid-date'). */
export function toDay(s: unknown): number {
  const p = parsePacked(s);
  if (p < 0) throw invalidDate(s);
  return daysFromCivil((p / 10000) | 0, ((p / 100) | 0) % 100, p % 100);
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : '' + n;
}

function formatUncached(z: number): string {
  const p = packedFromDays(z);
  const y = (p / 10000) | 0;
  const ys = y >= 1000 ? '' + y : ('000' + y).slice(-4);
  return ys + '-' + pad2(((p / 100) | 0) % 100) + '-' + pad2(p % 100);
}

// Deadlines cluster in a few decades; caching their strings keeps formatting off the hot path.
const CACHE_LO = daysFromCivil(1990, 1, 1);
const CACHE_HI = daysFromCivil(2100, 12, 31);
const formatCache: (string | undefined)[] = new Array<string | undefined>(CACHE_HI - CACHE_LO + 1);

/** `YYYY-MM-DD` for a day number. */
export function fromDay(z: number): CivilDate {
  if (z >= CACHE_LO && z <= CACHE_HI) {
    const i = z - CACHE_LO;
    return formatCache[i] ?? (formatCache[i] = formatUncached(z));
  }
  return formatUncached(z);
}

/** Throws when arithmetic leaves years 0001–9999, which `YYYY-MM-DD` cannot express. */
export function checkDayRange(z: number, amount: unknown): number {
  if (z < MIN_DAY || z > MAX_DAY) throw invalidAmount(amount, 'result outside years 0001–9999');
  return z;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDay(z: number): number {
  const r = (z + 4) % 7;
  return r < 0 ? r + 7 : r;
}

function checkInteger(n: unknown, what: string): number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) throw invalidAmount(n, `${what} must be a whole number`);
  return n;
}

/**
 * 高法解释 第二百零二条: a month runs to the same-numbered day of the target month; from the
 * last day of a month it runs to the last day of the target month; if the target month has no
 * such day, to its last day. Returns the day number.
 */
export function addMonthsPacked(p: number, n: number): number {
  const y = (p / 10000) | 0;
  const m = ((p / 100) | 0) % 100;
  const d = p % 100;
  const mi = y * 12 + (m - 1) + n;
  const ty = Math.floor(mi / 12);
  const tm = mi - ty * 12 + 1;
  if (ty < MIN_YEAR || ty > MAX_YEAR) return Number.NaN;
  const last = daysInMonth(ty, tm);
  const td = d === daysInMonth(y, m) || d > last ? last : d;
  return daysFromCivil(ty, tm, td);
}

/**
 * Parses a civil date into its parts; throws CalendarInputError('invalid-date') when malformed.
 *
 * @example parseCivilDate('2025-09-08') // { year: 2025, month: 9, day: 8 }
 */
export function parseCivilDate(date: string): CivilDateParts {
  const p = parsePacked(date);
  if (p < 0) throw invalidDate(date);
  return { year: (p / 10000) | 0, month: ((p / 100) | 0) % 100, day: p % 100 };
}

/**
 * True for a well-formed, existing `YYYY-MM-DD` date.
 *
 * @example isCivilDate('2024-02-29') // true;  isCivilDate('2025-9-8') // false
 */
export function isCivilDate(value: unknown): value is CivilDate {
  return parsePacked(value) >= 0;
}

/**
 * Calendar-day arithmetic; `n` may be negative.
 *
 * @example addDays('2025-09-24', 7) // '2025-10-01'
 */
export function addDays(date: CivilDate, n: number): CivilDate {
  return fromDay(checkDayRange(toDay(date) + checkInteger(n, 'days'), n));
}

/**
 * Month arithmetic with the month-end rules of 高法解释 202; `n` may be negative.
 *
 * @example addMonths('2025-04-30', 1) // '2025-05-31' (start on a month-end)
 * @example addMonths('2025-01-30', 1) // '2025-02-28' (February has no 30th)
 */
export function addMonths(date: CivilDate, n: number): CivilDate {
  const p = parsePacked(date);
  if (p < 0) throw invalidDate(date);
  return fromDay(checkDayRange(addMonthsPacked(p, checkInteger(n, 'months')), n));
}

/**
 * `b - a` in days.
 *
 * @example diffDays('2025-09-30', '2025-10-09') // 9
 */
export function diffDays(a: CivilDate, b: CivilDate): number {
  return toDay(b) - toDay(a);
}

/**
 * -1, 0 or 1 as `a` is before, equal to or after `b`; usable as a sort comparator.
 *
 * @example ['2025-10-09', '2025-10-01'].sort(compareDates)
 */
export function compareDates(a: CivilDate, b: CivilDate): -1 | 0 | 1 {
  const d = toDay(a) - toDay(b);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/**
 * Day of the week, 0 = Sunday … 6 = Saturday (as `Date#getUTCDay`).
 *
 * @example dayOfWeek('2025-09-28') // 0 (a Sunday, though a make-up working day)
 */
export function dayOfWeek(date: CivilDate): number {
  return weekdayOfDay(toDay(date));
}
