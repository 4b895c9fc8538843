// CalendarModel: the holiday calendar as the companion serves it (bundled State Council data plus the
// administrator's overrides), the years still to load, and the editor that enters one year's
// arrangement as ranges, previews what it does to due dates, and saves it.
import { computed, createModel, signal } from '@preact/signals';
import { type CalendarOverride } from '../../../../shared/api/index.ts';
import {
  addDays, addMonths, calendarFromOverrides, computeDeadline, coveredYears, diffDays, isCivilDate, missingCalendarYears,
  todayInShanghai, type Calendar, type CivilDate,
} from '../../../../shared/calendar/index.ts';
import type { ApiClient } from '../api/client.ts';
import { localized, type Localized, type MessageId } from '../i18n.ts';
import { asApiError, createLoader } from './resource.ts';
import type { ApiError } from '../api/client.ts';

/** A problem with the entered text, as a message with its parameters. */
export interface Problem {
  id: MessageId;
  params: Record<string, string | number>;
}

export interface ParsedDays {
  dates: CivilDate[];
  problems: Problem[];
}

const RANGE = /^(\d{4}-\d{2}-\d{2})\s*(?:(?:至|到|~|～|—|–|\.\.|\s-\s)\s*(\d{4}-\d{2}-\d{2}))?$/;
const MAX_RANGE_DAYS = 31;

/**
 * One field of the editor: a date or a range per line (or separated by commas), all within `year`.
 *
 * @example parseDayRanges('2027-02-06 至 2027-02-08\n2027-01-01', 2027).dates // ['2027-01-01', '2027-02-06', '2027-02-07', '2027-02-08']
 */
export function parseDayRanges(text: string, year: number): ParsedDays {
  const dates = new Set<CivilDate>();
  const problems: Problem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    for (const part of raw.split(/[,，;；、]/)) {
      const item = part.trim();
      if (item === '') continue;
      const m = RANGE.exec(item);
      const from = m?.[1];
      const to = m?.[2] ?? from;
      if (!m || !isCivilDate(from) || !isCivilDate(to)) { problems.push({ id: 'problemFormat', params: { line, text: item } }); continue; }
      if (Number(from.slice(0, 4)) !== year || Number(to.slice(0, 4)) !== year) { problems.push({ id: 'problemYear', params: { line, year } }); continue; }
      const span = diffDays(from, to);
      if (span < 0) { problems.push({ id: 'problemOrder', params: { line } }); continue; }
      if (span >= MAX_RANGE_DAYS) { problems.push({ id: 'problemLong', params: { line } }); continue; }
      for (let d = 0; d <= span; d++) dates.add(addDays(from, d));
    }
  });
  return { dates: [...dates].sort(), problems };
}

/** Consecutive dates folded into ranges, one per line: the editor's text for saved days. */
export function rangesText(dates: readonly CivilDate[]): string {
  const sorted = [...dates].sort();
  const lines: string[] = [];
  let start: CivilDate | undefined;
  let prev: CivilDate | undefined;
  for (const d of sorted) {
    if (start !== undefined && prev !== undefined && diffDays(prev, d) === 1) { prev = d; continue; }
    if (start !== undefined && prev !== undefined) lines.push(start === prev ? start : `${start} 至 ${prev}`);
    start = d;
    prev = d;
  }
  if (start !== undefined && prev !== undefined) lines.push(start === prev ? start : `${start} 至 ${prev}`);
  return lines.join('\n');
}

/** The whole override list with `year` replaced by the entered arrangement. */
export function withYear(saved: readonly CalendarOverride[], year: number, holidays: readonly CivilDate[], workdays: readonly CivilDate[], note: string): CalendarOverride[] {
  const n = note.trim();
  const day = (date: CivilDate, kind: CalendarOverride['kind']): CalendarOverride => (n === '' ? { date, kind } : { date, kind, note: n.slice(0, 200) });
  return [
    ...saved.filter((o) => Number(o.date.slice(0, 4)) !== year),
    ...holidays.map((d) => day(d, 'holiday')),
    ...workdays.map((d) => day(d, 'workday')),
  ].sort((a, b) => a.date.localeCompare(b.date));
}

export interface PreviewRow {
  start: CivilDate;
  period: { amount: number; unit: 'day' | 'month' };
  before: CivilDate;
  after: CivilDate;
}

/**
 * Sample deadlines the entered arrangement moves, out of custody (刑诉法 105 ④): a 3-day notice and a
 * one-month review ending on the first day of each holiday range, and a 3-day period ending on each
 * make-up working day. Each row gives the due date without and with the arrangement.
 */
export function previewDeadlines(before: Calendar, after: Calendar, holidays: readonly CivilDate[], workdays: readonly CivilDate[], limit = 8): PreviewRow[] {
  const firsts = holidays.filter((d, i) => i === 0 || diffDays(holidays[i - 1], d) !== 1);
  const samples: { start: CivilDate; period: PreviewRow['period'] }[] = [];
  for (const d of firsts) {
    samples.push({ start: addDays(d, -3), period: { amount: 3, unit: 'day' } });
    samples.push({ start: addMonths(d, -1), period: { amount: 1, unit: 'month' } });
  }
  for (const d of workdays) samples.push({ start: addDays(d, -3), period: { amount: 3, unit: 'day' } });
  const rows: PreviewRow[] = [];
  for (const s of samples) {
    const due = (calendar: Calendar) => computeDeadline({ start: s.start, period: s.period, inCustody: false, calendar }).due;
    rows.push({ ...s, before: due(before), after: due(after) });
  }
  return rows.sort((a, b) => a.start.localeCompare(b.start)).slice(0, limit);
}

