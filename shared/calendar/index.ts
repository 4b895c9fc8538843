// shared/calendar: legal periods (刑诉法 105, 高法解释 202) on the official Chinese working calendar.
export { computeDeadline, MAX_PERIOD_AMOUNT } from './deadline';
export type { Deadline, DeadlineInput, Period, PeriodUnit } from './deadline';
export { createCalendar, calendarFromOverrides, isWorkday, lastWorkdayBefore, countWorkdays, coveredYears, isYearCovered, missingCalendarYears } from './calendar';
export type { Calendar, CalendarOverrides, DayOverride } from './calendar';
export { serializeCalendar, deserializeCalendar } from './serialized';
export type { SerializedCalendar } from './serialized';
export { parseCivilDate, isCivilDate, addDays, addMonths, diffDays, compareDates, dayOfWeek, daysInMonth, isLeapYear } from './civil';
export type { CivilDate, CivilDateParts } from './civil';
export { addHours, hourPeriodEnd, todayInShanghai, nowInShanghai, MAX_HOURS } from './hours';
export { formatCivil } from './format';
export type { CivilDateTime } from './hours';
export { CalendarInputError } from './errors';
export type { CalendarInputErrorCode } from './errors';
export { HOLIDAY_SOURCE } from './holidays-data';
