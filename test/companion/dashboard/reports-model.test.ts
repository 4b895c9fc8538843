import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../companion/dashboard/web/api/client.ts';
import { deriveQuarterRows, PREVIEW_ROWS, reportFilename, reportHref, ReportsModel } from '../../../companion/dashboard/web/models/reports-model.ts';
import { fakeApi, row, tally } from './fake-api.ts';

function setup(fail = false) {
  const api = fakeApi()
    .on('GET', '/api/v1/tallies', () => tally('quarter', [row('2025-Q1', '2025-Q1', 10, 3, 1), row('2025-Q3', '2025-Q3', 4, 1)]))
    .on('GET', '/api/v1/reports/quarterly', ({ query }) => ({ year: query.year, quarter: query.quarter, rows: [] }))
    .on('DOWNLOAD', '/api/v1/reports/quarterly', ({ query }) => (fail
      ? new ApiError(403, 'forbidden', { zh: '无权导出', en: 'Not allowed' })
      : { blob: new Blob([`year,quarter\n${String(query.year)},${String(query.quarter)}`]), filename: 'quarterly' }));
  const save = vi.fn();
  return { api, save, model: new ReportsModel({ api, save, currentQuarter: 3 }) };
}

describe('ReportsModel', () => {
  it('starts on the current quarter and shows all four quarters of the year', async () => {
    const { model, api } = setup();
    expect(model.quarter.value).toBe(3);
    await model.load(2025, null);
    expect(api.calls[0].query).toMatchObject({ groupBy: 'quarter', year: 2025 });
    expect(model.quarterRows.value.map((r) => r.points)).toEqual([10, 0, 4, 0]);
    expect(model.quarterRows.value[1].rectificationRate).toBeNull();
  });

  it('downloads the chosen quarter with the token and hands the file over with a proper name', async () => {
    const { model, api, save } = setup();
    model.setQuarter(2);
    expect(await model.download('xlsx', 2025, '320102')).toBe(true);
    expect(api.calls.at(-1)).toMatchObject({ method: 'DOWNLOAD', query: { year: 2025, quarter: 2, format: 'xlsx', unit: '320102' }, token: 'tok' });
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ filename: 'caselight-2025-Q2-320102.xlsx' }));
    expect(model.downloading.value).toBeNull();
  });

  it('keeps the server reason when a download is refused', async () => {
    const { model, save } = setup(true);
    expect(await model.download('csv', 2025, null)).toBe(false);
    expect(save).not.toHaveBeenCalled();
    expect(model.downloadError.value?.reason.en).toBe('Not allowed');
  });

  it('previews the first rows of the chosen quarter', async () => {
    const { model, api } = setup();
    model.setQuarter(2);
    await model.loadPreview(2025, '320102');
    expect(api.calls.at(-1)).toMatchObject({ method: 'GET', path: '/api/v1/reports/quarterly', query: { year: 2025, quarter: 2, format: 'json', limit: PREVIEW_ROWS, unit: '320102' } });
    expect(model.preview.value.status).toBe('ready');
  });

  it('downloads only once confirmed, and a cancel or another quarter drops the question', async () => {
    const { model, save } = setup();
    await model.load(2025, null);
    model.setQuarter(1);
    model.ask('xlsx');
    expect(model.confirming.value).toBe('xlsx');
    expect(model.rowCount.value).toBe(3);
    expect(save).not.toHaveBeenCalled();
    model.cancel();
    expect(await model.confirm(2025, null)).toBeNull();
    expect(save).not.toHaveBeenCalled();
    model.ask('csv');
    model.setQuarter(3);
    expect(model.confirming.value).toBeNull();
    model.ask('csv');
    expect(await model.confirm(2025, null)).toBe('csv');
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ filename: 'caselight-2025-Q3.csv' }));
    expect(model.confirming.value).toBeNull();
  });

  it('ignores quarters that do not exist', () => {
    const { model } = setup();
    model.setQuarter(5);
    expect(model.quarter.value).toBe(3);
  });

  it('links to the report address the API serves', () => {
    expect(reportHref(2025, 1, 'csv', null)).toBe('/api/v1/reports/quarterly?year=2025&quarter=1&format=csv');
    expect(reportFilename(2025, 4, 'csv', null)).toBe('caselight-2025-Q4.csv');
    expect(deriveQuarterRows(undefined)).toHaveLength(4);
  });
});
