// The working-day calendar: bundled State Council data plus local overrides, flattened into one
// byte per day so deadline computation is an array lookup.
import { BUNDLED_COVERED_YEARS, BUNDLED_HOLIDAYS, BUNDLED_WORKDAYS } from './holidays-data';
import { daysFromCivil, fromDay, MAX_YEAR, MIN_YEAR, parsePacked, toDay, weekdayOfDay, type CivilDate } from './civil';
import { CalendarInputError, invalidDate } from './errors';

/** Bit 0 of a day's flags: it is a working day. */
export const WORK = 1;
/** Bit 1 of a day's flags: its year has official holiday data. */
export const COVERED = 2;

/**
 * An immutable working-day calendar. Build one with {@link createCalendar}; functions that take
 * an optional calendar use the bundled official data when it is omitted.
 */
export interface Calendar {
  /** Years with official data (bundled plus declared by overrides), ascending. */
  readonly coveredYears: readonly number[];
  /** The override lists as given, sorted and de-duplicated. */
  readonly overrides: { readonly holidays: readonly CivilDate[]; readonly workdays: readonly CivilDate[] };
  /** @internal Day number of `flags[0]`. */
  readonly lo: number;
  /** @internal WORK | COVERED per day from `lo`; days outside are uncovered, Mon–Fri working. */
  readonly flags: Uint8Array;
}

export interface CalendarOverrides {
  /** Extra rest days (a local rest day, a late State Council change); beats a make-up day. */
  holidays?: readonly CivilDate[];
  /** Extra working days; beats an official holiday. */
  workdays?: readonly CivilDate[];
  /** Years the override data fully covers, e.g. a province entering 2027 before the package does. */
  coveredYears?: readonly number[];
}

const OVERRIDE_KEYS = new Set(['holidays', 'workdays', 'coveredYears']);

/** The first problem with `o` as CalendarOverrides (`path: reason`); checked by hand so the content script needs no zod. */
function overridesProblem(o: unknown): string | undefined {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return '(root): expected an object';
  for (const [k, v] of Object.entries(o)) {
    if (!OVERRIDE_KEYS.has(k)) return `${k}: unrecognized key`;
    if (v === undefined) continue;
    if (!Array.isArray(v)) return `${k}: expected an array`;
    for (const [i, x] of v.entries()) {
      if (k === 'coveredYears') {
        if (typeof x !== 'number' || !Number.isInteger(x) || x < MIN_YEAR || x > MAX_YEAR) return `${k}.${i}: expected a year from ${MIN_YEAR} to ${MAX_YEAR}`;
      } else if (typeof x !== 'string') return `${k}.${i}: expected a string`;
    }
  }
  return undefined;
}

/** Flags of day `d` under `cal`: the one lookup every computation goes through. */
export function dayFlags(cal: Calendar, d: number): number {
  const i = d - cal.lo;
  if (i >= 0 && i < cal.flags.length) return cal.flags[i];
  const w = weekdayOfDay(d);
  return w === 0 || w === 6 ? 0 : WORK;
}

function expand(table: Readonly<Record<number, string>>): number[] {
  const out: number[] = [];
  for (const [year, list] of Object.entries(table)) {
    if (list === '') continue;
    for (const mmdd of list.split(' ')) {
      out.push(daysFromCivil(Number(year), Number(mmdd.slice(0, 2)), Number(mmdd.slice(2))));
    }
  }
  return out;
}

