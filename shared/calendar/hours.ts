// Hour periods and the clock, on Asia/Shanghai wall-clock time. China has kept UTC+8 without DST
// since 1991, so a fixed offset is exact; local-time Date would follow the machine's zone instead.
import { checkDayRange, daysFromCivil, fromDay, parsePacked, type CivilDate } from './civil';
import { invalidAmount, invalidDateTime } from './errors';

/** A civil date-time in Asia/Shanghai: `YYYY-MM-DDTHH:mm`. */
export type CivilDateTime = string;

const MINUTES_PER_DAY = 1440;
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;
/** Far beyond any hour period in the procedure law; catches minutes passed as hours. */
export const MAX_HOURS = 240000;

function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Minutes since 1970-01-01T00:00 of a `YYYY-MM-DDTHH:mm`; throws CalendarInputError('invalid-datetime'). */
function toMinutes(s: CivilDateTime): number {
  const p = typeof s === 'string' && s.length === 16 && s.charCodeAt(10) === 84 && s.charCodeAt(13) === 58
    ? parsePacked(s.slice(0, 10))
    : -1;
  const hh = p < 0 ? -1 : twoDigits(s, 11);
  const mm = p < 0 ? -1 : twoDigits(s, 14);
  if (p < 0 || hh < 0 || hh > 23 || mm < 0 || mm > 59) throw invalidDateTime(s);
  return daysFromCivil((p / 10000) | 0, ((p / 100) | 0) % 100, p % 100) * MINUTES_PER_DAY + hh * 60 + mm;
}

function checkHours(hours: number): number {
  if (typeof hours !== 'number' || !Number.isInteger(hours) || Math.abs(hours) > MAX_HOURS) {
    throw invalidAmount(hours, `expected a whole number of hours up to ${MAX_HOURS}`);
  }
  return hours;
}

function fromMinutes(total: number, amount: number): CivilDateTime {
  const d = Math.floor(total / MINUTES_PER_DAY);
  const min = total - d * MINUTES_PER_DAY;
  const h = Math.floor(min / 60);
  const m = min - h * 60;
  return `${fromDay(checkDayRange(d, amount))}T${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}

/**
 * Exact `start + hours` on the wall clock, to the minute. `hours` may be negative (e.g. a warning
 * 4 hours before the due time). For the expiry of a legal hour period use {@link hourPeriodEnd}.
 *
 * @example addHours('2025-12-31T21:30', 24) // '2026-01-01T21:30'
 */
export function addHours(startDateTime: CivilDateTime, hours: number): CivilDateTime {
  return fromMinutes(toMinutes(startDateTime) + checkHours(hours) * 60, hours);
}

/**
 * The expiry of an hour period under 刑诉法 105 ¶2 (开始的时不算在期间以内): the hour in which the
 * period starts is not counted, so counting begins at the next full hour. A 24-hour duty from
 * 10:20 ends at 11:00 the next day; one from 10:00 sharp, too (its hour, 10 o'clock, is the one
 * not counted).
 *
 * @example hourPeriodEnd('2025-09-22T10:20', 24) // '2025-09-23T11:00'
 */
export function hourPeriodEnd(startDateTime: CivilDateTime, hours: number): CivilDateTime {
  const start = toMinutes(startDateTime);
  const nextFullHour = (Math.floor(start / 60) + 1) * 60;
  return fromMinutes(nextFullHour + checkHours(hours) * 60, hours);
}

/**
 * The civil date in Asia/Shanghai at instant `now` — the `today` the engine expects.
 *
 * @example todayInShanghai(new Date('2025-09-07T16:30:00Z')) // '2025-09-08'
 */
export function todayInShanghai(now: Date = new Date()): CivilDate {
  const ms = now instanceof Date ? now.getTime() : Number.NaN;
  if (!Number.isFinite(ms)) throw invalidDateTime(String(now), 'expected a valid Date');
  return fromDay(Math.floor((ms + SHANGHAI_OFFSET_MS) / 86_400_000));
}

/**
 * The Asia/Shanghai wall-clock time at instant `now`, to the minute — the `now` the engine's
 * hour periods (24-hour notices) compare against.
 *
 * @example nowInShanghai(new Date('2025-09-07T16:30:00Z')) // '2025-09-08T00:30'
 */
export function nowInShanghai(now: Date = new Date()): CivilDateTime {
  const ms = now instanceof Date ? now.getTime() : Number.NaN;
  if (!Number.isFinite(ms)) throw invalidDateTime(String(now), 'expected a valid Date');
  const local = ms + SHANGHAI_OFFSET_MS;
  const minutes = Math.floor(local / 60_000) - Math.floor(local / 86_400_000) * 1440;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${fromDay(Math.floor(local / 86_400_000))}T${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}
