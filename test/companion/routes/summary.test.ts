import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SummaryResponseSchema } from '../../../shared/api/index.ts';
import { apiFixture, auth, backends, event, ingest, setRuleConfig } from '../helpers.ts';

describe.each(backends)('GET /api/v1/summary ($name)', (backend) => {
  let f: Awaited<ReturnType<typeof apiFixture>>;
  beforeAll(async () => {
    f = await apiFixture(backend);
    // Per-case thresholds low enough for a small ledger: 公诉 at 10, others at 30.
    await setRuleConfig(f.store, [], new Date('2025-01-01T00:00:00Z'), { prosecution: 10, other: 30 });
    await ingest(f.store, f.w.east1, [
      event({ caseNumber: 'E1', ruleId: 'prosecution-review-1m' }), // 8
      event({ caseNumber: 'E1', ruleId: 'notice-suspect-counsel-3d' }), // 6
      event({ caseNumber: 'E1', ruleId: 'notice-suspect-counsel-3d', kind: 'rectified', light: 'green', points: 0, observedAt: '2025-04-10T09:00:00+08:00' }),
      event({ caseNumber: 'E2', ruleId: 'plea-agreement-counsel-present', kind: 'objected', objectionReason: '律师在场，有笔录' }), // 9
    ]);
    await ingest(f.store, f.w.west1, [event({ caseNumber: 'W1', ruleId: 'arrest-review-police-detained-7d', messageId: 'late', procedure: 'arrest-review' })]); // 8
  });
  afterAll(async () => { await f.t.cleanup(); });

  it("answers this year's overview: totals, units, prosecutors, top rules, cases over threshold, pending objections", async () => {
    const res = await request(f.app).get('/api/v1/summary').set(auth(f.w.admin)).expect(200);
    const body = SummaryResponseSchema.parse(res.body);
    expect(body).toMatchObject({ year: 2025, containsDemoData: false, pendingObjections: 1 });
    expect(body.totals).toMatchObject({ defects: 4, points: 31, rectified: 1, rectificationRate: 0.25 });
    expect(body.byUnit.map((r) => [r.key, r.points])).toEqual([['320102', 23], ['320105', 8]]);
    expect(body.byProsecutor[0]).toMatchObject({ label: '东一检察官', points: 23 });
    expect(body.topRules[0]).toMatchObject({ key: 'plea-agreement-counsel-present', points: 9 });
    expect(body.overThreshold).toMatchObject({ count: 1, cases: [{ caseNumber: 'E1', totalPoints: 14, kind: 'prosecution' }] });
  });

  it("limits a supervisor's overview to their unit and below, and a prosecutor's to themselves", async () => {
    const west = SummaryResponseSchema.parse((await request(f.app).get('/api/v1/summary').set(auth(f.w.westSupervisor)).expect(200)).body);
    expect(west).toMatchObject({ totals: { points: 8 }, pendingObjections: 0, overThreshold: { count: 0 } });
    const east2 = SummaryResponseSchema.parse((await request(f.app).get('/api/v1/summary').set(auth(f.w.east2)).expect(200)).body);
    expect(east2.totals.points).toBe(0);
  });

  it('narrows to one unit within the caller’s scope with ?unit=, and answers 403 for a unit outside it', async () => {
    const east = SummaryResponseSchema.parse((await request(f.app).get('/api/v1/summary?unit=320102').set(auth(f.w.admin)).expect(200)).body);
    expect(east).toMatchObject({ totals: { points: 23 }, pendingObjections: 1, overThreshold: { count: 1, cases: [{ caseNumber: 'E1' }] } });
    expect(east.byUnit.map((r) => r.key)).toEqual(['320102']);
    const west = SummaryResponseSchema.parse((await request(f.app).get('/api/v1/summary?unit=320105').set(auth(f.w.westSupervisor)).expect(200)).body);
    expect(west).toMatchObject({ totals: { points: 8 }, overThreshold: { count: 0, cases: [] } });
    expect((await request(f.app).get('/api/v1/summary?unit=320102').set(auth(f.w.westSupervisor))).status).toBe(403);
  });

  it('answers other years, and 400 for a bad year', async () => {
    expect((await request(f.app).get('/api/v1/summary?year=2024').set(auth(f.w.admin)).expect(200)).body.totals.defects).toBe(0);
    expect((await request(f.app).get('/api/v1/summary?year=20x4').set(auth(f.w.admin))).status).toBe(400);
  });
});