function build(coveredYears: readonly number[], holidays: readonly CivilDate[], workdays: readonly CivilDate[]): Calendar {
  const extraHolidays = holidays.map(toDay);
  const extraWorkdays = workdays.map(toDay);
  const years = [...coveredYears, ...[...holidays, ...workdays].map((d) => (parsePacked(d) / 10000) | 0)];
  const lo = daysFromCivil(Math.min(...years), 1, 1);
  const hi = daysFromCivil(Math.max(...years), 12, 31);
  const flags = new Uint8Array(hi - lo + 1);
  const covered = new Set(coveredYears);
  for (let y = Math.min(...years); y <= Math.max(...years); y++) {
    const start = daysFromCivil(y, 1, 1) - lo;
    const end = daysFromCivil(y + 1, 1, 1) - lo;
    const cov = covered.has(y) ? COVERED : 0;
    for (let i = start; i < end; i++) {
      const w = weekdayOfDay(lo + i);
      flags[i] = cov | (w === 0 || w === 6 ? 0 : WORK);
    }
  }
  // Order matters: official holidays, then official make-up days, then local overrides on top.
  for (const d of expand(BUNDLED_HOLIDAYS)) if (d >= lo && d <= hi) flags[d - lo] &= ~WORK;
  for (const d of expand(BUNDLED_WORKDAYS)) if (d >= lo && d <= hi) flags[d - lo] |= WORK;
  for (const d of extraHolidays) flags[d - lo] &= ~WORK;
  for (const d of extraWorkdays) flags[d - lo] |= WORK;
  return Object.freeze({
    coveredYears: Object.freeze([...covered].sort((a, b) => a - b)),
    overrides: Object.freeze({ holidays: Object.freeze([...holidays]), workdays: Object.freeze([...workdays]) }),
    lo,
    flags,
  });
}

let bundled: Calendar | undefined;

/** The calendar of the bundled official data, built on first use. */
export function defaultCalendar(): Calendar {
  return (bundled ??= build(BUNDLED_COVERED_YEARS, [], []));
}

function normaliseDates(list: readonly string[] | undefined): CivilDate[] {
  const out = new Set<string>();
  for (const d of list ?? []) {
    if (parsePacked(d) < 0) throw invalidDate(d);
    out.add(d);
  }
  return [...out].sort();
}

/**
 * A calendar with local overrides layered on the bundled official data. Throws
 * CalendarInputError('invalid-date') for a malformed date or a date listed both ways.
 *
 * @example
 * // A local rest day, and a province entering 2027 before the package has it:
 * const cal = createCalendar({ holidays: ['2025-10-09'], coveredYears: [2027], workdays: ['2027-02-20'] });
 * computeDeadline({ start: '2025-09-23', period: { amount: 15, unit: 'day' }, inCustody: false, calendar: cal }).due
 * // '2025-10-10'
 */
export function createCalendar(overrides: CalendarOverrides = {}): Calendar {
  const problem = overridesProblem(overrides);
  if (problem !== undefined) throw new CalendarInputError('invalid-date', `无效日历覆盖数据 / invalid calendar overrides: ${problem}`, overrides);
  const parsed = { data: overrides };
  const holidays = normaliseDates(parsed.data.holidays);
  const workdays = normaliseDates(parsed.data.workdays);
  const both = holidays.filter((d) => workdays.includes(d));
  if (both.length > 0) throw invalidDate(both[0], 'listed both as a holiday and as a workday');
  const covered = [...new Set([...BUNDLED_COVERED_YEARS, ...(parsed.data.coveredYears ?? [])])];
  return build(covered, holidays, workdays);
}

/**
 * Whether `date` is an official working day: a make-up (调休) day is; Monday–Friday is unless it
 * is a holiday; an ordinary weekend is not. Years without data fall back to Monday–Friday —
 * check {@link coveredYears} (computeDeadline reports it as `calendarCovered`).
 *
 * @example isWorkday('2025-09-28') // true (Sunday, make-up working day)
 * @example isWorkday('2025-10-08') // false (National Day holiday)
 */
export function isWorkday(date: CivilDate, calendar?: Calendar): boolean {
  return isWorkdayIn(calendar ?? defaultCalendar(), date);
}

/** {@link isWorkday} on a calendar the caller holds (the engine's form: no bundled data reached for). */
export function isWorkdayIn(cal: Calendar, date: CivilDate): boolean {
  return (dayFlags(cal, toDay(date)) & WORK) !== 0;
}

/**
 * The last working day strictly before `date`: where staff must act when an in-custody
 * deadline falls on a rest day, since 刑诉法 105 does not extend it.
 *
 * @example lastWorkdayBefore('2025-10-01') // '2025-09-30'
 */
