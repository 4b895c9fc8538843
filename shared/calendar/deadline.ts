// Legal periods under 刑事诉讼法 第一百零五条 and 高法解释 第二百零二条. This is the hot path of every
// rule check, so it works on integer day numbers and allocates only the result.
import { COVERED, dayFlags, defaultCalendar, WORK, type Calendar } from './calendar';
import { addMonthsPacked, checkDayRange, daysFromCivil, fromDay, parsePacked, type CivilDate } from './civil';
import { invalidAmount, invalidDate, invalidUnit } from './errors';

export type PeriodUnit = 'day' | 'month' | 'workday';

export interface Period {
  /** Whole number of units, 0–{@link MAX_PERIOD_AMOUNT}; 0 gives `nominal = start`. */
  amount: number;
  unit: PeriodUnit;
}

export interface DeadlineInput {
  /** The day the period starts from; it is not counted. */
  start: CivilDate;
  period: Period;
  /** The suspect is held under 拘留 or 逮捕: a deadline on a rest day is not extended. */
  inCustody: boolean;
  calendar?: Calendar;
}

export interface Deadline {
  /** Expiry by pure arithmetic. */
  nominal: CivilDate;
  /** Expiry after the rest-day rule; equals `nominal` in custody and for workday periods. */
  due: CivilDate;
  /** `due !== nominal`. */
  rolledOver: boolean;
  /** False when any date examined lies in a year without official data: the result is a guess. */
  calendarCovered: boolean;
}

/** The largest accepted amount: beyond any procedural period, small enough to catch unit mix-ups. */
export const MAX_PERIOD_AMOUNT = 10000;

/**
 * Computes a procedural period's expiry.
 *
 * - The start day is not counted (105 ¶2): `day` = start + n days.
 * - `month`: same-numbered day of the target month; from a month-end, the target month's last
 *   day; no such day in the target month, its last day (高法解释 202).
 * - `workday`: the n-th official working day after the start (规则 49); make-up days count.
 * - A last day on a rest day moves to the first working day after it (105 ¶4), except while the
 *   suspect is in custody; workday periods cannot end on a rest day and never move.
 *
 * Throws CalendarInputError on a malformed date, amount or unit.
 *
 * @example
 * computeDeadline({ start: '2025-09-08', period: { amount: 1, unit: 'month' }, inCustody: false })
 * // { nominal: '2025-10-08', due: '2025-10-09', rolledOver: true, calendarCovered: true }
 */
export function computeDeadline(input: DeadlineInput): Deadline {
  return computeDeadlineIn(input.calendar ?? defaultCalendar(), input);
}

/**
 * {@link computeDeadline} on a calendar the caller holds (`input.calendar` is not read): the engine's
 * form, which never reaches for the bundled data (the content script evaluates with the calendar
 * the background sends and carries no holiday table).
 */
/**
 * The day numbers (days since 1970-01-01) of the last {@link computeDeadlineIn} result: its start,
 * nominal expiry and due date, for a caller that goes on in day numbers (the engine's context)
 * without parsing the dates again. Valid until the next call.
 */
export const lastDeadlineDays: [start: number, nominal: number, due: number] = [0, 0, 0];

export function computeDeadlineIn(cal: Calendar, input: DeadlineInput): Deadline {
  const { start, period, inCustody } = input;
  const p = parsePacked(start);
  if (p < 0) throw invalidDate(start);
  if (typeof inCustody !== 'boolean') throw new TypeError(`inCustody must be a boolean, got ${String(inCustody)}`);
  const amount = period?.amount;
  if (typeof amount !== 'number' || !Number.isInteger(amount) || amount < 0 || amount > MAX_PERIOD_AMOUNT) {
    throw invalidAmount(amount, `expected a whole number from 0 to ${MAX_PERIOD_AMOUNT}`);
  }
  const unit = period.unit;
  const s = daysFromCivil((p / 10000) | 0, ((p / 100) | 0) % 100, p % 100);

  let nominal: number;
  let due: number;
  let covered: number;
  if (unit === 'workday') {
    // Count forward over official working days only; the result is itself a working day and never moves.
    let f = dayFlags(cal, (due = s));
    covered = amount === 0 ? f & COVERED : COVERED;
    for (let left = amount; left > 0; ) {
      f = dayFlags(cal, ++due);
      covered &= f;
      if (f & WORK) left--;
    }
    nominal = checkDayRange(due, amount);
  } else {
    if (unit === 'day') nominal = s + amount;
    else if (unit === 'month') nominal = addMonthsPacked(p, amount);
    else throw invalidUnit(unit);
    checkDayRange(nominal, amount);
    let f = dayFlags(cal, nominal);
    covered = f & COVERED;
    due = nominal;
    // 105 ¶4: a last day on a holiday moves to the first day after it — unless in custody.
    if (!inCustody) {
      while ((f & WORK) === 0) {
        f = dayFlags(cal, ++due);
        covered &= f;
      }
    }
  }
  lastDeadlineDays[0] = s;
  lastDeadlineDays[1] = nominal;
  lastDeadlineDays[2] = due;
  const n = fromDay(nominal);
  return {
    nominal: n,
    due: due === nominal ? n : fromDay(due),
    rolledOver: due !== nominal,
    calendarCovered: covered !== 0,
  };
}
