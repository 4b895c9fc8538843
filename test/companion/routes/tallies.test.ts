import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TallyResponseSchema } from '../../../shared/api/index.ts';
import { apiFixture, auth, backends, event, ingest } from '../helpers.ts';

describe.each(backends)('GET /api/v1/tallies ($name)', (backend) => {
  let f: Awaited<ReturnType<typeof apiFixture>>;
  beforeAll(async () => {
    f = await apiFixture(backend);
    await ingest(f.store, f.w.east1, [
      event({ caseNumber: 'E1', ruleId: 'prosecution-review-1m', points: 8, observedAt: '2025-02-10T09:00:00+08:00' }),
      event({ caseNumber: 'E1', ruleId: 'notice-suspect-counsel-3d', points: 6, observedAt: '2025-05-10T09:00:00+08:00' }),
      event({ caseNumber: 'E1', ruleId: 'notice-suspect-counsel-3d', kind: 'rectified', light: 'green', points: 0, observedAt: '2025-05-12T09:00:00+08:00' }),
      event({ caseNumber: 'E-2024', messageId: 'late', points: 9, observedAt: '2024-11-10T09:00:00+08:00' }),
      event({ caseNumber: 'TRAIN', points: 9, training: true }),
    ]);
    await ingest(f.store, f.w.eastSub, [event({ caseNumber: 'S1', ruleId: 'notice-suspect-counsel-3d', points: 6, observedAt: '2025-05-11T09:00:00+08:00' })]);
    await ingest(f.store, f.w.west1, [event({ caseNumber: 'W1', ruleId: 'arrest-review-police-detained-7d', messageId: 'late', procedure: 'arrest-review', observedAt: '2025-06-10T09:00:00+08:00' })]);
  });
  afterAll(async () => { await f.t.cleanup(); });

  const get = (query: string, who = f.w.admin) => request(f.app).get(`/api/v1/tallies?${query}`).set(auth(who));

  it('groups points by unit for the current year by default', async () => {
    const res = await get('groupBy=unit').expect(200);
    const body = TallyResponseSchema.parse(res.body);
    expect(body.year).toBe(2025);
    expect(body.rows.map((r) => [r.key, r.label, r.points])).toEqual([['320102', '东区院', 14], ['320105', '西区院', 8], ['32010201', '东区院派驻检察室', 6]]);
    expect(body.totals).toEqual({ defects: 4, points: 28, rectified: 1, rectificationRate: 0.25, voided: 0, voidedPoints: 0 });
  });

  it('groups by prosecutor with names, and by rule', async () => {
    const byProsecutor = (await get('groupBy=prosecutor').expect(200)).body;
    expect(byProsecutor.rows[0]).toMatchObject({ key: f.w.east1.id, label: '东一检察官', points: 14, defects: 2, rectified: 1, rectificationRate: 0.5 });
    const byRule = (await get('groupBy=rule').expect(200)).body;
    expect(byRule.rows.map((r: { key: string; points: number }) => [r.key, r.points])).toEqual([
      ['arrest-review-police-detained-7d', 8], ['notice-suspect-counsel-3d', 12], ['prosecution-review-1m', 8],
    ].sort((a, b) => (b[1] as number) - (a[1] as number) || String(a[0]).localeCompare(String(b[0]))));
  });

  it('lists every month and quarter of the year, empty ones too', async () => {
    const months = (await get('groupBy=month').expect(200)).body;
    expect(months.rows).toHaveLength(12);
    expect(months.rows[1]).toMatchObject({ key: '2025-02', points: 8 });
    expect(months.rows[4]).toMatchObject({ key: '2025-05', points: 12 });
    expect(months.rows[5]).toMatchObject({ key: '2025-06', points: 8 });
    const quarters = (await get('groupBy=quarter').expect(200)).body;
    expect(quarters.rows.map((r: { key: string; points: number }) => [r.key, r.points])).toEqual([['2025-Q1', 8], ['2025-Q2', 20], ['2025-Q3', 0], ['2025-Q4', 0]]);
  });

  it('filters by year', async () => {
    const res = await get('groupBy=unit&year=2024').expect(200);
    expect(res.body.totals.points).toBe(6);
  });

  it('narrows to a unit and the units below it', async () => {
    const res = await get('groupBy=unit&unit=320102').expect(200);
    expect(res.body.unit).toBe('320102');
    expect(res.body.rows.map((r: { key: string }) => r.key)).toEqual(['320102', '32010201']);
  });

  it('shows a supervisor their unit and the units below it, nobody else', async () => {
    const res = await get('groupBy=unit', f.w.eastSupervisor).expect(200);
    expect(res.body.rows.map((r: { key: string }) => r.key)).toEqual(['320102', '32010201']);
    const city = await get('groupBy=unit', f.w.citySupervisor).expect(200);
    expect(city.body.totals.points).toBe(28);
  });

  it('returns 403 with a reason for a supervisor asking for another unit', async () => {
    const res = await get('groupBy=unit&unit=320105', f.w.eastSupervisor);
    expect(res.status).toBe(403);
    expect(res.body.reason.zh).toContain('320105');
    expect((await get('groupBy=unit&unit=3201', f.w.eastSupervisor)).status).toBe(403);
  });

  it('shows a prosecutor only their own points, and 403 for another unit', async () => {
    const res = await get('groupBy=prosecutor', f.w.east2).expect(200);
    expect(res.body.rows).toEqual([]);
    const own = await get('groupBy=prosecutor', f.w.east1).expect(200);
    expect(own.body.rows.map((r: { key: string }) => r.key)).toEqual([f.w.east1.id]);
    expect((await get('groupBy=unit&unit=320105', f.w.east1)).status).toBe(403);
  });

  it('returns 403 for a trainer', async () => {
    expect((await get('groupBy=unit', f.w.trainer)).status).toBe(403);
  });

  it('answers a page: limit and offset as applied, the count and figures of every row, the first 100 by default', async () => {
    const all = TallyResponseSchema.parse((await get('groupBy=prosecutor').expect(200)).body);
    expect(all).toMatchObject({ limit: 100, offset: 0, total: 3 });
    expect(all.rows.map((r) => r.key)).toEqual([f.w.east1.id, f.w.west1.id, f.w.eastSub.id].sort((a, b) => {
      const p = (id: string) => all.rows.find((r) => r.key === id)?.points ?? 0;
      return p(b) - p(a) || (a < b ? -1 : 1);
    }));
    const second = TallyResponseSchema.parse((await get('groupBy=prosecutor&limit=1&offset=1').expect(200)).body);
    expect(second).toMatchObject({ limit: 1, offset: 1, total: 3, totals: all.totals, rows: [all.rows[1]] });
    expect(second.rank).toBeUndefined();
    const past = TallyResponseSchema.parse((await get('groupBy=prosecutor&limit=2&offset=10').expect(200)).body);
    expect(past).toMatchObject({ total: 3, totals: all.totals, rows: [] });
    const q = TallyResponseSchema.parse((await get('groupBy=quarter&limit=2&offset=1').expect(200)).body);
    expect(q.rows.map((r) => r.key)).toEqual(['2025-Q2', '2025-Q3']);
    expect(q.total).toBe(4);
  });

  it("answers one prosecutor's row and rank with user=, within the caller's scope only", async () => {
    const all = TallyResponseSchema.parse((await get('groupBy=prosecutor').expect(200)).body);
    const last = all.rows[2];
    const one = TallyResponseSchema.parse((await get(`groupBy=prosecutor&user=${last.key}`).expect(200)).body);
    expect(one).toMatchObject({ rows: [last], rank: 3, total: 3, totals: all.totals });
    // East's supervisor does not see west's prosecutor.
    const hidden = TallyResponseSchema.parse((await get(`groupBy=prosecutor&user=${f.w.west1.id}`, f.w.eastSupervisor).expect(200)).body);
    expect(hidden).toMatchObject({ rows: [], rank: null });
  });

  it('returns 400 for a page out of bounds', async () => {
    for (const q of ['groupBy=unit&limit=0', 'groupBy=unit&limit=10001', 'groupBy=unit&offset=-1', 'groupBy=unit&limit=x', 'groupBy=prosecutor&user=nobody']) {
      const res = await get(q);
      expect(res.status, q).toBe(400);
      expect(res.body.reason.zh.length).toBeGreaterThan(0);
    }
  });

  it('returns 400 for a missing or unknown grouping, a bad year and unknown parameters', async () => {
    for (const q of ['', 'groupBy=suspect', 'groupBy=unit&year=abc', 'groupBy=unit&year=1850', 'groupBy=unit&sort=points', 'groupBy=unit&groupBy=rule']) {
      const res = await get(q);
      expect(res.status, q).toBe(400);
      expect(res.body.error).toBe('invalid-request');
    }
  });
});
