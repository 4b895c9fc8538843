// A Calendar as plain JSON (for a browser message, or storage): built and validated once where the
// overrides arrive (the extension's background), rebuilt without re-validation where it is used
// (the content script). `flags` holds one digit per day from day number `lo` (WORK | COVERED bits).
import type { Calendar } from './calendar';
import type { CivilDate } from './civil';

export interface SerializedCalendar {
  coveredYears: number[];
  holidays: string[];
  workdays: string[];
  lo: number;
  flags: string;
}

export function serializeCalendar(cal: Calendar): SerializedCalendar {
  return {
    coveredYears: [...cal.coveredYears],
    holidays: [...cal.overrides.holidays],
    workdays: [...cal.overrides.workdays],
    lo: cal.lo,
    flags: Array.from(cal.flags, (f) => String(f)).join(''),
  };
}

/** The calendar back from its serialized form (trusted: it was built by createCalendar). */
export function deserializeCalendar(c: SerializedCalendar): Calendar {
  const flags = new Uint8Array(c.flags.length);
  for (let i = 0; i < flags.length; i++) flags[i] = c.flags.charCodeAt(i) - 48;
  return Object.freeze({
    coveredYears: Object.freeze([...c.coveredYears]),
    overrides: Object.freeze({ holidays: Object.freeze([...c.holidays] as CivilDate[]), workdays: Object.freeze([...c.workdays] as CivilDate[]) }),
    lo: c.lo,
    flags,
  });
}
