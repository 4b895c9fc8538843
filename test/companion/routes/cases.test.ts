import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseDefectsResponseSchema, OverThresholdResponseSchema } from '../../../shared/api/index.ts';
import { apiFixture, auth, backends, event, ingest, setRuleConfig } from '../helpers.ts';

const PROSECUTION_CASE = '苏检刑诉受〔2025〕320102000123号';

describe.each(backends)('/api/v1/cases ($name)', (backend) => {
  let f: Awaited<ReturnType<typeof apiFixture>>;
  beforeAll(async () => {
    f = await apiFixture(backend);
    // A unit that weighs these outcomes at 10 (9 for a late interrogation), in force since January.
    await setRuleConfig(f.store, [
      { ruleId: 'prosecution-review-1m', points: { 'late-in-custody': 10 } },
      { ruleId: 'notice-suspect-counsel-3d', points: { missing: 10 } },
      { ruleId: 'plea-agreement-counsel-present', points: { 'no-counsel': 10 } },
      { ruleId: 'plea-audio-video', points: { 'hearing-not-recorded': 10 } },
      { ruleId: 'family-notification-24h', points: { late: 10 } },
      { ruleId: 'interrogation-within-24h', points: { late: 9 } },
    ], new Date('2025-01-01T00:00:00Z'));
    await ingest(f.store, f.w.east1, [
      event({ caseNumber: PROSECUTION_CASE, ruleId: 'prosecution-review-1m', messageId: 'late-in-custody' }),
      event({ caseNumber: PROSECUTION_CASE, ruleId: 'notice-suspect-counsel-3d' }),
      event({ caseNumber: PROSECUTION_CASE, ruleId: 'plea-agreement-counsel-present' }),
      event({ caseNumber: PROSECUTION_CASE, ruleId: 'plea-audio-video' }),
      event({ caseNumber: 'ARREST-1', ruleId: 'arrest-review-police-detained-7d', procedure: 'arrest-review' }),
      event({ caseNumber: 'ARREST-1', ruleId: 'family-notification-24h', messageId: 'late', procedure: 'arrest-review' }),
      event({ caseNumber: 'ARREST-1', ruleId: 'interrogation-within-24h', messageId: 'late', procedure: 'arrest-review' }),
    ]);
    await ingest(f.store, f.w.west1, [
      event({ caseNumber: 'WEST-1', ruleId: 'arrest-review-police-detained-7d', procedure: 'arrest-review' }),
      event({ caseNumber: 'WEST-1', ruleId: 'investigative-detention-expiry', procedure: 'arrest-review' }),
      event({ caseNumber: 'WEST-1', ruleId: 'family-notification-24h', messageId: 'late', procedure: 'arrest-review' }),
    ]);
  });
  afterAll(async () => { await f.t.cleanup(); });

  const defects = (caseNumber: string, who = f.w.admin) => request(f.app).get(`/api/v1/cases/${encodeURIComponent(caseNumber)}/defects`).set(auth(who));

  it("lists a case's defects with its kind, threshold and total", async () => {
    const res = await defects(PROSECUTION_CASE).expect(200);
    const body = CaseDefectsResponseSchema.parse(res.body);
    expect(body).toMatchObject({ caseNumber: PROSECUTION_CASE, kind: 'prosecution', threshold: 40, totalPoints: 40, overThreshold: true });
    expect(body.defects).toHaveLength(4);
    expect(body.defects[0]).toMatchObject({ userName: '东一检察官', unitCode: '320102', voided: false, objection: null, demo: false });
  });

  it('answers an empty list for a case with no defects', async () => {
    const res = await defects('NONE').expect(200);
    expect(res.body).toMatchObject({ defects: [], totalPoints: 0, overThreshold: false, kind: 'other' });
  });

  it("returns 403 for a supervisor or prosecutor reading another unit's case", async () => {
    const sup = await defects('WEST-1', f.w.eastSupervisor);
    expect(sup.status).toBe(403);
    expect(sup.body.reason.en).toContain('another unit');
    expect((await defects('WEST-1', f.w.east1)).status).toBe(403);
    expect((await defects(PROSECUTION_CASE, f.w.east2)).status).toBe(403);
    expect((await defects('WEST-1', f.w.citySupervisor)).status).toBe(200);
    expect((await defects(PROSECUTION_CASE, f.w.east1)).status).toBe(200);
  });

  it('lists cases over the per-case threshold: 公诉 >= 40, others >= 30', async () => {
    const res = await request(f.app).get('/api/v1/cases/over-threshold?year=2025').set(auth(f.w.admin)).expect(200);
    const body = OverThresholdResponseSchema.parse(res.body);
    expect(body.thresholds).toEqual({ prosecution: 40, other: 30, prosecutionProcedures: ['prosecution-review'] });
    expect(body.cases.map((c) => [c.caseNumber, c.kind, c.totalPoints])).toEqual([[PROSECUTION_CASE, 'prosecution', 40], ['WEST-1', 'other', 30]]);
    expect(body.cases[0]).toMatchObject({ unitCodes: ['320102'], prosecutors: [{ id: f.w.east1.id, name: '东一检察官' }] });
    expect(body).toMatchObject({ total: 2, limit: 100, offset: 0 });
  });

  it('pages the cases over threshold with limit and offset, with the total of all pages', async () => {
    const page = async (q: string) => OverThresholdResponseSchema.parse((await request(f.app).get(`/api/v1/cases/over-threshold?year=2025&${q}`).set(auth(f.w.admin)).expect(200)).body);
    const first = await page('limit=1');
    expect(first).toMatchObject({ total: 2, limit: 1, offset: 0 });
    expect(first.cases.map((c) => c.caseNumber)).toEqual([PROSECUTION_CASE]);
    const second = await page('limit=1&offset=1');
    expect(second).toMatchObject({ total: 2, limit: 1, offset: 1 });
    expect(second.cases.map((c) => c.caseNumber)).toEqual(['WEST-1']);
    expect(await page('limit=1000&offset=2')).toMatchObject({ total: 2, cases: [] });
  });

  it('keeps over-threshold cases within the caller’s units', async () => {
    const east = await request(f.app).get('/api/v1/cases/over-threshold').set(auth(f.w.eastSupervisor)).expect(200);
    expect(east.body.cases.map((c: { caseNumber: string }) => c.caseNumber)).toEqual([PROSECUTION_CASE]);
    expect((await request(f.app).get('/api/v1/cases/over-threshold?unit=320105').set(auth(f.w.eastSupervisor))).status).toBe(403);
    const other = await request(f.app).get('/api/v1/cases/over-threshold?year=2024').set(auth(f.w.admin)).expect(200);
    expect(other.body.cases).toEqual([]);
  });

  it('returns 400 for a case number with control characters and for unknown query parameters', async () => {
    expect((await defects('A\u0001B')).status).toBe(400);
    expect((await request(f.app).get('/api/v1/cases/over-threshold?size=5').set(auth(f.w.admin))).status).toBe(400);
    for (const bad of ['limit=0', 'limit=1001', 'limit=x', 'offset=-1']) {
      expect((await request(f.app).get(`/api/v1/cases/over-threshold?${bad}`).set(auth(f.w.admin))).status).toBe(400);
    }
  });

  it('returns 400, not 500, for a path that is not valid percent-encoding', async () => {
    const res = await request(f.app).get('/api/v1/cases/%E0%A4%A/defects').set(auth(f.w.admin));
    expect(res.status).toBe(400);
    expect(res.body.reason).toBeDefined();
  });
});
