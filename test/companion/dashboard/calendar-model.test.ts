// The holiday-calendar editor: ranges in, a preview of due dates, the PUT body out; and the years
// the header warns about. The clock is fixed: nothing here depends on the real date.
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../../shared/calendar/index.ts';
import { CalendarModel, parseDayRanges, previewDeadlines, rangesText, withYear } from '../../../companion/dashboard/web/models/calendar-model.ts';
import { fakeApi } from './fake-api.ts';

describe('parseDayRanges', () => {
  it('reads single days and ranges, one per line or separated by commas', () => {
    const r = parseDayRanges('2027-01-01\n2027-02-06 至 2027-02-08，2027-05-01~2027-05-02\n\n', 2027);
    expect(r.problems).toEqual([]);
    expect(r.dates).toEqual(['2027-01-01', '2027-02-06', '2027-02-07', '2027-02-08', '2027-05-01', '2027-05-02']);
  });

  it('names the line of every problem', () => {
    const r = parseDayRanges('2027-02-30\n2026-12-31\n2027-02-08 至 2027-02-06\n2027-01-01 至 2027-03-01\n明年春节', 2027);
    expect(r.problems.map((p) => [p.id, p.params.line])).toEqual([
      ['problemFormat', 1], ['problemYear', 2], ['problemOrder', 3], ['problemLong', 4], ['problemFormat', 5],
    ]);
  });

  it('folds saved days back into ranges', () => {
    expect(rangesText(['2027-02-08', '2027-02-06', '2027-02-07', '2027-01-01'])).toBe('2027-01-01\n2027-02-06 至 2027-02-08');
  });
});

describe('withYear and previewDeadlines', () => {
  const saved = [{ date: '2026-10-09', kind: 'holiday' as const }, { date: '2027-03-01', kind: 'holiday' as const }];

  it('replaces only the edited year', () => {
    expect(withYear(saved, 2027, ['2027-01-01'], ['2027-02-06'], '国办发明电〔2026〕X号')).toEqual([
      { date: '2026-10-09', kind: 'holiday' },
      { date: '2027-01-01', kind: 'holiday', note: '国办发明电〔2026〕X号' },
      { date: '2027-02-06', kind: 'workday', note: '国办发明电〔2026〕X号' },
    ]);
  });

  it('shows the due dates the arrangement moves, out of custody', () => {
    const before = createCalendar();
    const after = createCalendar({ holidays: ['2027-02-10', '2027-02-11', '2027-02-12'], workdays: ['2027-02-06'], coveredYears: [2027] });
    const rows = previewDeadlines(before, after, ['2027-02-10', '2027-02-11', '2027-02-12'], ['2027-02-06']);
    // 3 days from 02-07 end on Wed 02-10, a holiday now: moved to Mon 02-15.
    expect(rows).toContainEqual({ start: '2027-02-07', period: { amount: 3, unit: 'day' }, before: '2027-02-10', after: '2027-02-15' });
    // 3 days from 02-03 end on Sat 02-06, a make-up working day now: no longer moved to Monday.
    expect(rows).toContainEqual({ start: '2027-02-03', period: { amount: 3, unit: 'day' }, before: '2027-02-08', after: '2027-02-06' });
  });
});

describe('CalendarModel', () => {
  const novemberNow = () => new Date('2026-11-20T09:00:00+08:00');

  it('warns of the coming year from 1 November until it is loaded, then saves the entered year', async () => {
    let stored: unknown[] = [];
    const api = fakeApi()
      .on('GET', '/api/v1/calendar-overrides', () => ({ overrides: stored }))
      .on('PUT', '/api/v1/calendar-overrides', ({ body }) => { stored = (body as { overrides: unknown[] }).overrides; return { overrides: stored }; });
    const model = new CalendarModel({ api, now: novemberNow });
    expect(model.missingYears.value).toEqual([]);
    await model.load();
    expect(model.missingYears.value).toEqual([2027]);
    expect(model.editYear.value).toBe(2027);

    model.holidaysText.value = '2027-01-01\n2027-02-06 至 2027-02-12';
    model.workdaysText.value = '2027-02-13';
    expect(model.problems.value).toEqual([]);
    expect(model.preview.value.length).toBeGreaterThan(0);
    expect(await model.save()).toBe(true);
    expect(api.calls.at(-1)).toMatchObject({ method: 'PUT', path: '/api/v1/calendar-overrides' });
    expect(stored).toHaveLength(9);
    expect(model.missingYears.value).toEqual([]);
    expect(model.lastSaved.value?.zh).toContain('已保存 2027 年节假日安排（8 天放假，1 天调休上班）');
  });

  it('does not warn in October, and refuses to save bad input', async () => {
    const api = fakeApi().on('GET', '/api/v1/calendar-overrides', () => ({ overrides: [] }));
    const october = new CalendarModel({ api, now: () => new Date('2026-10-15T09:00:00+08:00') });
    await october.load();
    expect(october.missingYears.value).toEqual([]);
    october.chooseYear(2027);
    october.holidaysText.value = '2027-01-01';
    october.workdaysText.value = '2027-01-01';
    expect(october.problems.value.map((p) => p.id)).toEqual(['problemBoth']);
    expect(october.canSave.value).toBe(false);
    expect(await october.save()).toBe(false);
    expect(api.calls.filter((c) => c.method === 'PUT')).toEqual([]);
  });
});
