// Issue 11 over real HTTP, on SQLite and PostgreSQL: the leaders' case report (云南), the units'
// 综合评价 with disputes of a figure (天津), chiefs by tenure (黑龙江), the indicator set and posts.
import ExcelJS from 'exceljs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ErrorBodySchema, EvaluationObjectionSchema, EvaluationReportSchema, IndicatorSetResponseSchema, LeadersReportSchema,
  type CaseActivity,
} from '../../../shared/api/index.ts';
import { DEFAULT_INDICATOR_SET } from '../../../shared/evaluation/index.ts';
import { apiFixture, auth, backends, event, ingest, type Person } from '../helpers.ts';
import { activity } from '../loop-helpers.ts';

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe.each(backends)('issue 11 reports ($name)', (backend) => {
  let f: Awaited<ReturnType<typeof apiFixture>>;
  const post = (who: Person, activities: CaseActivity[]) =>
    request(f.app).post('/api/v1/case-activity').set(auth(who)).send({ activities }).expect(200);

  beforeAll(async () => {
    f = await apiFixture(backend);
    await f.store.db.updateTable('users').set({ leader: 1 }).where('id', '=', f.w.east1.id).execute();
    // 东区院 in May 2025: 东一 (leader) accepts L1 (疑难复杂) and L2, concludes L3; 东二 accepts E1 and E2.
    await post(f.w.east1, [
      activity({ caseNumber: 'L1', acceptedOn: '2025-05-06', difficult: true, dueDates: [], inCustody: false, observedAt: '2025-05-07T09:00:00+08:00' }),
      activity({ caseNumber: 'L2', acceptedOn: '2025-05-20', dueDates: [], inCustody: false, observedAt: '2025-05-21T09:00:00+08:00' }),
      activity({ caseNumber: 'L3', acceptedOn: '2025-03-02', concludedOn: '2025-05-30', dueDates: [], inCustody: false, observedAt: '2025-05-30T09:00:00+08:00' }),
      // In custody, seen on 10 June with a due date of 1 June: an overdue custody case (rigid).
      activity({ caseNumber: 'L4', acceptedOn: '2025-04-01', dueDates: ['2025-06-01'], inCustody: true, observedAt: '2025-06-10T09:00:00+08:00' }),
    ]);
    // A later check of L2 unticks nothing and changes nothing; a later check of L1 keeps it difficult.
    await post(f.w.east2, [
      activity({ caseNumber: 'E1', acceptedOn: '2025-05-08', dueDates: [], inCustody: false, observedAt: '2025-05-09T09:00:00+08:00' }),
      activity({ caseNumber: 'E2', acceptedOn: '2025-05-09', dueDates: [], inCustody: false, observedAt: '2025-05-10T09:00:00+08:00' }),
    ]);
    await post(f.w.west1, [activity({ caseNumber: 'W1', acceptedOn: '2025-05-09', dueDates: [], inCustody: false, observedAt: '2025-05-10T09:00:00+08:00' })]);
    // An open defect on the leader's case L1, one rectified on L2; west has none.
    await ingest(f.store, f.w.east1, [
      event({ caseNumber: 'L1', observedAt: '2025-05-20T09:00:00+08:00' }),
      event({ caseNumber: 'L2', ruleId: 'notice-suspect-counsel-3d', points: 6, observedAt: '2025-05-22T09:00:00+08:00' }),
      event({ caseNumber: 'L2', ruleId: 'notice-suspect-counsel-3d', kind: 'rectified', light: 'green', points: 0, observedAt: '2025-05-23T09:00:00+08:00' }),
    ]);
  });
  afterAll(async () => { await f.t.cleanup(); });

  const get = (path: string, who: Person = f.w.citySupervisor) => request(f.app).get(`/api/v1${path}`).set(auth(who));

  describe('GET /reports/leaders', () => {
    it("answers each leader's month: accepted, concluded, share of the unit, 疑难复杂, open defects, and the months", async () => {
      const body = LeadersReportSchema.parse((await get('/reports/leaders?year=2025&month=5').expect(200)).body);
      expect(body.rows).toHaveLength(1);
      const row = body.rows[0];
      expect(row).toMatchObject({
        userId: f.w.east1.id, userName: '东一检察官', unitCode: '320102', unitName: '东区院',
        accepted: 2, concluded: 1, unitAccepted: 4, share: 0.5, difficult: 1, openDefects: 1,
      });
      expect(row.months[4]).toEqual({ month: 5, accepted: 2, concluded: 1, difficult: 1 });
      expect(row.months[3]).toEqual({ month: 4, accepted: 1, concluded: 0, difficult: 0 });
      expect(row.months[2]).toEqual({ month: 3, accepted: 1, concluded: 0, difficult: 0 });
    });

    it('another month has no share when the unit accepted nothing', async () => {
      const body = LeadersReportSchema.parse((await get('/reports/leaders?year=2025&month=7').expect(200)).body);
      expect(body.rows[0]).toMatchObject({ accepted: 0, concluded: 0, unitAccepted: 0, share: null });
    });

    it('exports CSV and XLSX with the month and the trend', async () => {
      const csv = await get('/reports/leaders?year=2025&month=5&format=csv').expect(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.headers['content-disposition']).toContain('caselight-leaders-2025-05.csv');
      expect(csv.text).toContain('领导干部,受理案件数');
      expect(csv.text).toContain('东区院,东一检察官,2,1,4,50.0%,1,1');
      const xlsx = await get('/reports/leaders?year=2025&month=5&format=xlsx').buffer(true).parse(binary).expect(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.body as Parameters<typeof wb.xlsx.load>[0]);
      expect(wb.worksheets.map((s) => s.name)).toEqual(['2025年5月领导干部办案', '2025年逐月受理（办结）']);
      expect(wb.worksheets[0].getRow(2).values).toEqual([undefined, '东区院', '东一检察官', 2, 1, 4, '50.0%', 1, 1]);
      expect(wb.worksheets[1].getRow(2).getCell(7).value).toBe('2（1）');
    });

    it('keeps to the scope: 403 for a unit outside it and for prosecutors; 400 for month 13', async () => {
      expect((await get('/reports/leaders?year=2025&month=5&unit=320102', f.w.westSupervisor)).status).toBe(403);
      expect((await get('/reports/leaders?year=2025&month=5', f.w.east1)).status).toBe(403);
      const west = LeadersReportSchema.parse((await get('/reports/leaders?year=2025&month=5', f.w.westSupervisor).expect(200)).body);
      expect(west.rows).toEqual([]);
      const bad = await get('/reports/leaders?year=2025&month=13');
      expect(bad.status).toBe(400);
      expect(ErrorBodySchema.parse(bad.body).reason.zh).toContain('month');
    });
  });

  describe('GET /reports/evaluation, disputes and chiefs', () => {
    it('ranks the units below the caller’s unit with each indicator’s value and class', async () => {
      const body = EvaluationReportSchema.parse((await get('/reports/evaluation?year=2025').expect(200)).body);
      expect(body.unitCode).toBe('3201');
      expect(body.set.id).toBe(DEFAULT_INDICATOR_SET.id);
      const east = body.units.find((u) => u.unitCode === '320102');
      const west = body.units.find((u) => u.unitCode === '320105');
      expect(east?.figures).toMatchObject({ cases: 6, defects: 2, rectified: 1, overdueCustody: 1 });
      const v = (id: string) => east?.values.find((x) => x.indicatorId === id);
      // 2 defects in 6 cases: 33.3 per 100, beyond the built-in line of 30.
      expect(v('defects-per-100-cases')).toMatchObject({ class: 'negative', counted: true });
      expect(v('defects-per-100-cases')?.value).toBeCloseTo(33.33, 1);
      expect(v('rectification-rate')).toMatchObject({ value: 0.5, class: 'neutral' });
      expect(v('overdue-custody')).toMatchObject({ value: 1, class: 'negative', objection: null });
      expect(v('notice-reply-rate')).toMatchObject({ value: null, class: 'none' });
      expect(east).toMatchObject({ negatives: 2, positives: 0, rank: 2 });
      expect(west).toMatchObject({ negatives: 0, rank: 1 });
      expect(body.objectionRoute.path).toBe('/api/v1/evaluation-objections');
      expect(body.objectionRoute.decidedBy.zh).toContain('上级单位');
    });

    it('a unit disputes a figure, a supervisor above accepts, and the figure is no longer counted', async () => {
      const file = (who: Person, body: object) => request(f.app).post('/api/v1/evaluation-objections').set(auth(who)).send(body);
      const dispute = { unitCode: '320102', year: 2025, indicatorId: 'overdue-custody', reason: '该案已于6月1日变更为取保候审，系统未同步' };
      expect((await file(f.w.eastSupervisor, { ...dispute, unitCode: '320105' })).status).toBe(403);
      expect((await file(f.w.east1, dispute)).status).toBe(403);
      expect((await file(f.w.eastSupervisor, { ...dispute, indicatorId: 'no-such' })).status).toBe(400);
      const filed = EvaluationObjectionSchema.parse((await file(f.w.eastSupervisor, dispute).expect(201)).body);
      expect(filed).toMatchObject({ status: 'pending', value: 1, filedBy: f.w.eastSupervisor.id });
      expect((await file(f.w.eastSupervisor, dispute)).status).toBe(409);

      const pending = EvaluationReportSchema.parse((await get('/reports/evaluation?year=2025').expect(200)).body);
      expect(pending.units.find((u) => u.unitCode === '320102')?.values.find((x) => x.indicatorId === 'overdue-custody')?.objection).toEqual({ id: filed.id, status: 'pending' });

      const decide = (who: Person, body: object) => request(f.app).post(`/api/v1/evaluation-objections/${filed.id}/decision`).set(auth(who)).send(body);
      const decision = { decision: 'accepted', reason: '经核实，已变更强制措施' };
      const own = await decide(f.w.eastSupervisor, decision);
      expect(own.status).toBe(403);
      expect(ErrorBodySchema.parse(own.body).reason).toEqual({ zh: '只能由被评价单位的上级单位审查', en: 'Only a supervisor of a unit above the evaluated unit may decide' });
      expect((await decide(f.w.westSupervisor, decision)).status).toBe(403);
      expect(EvaluationObjectionSchema.parse((await decide(f.w.citySupervisor, decision).expect(200)).body)).toMatchObject({ status: 'accepted', decidedBy: f.w.citySupervisor.id });
      expect((await decide(f.w.citySupervisor, decision)).status).toBe(409);

      const after = EvaluationReportSchema.parse((await get('/reports/evaluation?year=2025').expect(200)).body);
      const east = after.units.find((u) => u.unitCode === '320102');
      expect(east?.values.find((x) => x.indicatorId === 'overdue-custody')).toMatchObject({ class: 'negative', counted: false, objection: { status: 'accepted' } });
      expect(east?.negatives).toBe(1);
      const audit = await f.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'evaluation-objection-decision').execute();
      expect(audit).toHaveLength(1);
    });

    it('counts a unit to the chief who held the post more than half the year, and explains it', async () => {
      const put = (who: Person, body: object) => request(f.app).put(`/api/v1/users/${who.id}/posts`).set(auth(f.w.admin)).send(body);
      await put(f.w.eastSupervisor, { posts: [{ unitCode: '320102', post: 'chief', startOn: '2024-07-02', endOn: '2025-07-02' }] }).expect(200);
      await put(f.w.east1, { posts: [{ unitCode: '320102', post: 'chief', startOn: '2025-07-03', endOn: null }] }).expect(200);
      // 2024: 东区部长 from 2 July = 183 of 366 days, exactly half: nobody.
      const y2024 = EvaluationReportSchema.parse((await get('/reports/evaluation?year=2024').expect(200)).body);
      const c2024 = y2024.chiefs.find((c) => c.unitCode === '320102');
      expect(c2024).toMatchObject({ periodDays: 366, holders: [{ userName: '东区部长', days: 183 }], attributedTo: null, values: [] });
      expect(c2024?.explanation.zh).toContain('不参与排名');
      // 2025: 东区部长 183 of 365 days, more than half.
      const y2025 = EvaluationReportSchema.parse((await get('/reports/evaluation?year=2025').expect(200)).body);
      const c2025 = y2025.chiefs.find((c) => c.unitCode === '320102');
      expect(c2025?.holders).toEqual([{ userId: f.w.eastSupervisor.id, userName: '东区部长', days: 183 }, { userId: f.w.east1.id, userName: '东一检察官', days: 182 }]);
      expect(c2025?.attributedTo).toEqual({ userId: f.w.eastSupervisor.id, userName: '东区部长' });
      expect(c2025?.explanation.zh).toContain('超过考评期的一半（182.5日）');
      expect(c2025?.values.map((v) => v.category)).toEqual(['quality', 'quality', 'efficiency', 'efficiency', 'effect', 'effect']);
      expect(c2025?.values.find((v) => v.indicatorId === 'own-cases')).toMatchObject({ value: 0, class: 'neutral' });
      const bad = await put(f.w.east1, { posts: [{ unitCode: '320102', post: 'chief', startOn: '2025-07-03', endOn: '2025-07-01' }] });
      expect(bad.status).toBe(400);
      expect((await put(f.w.east1, { posts: [{ unitCode: '999', post: 'chief', startOn: '2025-07-03', endOn: null }] })).status).toBe(400);
      expect((await request(f.app).put(`/api/v1/users/${f.w.east1.id}/posts`).set(auth(f.w.citySupervisor)).send({ posts: [] })).status).toBe(403);
    });

    it('exports the evaluation as XLSX and CSV', async () => {
      const xlsx = await get('/reports/evaluation?year=2025&format=xlsx').buffer(true).parse(binary).expect(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.body as Parameters<typeof wb.xlsx.load>[0]);
      expect(wb.worksheets.map((s) => s.name)).toEqual(['2025年度综合评价', '数据项', '市分院检察长考评']);
      expect(wb.worksheets[0].getRow(1).getCell(4).value).toBe('每百件案件瑕疵数');
      expect(wb.worksheets[0].getRow(2).getCell(3).value).toBe('西区院');
      const csv = await get('/reports/evaluation?year=2025&format=csv').expect(200);
      expect(csv.text).toContain('异议已采纳，不计');
      expect(csv.text).toContain('东区部长');
    });

    it('403 for a unit outside the scope', async () => {
      expect((await get('/reports/evaluation?year=2025&unit=3201', f.w.eastSupervisor)).status).toBe(403);
    });
  });

  describe('the indicator set', () => {
    it('is the built-in one until an administrator sets another; a set with 6 positive indicators is refused in zh and en', async () => {
      const first = IndicatorSetResponseSchema.parse((await get('/evaluation-indicators').expect(200)).body);
      expect(first).toMatchObject({ builtin: true, updatedAt: null, limits: { maxPositive: 5, minNegative: 2 } });
      const positive = (i: number) => ({ ...DEFAULT_INDICATOR_SET.indicators[1], id: `p-${i}` });
      const tooMany = { ...DEFAULT_INDICATOR_SET, id: 'local-1', indicators: [...DEFAULT_INDICATOR_SET.indicators, ...[1, 2, 3, 4].map(positive)] };
      const res = await request(f.app).put('/api/v1/evaluation-indicators').set(auth(f.w.admin)).send(tooMany);
      expect(res.status).toBe(400);
      const body = ErrorBodySchema.parse(res.body);
      expect(body.reason).toEqual({ zh: '指标集无效：正向评价指标不得多于5个（现有6个）', en: 'Invalid indicator set: at most 5 positive indicators (this set has 6)' });
      const oneNegative = { ...DEFAULT_INDICATOR_SET, indicators: DEFAULT_INDICATOR_SET.indicators.filter((i) => i.polarity === 'positive' || i.id === 'overdue-custody') };
      expect(ErrorBodySchema.parse((await request(f.app).put('/api/v1/evaluation-indicators').set(auth(f.w.admin)).send(oneNegative)).body).reason.en).toContain('at least 2 negative');
      expect(IndicatorSetResponseSchema.parse((await get('/evaluation-indicators').expect(200)).body).builtin).toBe(true);

      const local = { ...DEFAULT_INDICATOR_SET, id: 'local-2', indicators: DEFAULT_INDICATOR_SET.indicators.map((i) => (i.id === 'defects-per-100-cases' ? { ...i, threshold: 40 } : i)) };
      expect((await request(f.app).put('/api/v1/evaluation-indicators').set(auth(f.w.citySupervisor)).send(local)).status).toBe(403);
      const saved = IndicatorSetResponseSchema.parse((await request(f.app).put('/api/v1/evaluation-indicators').set(auth(f.w.admin)).send(local).expect(200)).body);
      expect(saved).toMatchObject({ builtin: false, set: { id: 'local-2' } });
      const report = EvaluationReportSchema.parse((await get('/reports/evaluation?year=2025').expect(200)).body);
      expect(report.units.find((u) => u.unitCode === '320102')?.values.find((v) => v.indicatorId === 'defects-per-100-cases')?.class).toBe('neutral');
    });
  });
});
