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

/**
 * Exact `start + hours` on the wall clock. 刑诉法 105 strictly starts an hour period at the next
 * full hour; we use the exact minute, which is never later (doubt D5). `hours` may be negative
 * (e.g. a warning 4 hours before the due time).
 *
 * @example addHours('2025-12-31T21:30', 24) // '2026-01-01T21:30'
 */
export function addHours(startDateTime: CivilDateTime, hours: number): CivilDateTime {
  const s = startDateTime;
  const p = typeof s === 'string' && s.length === 16 && s.charCodeAt(10) === 84 && s.charCodeAt(13) === 58
    ? parsePacked(s.slice(0, 10))
    : -1;
  const hh = p < 0 ? -1 : twoDigits(s, 11);
  const mm = p < 0 ? -1 : twoDigits(s, 14);
  if (p < 0 || hh < 0 || hh > 23 || mm < 0 || mm > 59) throw invalidDateTime(startDateTime);
  if (typeof hours !== 'number' || !Number.isInteger(hours) || Math.abs(hours) > MAX_HOURS) {
    throw invalidAmount(hours, `expected a whole number of hours up to ${MAX_HOURS}`);
  }
  const day = daysFromCivil((p / 10000) | 0, ((p / 100) | 0) % 100, p % 100);
  const total = day * MINUTES_PER_DAY + hh * 60 + mm + hours * 60;
  const d = Math.floor(total / MINUTES_PER_DAY);
  const min = total - d * MINUTES_PER_DAY;
  const h = Math.floor(min / 60);
  const m = min - h * 60;
  return `${fromDay(checkDayRange(d, hours))}T${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
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