export function lastWorkdayBefore(date: CivilDate, calendar?: Calendar): CivilDate {
  const cal = calendar ?? defaultCalendar();
  let d = toDay(date) - 1;
  while ((dayFlags(cal, d) & WORK) === 0) d--;
  return fromDay(d);
}

/**
 * Number of working days in `(from, to]`; negative when `to` is before `from`.
 *
 * @example countWorkdays('2025-09-26', '2025-09-30') // 3 (09-28 make-up, 09-29, 09-30)
 */
export function countWorkdays(from: CivilDate, to: CivilDate, calendar?: Calendar): number {
  const cal = calendar ?? defaultCalendar();
  const a = toDay(from);
  const b = toDay(to);
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  let n = 0;
  for (let d = lo + 1; d <= hi; d++) if ((dayFlags(cal, d) & WORK) !== 0) n++;
  return a <= b ? n : -n;
}

/**
 * Years whose official arrangement the calendar holds; dates elsewhere are computed on
 * Monday–Friday alone and reported as not covered.
 *
 * @example coveredYears().at(-1) // 2026 with chinese-days 1.5.7
 */
export function coveredYears(calendar?: Calendar): readonly number[] {
  return (calendar ?? defaultCalendar()).coveredYears;
}

/**
 * Whether the year of `date` has the official arrangement (bundled, or declared by overrides):
 * only then can a rest-day rollover or a working-day count be trusted.
 *
 * @example isYearCovered('2026-10-01') // true with chinese-days 1.5.7;  isYearCovered('2027-01-04') // false
 */
export function isYearCovered(date: CivilDate, calendar?: Calendar): boolean {
  return isYearCoveredIn(calendar ?? defaultCalendar(), date);
}

/** {@link isYearCovered} on a calendar the caller holds (the engine's form: no bundled data reached for). */
export function isYearCoveredIn(cal: Calendar, date: CivilDate): boolean {
  const p = parsePacked(date);
  if (p < 0) throw invalidDate(date);
  return cal.coveredYears.includes((p / 10000) | 0);
}

/**
 * The years whose official arrangement is needed but not loaded, as of `today`: the current year,
 * and from 1 November (when the State Council usually publishes the coming year's notice and
 * one-month periods start to end in it) the next year too. Empty when everything is loaded.
 *
 * @example missingCalendarYears('2026-11-01') // [2027] with chinese-days 1.5.7
 * @example missingCalendarYears('2026-10-31') // []
 */
export function missingCalendarYears(today: CivilDate, calendar?: Calendar): number[] {
  const p = parsePacked(today);
  if (p < 0) throw invalidDate(today);
  const year = (p / 10000) | 0;
  const years = ((p / 100) | 0) % 100 >= 11 ? [year, year + 1] : [year];
  const covered = (calendar ?? defaultCalendar()).coveredYears;
  return years.filter((y) => !covered.includes(y));
}

/** One entered day of a year's arrangement: a rest day or a make-up working day (调休). */
export interface DayOverride {
  readonly date: CivilDate;
  readonly kind: 'holiday' | 'workday';
}

/**
 * The calendar of the administrator's overrides (the companion's calendar-overrides list) on top
 * of the bundled data. A year with any entered day counts as loaded: the dashboard enters a year's
 * whole State Council arrangement at once, and from then on its deadlines may light red.
 * Throws CalendarInputError like {@link createCalendar}.
 *
 * @example calendarFromOverrides([{ date: '2027-01-01', kind: 'holiday' }]).coveredYears.includes(2027) // true
 */
export function calendarFromOverrides(list: readonly DayOverride[]): Calendar {
  return createCalendar({
    holidays: list.filter((o) => o.kind === 'holiday').map((o) => o.date),
    workdays: list.filter((o) => o.kind === 'workday').map((o) => o.date),
    coveredYears: [...new Set(list.map((o) => (parsePacked(o.date) / 10000) | 0).filter((y) => y > 0))],
  });
}