export interface CalendarDeps {
  api: ApiClient;
  /** The clock (tests pass a fixed one). */
  now?: () => Date;
}

export const CalendarModel = createModel((deps: CalendarDeps) => {
  const now = deps.now ?? (() => new Date());
  const saved = createLoader<CalendarOverride[]>('calendarOverrides');
  const year = signal<number | null>(null, { name: 'year' });
  const holidaysText = signal('', { name: 'holidaysText' });
  const workdaysText = signal('', { name: 'workdaysText' });
  const note = signal('', { name: 'note' });
  const saving = signal(false, { name: 'saving' });
  const saveError = signal<ApiError | null>(null, { name: 'saveError' });
  const lastSaved = signal<Localized | null>(null, { name: 'lastSaved' });

  const list = computed(() => saved.state.value.data ?? [], { name: 'list' });
  const calendar = computed(() => calendarFromOverrides(list.value), { name: 'calendar' });
  const bundledYears = computed(() => coveredYears(), { name: 'bundledYears' });
  const enteredYears = computed(() => [...new Set(list.value.map((o) => Number(o.date.slice(0, 4))))].sort((a, b) => a - b), { name: 'enteredYears' });
  /** Known once the overrides are in: before that nobody is told a year is missing that may be entered. */
  const missingYears = computed(
    () => (saved.state.value.status === 'ready' ? missingCalendarYears(todayInShanghai(now()), calendar.value) : []),
    { name: 'missingYears' },
  );
  /** The year the editor opens on: the first missing one, else the year after the last loaded. */
  const defaultYear = computed(() => missingYears.value[0] ?? Math.max(...bundledYears.value, ...enteredYears.value) + 1, { name: 'defaultYear' });
  const editYear = computed(() => year.value ?? defaultYear.value, { name: 'editYear' });

  const holidays = computed(() => parseDayRanges(holidaysText.value, editYear.value), { name: 'holidays' });
  const workdays = computed(() => parseDayRanges(workdaysText.value, editYear.value), { name: 'workdays' });
  const problems = computed<Problem[]>(() => {
    const out = [...holidays.value.problems, ...workdays.value.problems];
    const h = new Set(holidays.value.dates);
    for (const d of workdays.value.dates) if (h.has(d)) out.push({ id: 'problemBoth', params: { date: d } });
    if (holidaysText.value.trim() !== '' && holidays.value.dates.length === 0 && out.length === 0) out.push({ id: 'problemNoHolidays', params: {} });
    return out;
  }, { name: 'problems' });
  const canSave = computed(() => !saving.value && problems.value.length === 0 && holidays.value.dates.length > 0, { name: 'canSave' });
  const draft = computed(() => withYear(list.value, editYear.value, holidays.value.dates, workdays.value.dates, note.value), { name: 'draft' });
  const preview = computed(() => {
    if (problems.value.length > 0 || holidays.value.dates.length + workdays.value.dates.length === 0) return [];
    return previewDeadlines(calendar.value, calendarFromOverrides(draft.value), holidays.value.dates, workdays.value.dates);
  }, { name: 'preview' });

  /** Fills the editor with what is saved for `y` (empty for a new year). */
  function chooseYear(y: number) {
    year.value = y;
    const of = list.peek().filter((o) => Number(o.date.slice(0, 4)) === y);
    holidaysText.value = rangesText(of.filter((o) => o.kind === 'holiday').map((o) => o.date));
    workdaysText.value = rangesText(of.filter((o) => o.kind === 'workday').map((o) => o.date));
    note.value = of.find((o) => o.note !== undefined)?.note ?? '';
    lastSaved.value = null;
    saveError.value = null;
  }

  function load(): Promise<void> {
    return saved.load(async (abort) => (await deps.api.call('calendarOverrides', { signal: abort })).overrides);
  }

  /** PUT the whole list with the edited year replaced. Resolves true when the server took it. */
  async function save(): Promise<boolean> {
    if (!canSave.peek()) return false;
    saving.value = true;
    saveError.value = null;
    const y = editYear.peek();
    const h = holidays.peek().dates.length;
    const w = workdays.peek().dates.length;
    try {
      const res = await deps.api.call('putCalendarOverrides', { body: { overrides: draft.peek() } });
      saved.state.value = { status: 'ready', data: res.overrides };
      lastSaved.value = localized('calendarSaved', { year: y, holidays: h, workdays: w });
      return true;
    } catch (err) {
      saveError.value = asApiError(err);
      return false;
    } finally {
      saving.value = false;
    }
  }

  return {
    state: saved.state, bundledYears, enteredYears, missingYears, editYear, holidaysText, workdaysText, note,
    holidays, workdays, problems, canSave, preview, saving, saveError, lastSaved, chooseYear, load, save,
  };
});
export type CalendarModel = InstanceType<typeof CalendarModel>;
