// Typed input errors for the calendar, bilingual so the overlay can show them as they are.

export type CalendarInputErrorCode = 'invalid-date' | 'invalid-amount' | 'invalid-unit' | 'invalid-datetime';

/**
 * Thrown for malformed calendar input: an impossible date, a bad period amount or unit, a bad
 * date-time. `code` is stable for programs; `message` is for people (Chinese / English).
 *
 * @example
 * try { computeDeadline({ start: '2025-02-30', period: { amount: 3, unit: 'day' }, inCustody: false }); }
 * catch (e) { if (e instanceof CalendarInputError && e.code === 'invalid-date') showBanner(e.message); }
 */
export class CalendarInputError extends Error {
  override readonly name = 'CalendarInputError';
  readonly code: CalendarInputErrorCode;
  /** The offending value as received. */
  readonly input: unknown;

  constructor(code: CalendarInputErrorCode, message: string, input: unknown) {
    super(message);
    this.code = code;
    this.input = input;
  }
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

export function invalidDate(value: unknown, detail = 'expected YYYY-MM-DD'): CalendarInputError {
  return new CalendarInputError('invalid-date', `无效日期 / invalid date: ${show(value)} (${detail})`, value);
}

export function invalidAmount(value: unknown, detail: string): CalendarInputError {
  return new CalendarInputError('invalid-amount', `无效期间数值 / invalid amount: ${show(value)} (${detail})`, value);
}

export function invalidUnit(value: unknown): CalendarInputError {
  return new CalendarInputError(
    'invalid-unit',
    `无效期间单位 / invalid unit: ${show(value)} (expected "day", "month" or "workday")`,
    value,
  );
}

export function invalidDateTime(value: unknown, detail = 'expected YYYY-MM-DDTHH:mm'): CalendarInputError {
  return new CalendarInputError('invalid-datetime', `无效时间 / invalid date-time: ${show(value)} (${detail})`, value);
}
