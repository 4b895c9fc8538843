import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../companion/dashboard/web/api/client.ts';
import { EvaluationModel, LeadersModel, evaluationHref, leadersHref, shanghaiMonth, trendOf } from '../../../companion/dashboard/web/models/evaluation-model.ts';
import type { LeaderRow, LeadersReport } from '../../../shared/api/index.ts';
import { fakeApi } from './fake-api.ts';

const months = (accepted: number[]) => accepted.map((a, i) => ({ month: i + 1, accepted: a, concluded: a > 0 ? 1 : 0, difficult: 0 }));
const leader = (id: string, accepted: number[]): LeaderRow => ({
  userId: id, userName: id, unitCode: '320102', unitName: '东区院', accepted: accepted[4], concluded: 0, unitAccepted: 10,
  share: accepted[4] / 10, difficult: 0, openDefects: 0, months: months(accepted),
});
const report = (month: number): LeadersReport => ({
  year: 2025, month,
  rows: [
    leader('00000000-0000-4000-8000-000000000001', [1, 0, 2, 0, 3, 0, 0, 0, 0, 0, 0, 0]),
    leader('00000000-0000-4000-8000-000000000002', [0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0]),
  ],
});

describe('LeadersModel', () => {
  it('loads the chosen month and sums the leaders month by month for the trend', async () => {
    const api = fakeApi().on('GET', '/api/v1/reports/leaders', ({ query }) => report(Number(query.month)));
    const model = new LeadersModel({ api, save: vi.fn(), currentMonth: 5 });
    await model.load(2025, '320102');
    expect(api.calls[0].query).toMatchObject({ year: 2025, month: 5, unit: '320102' });
    expect(model.trend.value.map((p) => p.accepted)).toEqual([1, 0, 3, 0, 4, 0, 0, 0, 0, 0, 0, 0]);
    model.setMonth(13);
    expect(model.month.value).toBe(5);
    model.setMonth(3);
    await model.load(2025, null);
    expect(api.calls[1].query).toMatchObject({ month: 3 });
  });

  it('downloads the month as Excel with a proper name, and keeps the server reason when refused', async () => {
    let refuse = false;
    const api = fakeApi().on('DOWNLOAD', '/api/v1/reports/leaders', ({ query }) => (refuse
      ? new ApiError(403, 'forbidden', { zh: '无权查看', en: 'Not allowed' })
      : { blob: new Blob(['x']), filename: `leaders-${String(query.format)}` }));
    const save = vi.fn();
    const model = new LeadersModel({ api, save, currentMonth: 7 });
    expect(await model.download('xlsx', 2025, null)).toBe(true);
    expect(api.calls[0].query).toMatchObject({ year: 2025, month: 7, format: 'xlsx' });
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ filename: 'caselight-leaders-2025-07.xlsx' }));
    refuse = true;
    expect(await model.download('csv', 2025, null)).toBe(false);
    expect(model.downloadError.value?.reason.zh).toBe('无权查看');
    expect(model.downloading.value).toBeNull();
  });

  it('trendOf gives twelve zero months without a report; the links name the real addresses', () => {
    expect(trendOf(undefined).map((p) => p.accepted)).toEqual(Array(12).fill(0));
    expect(leadersHref(2025, 5, 'csv', '320102')).toBe('/api/v1/reports/leaders?year=2025&month=5&format=csv&unit=320102');
    expect(evaluationHref(2025, 'xlsx', null)).toBe('/api/v1/reports/evaluation?year=2025&format=xlsx');
    expect(shanghaiMonth(new Date('2025-12-31T16:30:00Z'))).toBe(1);
  });
});

describe('EvaluationModel', () => {
  it('downloads the evaluation with the year and unit', async () => {
    const api = fakeApi().on('DOWNLOAD', '/api/v1/reports/evaluation', () => ({ blob: new Blob(['x']), filename: 'caselight-evaluation-2025-3201.csv' }));
    const save = vi.fn();
    const model = new EvaluationModel({ api, save });
    expect(await model.download('csv', 2025, '3201')).toBe(true);
    expect(api.calls[0].query).toMatchObject({ year: 2025, unit: '3201', format: 'csv' });
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ filename: 'caselight-evaluation-2025-3201.csv' }));
  });
});
