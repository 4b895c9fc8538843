// RuleContext implementation: the calendar, bound once per evaluation, and the configured warning
// window of the rule being checked (`cfg`, set before each rule's check: one context per
// evaluation, not one per rule). Deadline arithmetic is the shared calendar's; this adds the yellow
// warning period.
import {
  addDays,
  addHours,
  addMonths,
  hourPeriodEnd,
  diffDays,
  type Calendar,
  type CivilDate,
  type CivilDateTime,
  type Period,
} from '../calendar';
import type { FieldId, FieldIssue } from '../case';
import type {
  AnyDeadline,
  DayDeadline,
  DeadlineOptions,
  HourDeadline,
  Outcome,
  PendingState,
  RuleContext,
} from '../rules/lib/types';
import { dayFlags, isWorkdayIn, WORK } from '../calendar/calendar';
import { computeDeadlineIn, lastDeadlineDays } from '../calendar/deadline';
import { checkDayRange, fromDay } from '../calendar/civil';
import type { ResolvedRuleConfig } from './config';

export class Context implements RuleContext {
  constructor(
    readonly today: CivilDate,
    readonly now: CivilDateTime | undefined,
    readonly inputIssues: readonly FieldIssue[],
    /** The evaluation's calendar: the caller's, or the bundled one `evaluate`/`decide` of shared/engine default to. */
    private readonly calendar: Calendar,
    /** The settings of the rule being checked; the engine sets it before each check. */
    public cfg: ResolvedRuleConfig,
  ) {}

  option<T extends boolean | number | string>(name: string): T {
    return this.cfg.options[name] as T;
  }

  private warningDays(variant: string | undefined): number {
    const w = this.cfg.warningDays;
    if (typeof w === 'number') return w;
    return (variant !== undefined ? w[variant] : undefined) ?? w.default ?? 0;
  }

  deadline(start: CivilDate, period: Period, o: DeadlineOptions): DayDeadline {
    const cal = this.calendar;
    // 刑诉法 105 ④ as written, for every period: a rest-day end moves on unless in custody.
    let d = computeDeadlineIn(cal, { start, period, inCustody: o.inCustody });
    const startDay = lastDeadlineDays[0];
    const excluded = o.excludedDays !== undefined && o.excludedDays > 0 ? Math.floor(o.excludedDays) : 0;
    if (excluded > 0) {
      // 刑诉法 149: excluded days lengthen the period; the rest-day rule applies to the new end.
      d = computeDeadlineIn(cal, { start: addDays(d.nominal, excluded), period: { amount: 0, unit: 'day' }, inCustody: o.inCustody });
    }
    // A unit's stricter internal date: the nominal expiry the law moved (yellow, never red).
    const internalDue = this.cfg.internalNominalDue && d.rolledOver ? d.nominal : undefined;
    const w = this.warningDays(o.variant);
    // In day numbers from here on: each date is parsed once, each result formatted once.
    const work = (z: number) => (dayFlags(cal, z) & WORK) !== 0;
    // The last working day on or before the date to act by: staff will not be at work on a rest
    // day, and an in-custody deadline is not extended (rules-catalogue §1.2, §3.1).
    const actBy = lastDeadlineDays[internalDue !== undefined ? 1 : 2];
    let lastWork = actBy;
    while (!work(lastWork)) lastWork--;
    // "remainingWorkdays ≤ 1" (§3.1): countWorkdays(today, due) = working days in (today, due] is
    // at most 1 from the working day before lastWork on, e.g. 2025-09-30 for a 2025-10-09 due date
    // after National Day. Not on the start day itself (not counted, 刑诉法 105), so a one-working-day
    // period stays green the day it begins. Only moves yellow earlier; red is still after due.
    let before = lastWork - 1;
    while (!work(before)) before--;
    const oneWorkdayLeft = Math.max(before, startDay + 1);
    const warnFrom = Math.min(actBy - w, lastWork - w, oneWorkdayLeft);
    const out: DayDeadline = {
      kind: 'day',
      start,
      period,
      excludedDays: excluded,
      inCustody: o.inCustody,
      nominal: d.nominal,
      due: d.due,
      rolledOver: d.rolledOver,
      calendarCovered: d.calendarCovered,
      warnFrom: fromDay(checkDayRange(warnFrom, w)),
    };
    if (internalDue !== undefined) out.internalDue = internalDue;
    return out;
  }

  hourDeadline(start: CivilDateTime, hours: number): HourDeadline {
    // 刑诉法 105 ②: the starting hour is not counted; 10:20 + 24 h ends at 11:00 the next day.
    const due = hourPeriodEnd(start, hours);
    return { kind: 'hour', start, hours, due, warnFrom: addHours(due, -this.cfg.warningHours) };
  }

  pending(d: AnyDeadline): PendingState {
    if (d.kind === 'hour' && this.now !== undefined) {
      return this.now > d.due ? 'overdue' : this.now >= d.warnFrom ? 'due-soon' : 'open';
    }
    // Without a clock time an hour deadline is judged by its date: overdue only the day after.
    const due = d.due.slice(0, 10);
    const warn = d.warnFrom.slice(0, 10);
    // Past only the unit's internal date the legal period still runs: warnFrom lies before that
    // date, so the act is yellow there, never overdue.
    return this.today > due ? 'overdue' : this.today >= warn ? 'due-soon' : 'open';
  }

  missing(...fields: FieldId[]): Outcome<never> {
    return { messageId: 'inputs-missing', missing: fields, occurrence: 'inputs' };
  }

  addDays(date: CivilDate, n: number): CivilDate {
    return addDays(date, n);
  }

  addMonths(date: CivilDate, n: number): CivilDate {
    return addMonths(date, n);
  }

  diffDays(a: CivilDate, b: CivilDate): number {
    return diffDays(a, b);
  }

  isWorkday(date: CivilDate): boolean {
    return isWorkdayIn(this.calendar, date);
  }
}
