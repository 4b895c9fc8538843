import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RuleConfigSchema } from '../../../shared/api/index.ts';
import { apiFixture, auth, backends, event, ingest } from '../helpers.ts';

const update = {
  rules: [
    { ruleId: 'prosecution-review-1m', enabled: true, points: { 'overdue-in-custody': 8, 'overdue': 6 }, warningDays: 5 },
    { ruleId: 'case-info-disclosure', enabled: false, points: {}, warningDays: null },
  ],
  thresholds: { prosecution: 20, other: 10, prosecutionProcedures: ['prosecution-review'] },
};

describe.each(backends)('/api/v1/rule-config ($name)', (backend) => {
  let f: Awaited<ReturnType<typeof apiFixture>>;
  beforeEach(async () => { f = await apiFixture(backend); });
  afterEach(async () => { await f.t.cleanup(); });

  it('answers the default thresholds and no overrides before an administrator sets any', async () => {
    const res = await request(f.app).get('/api/v1/rule-config').set(auth(f.w.east1)).expect(200);
    expect(RuleConfigSchema.parse(res.body)).toEqual({ rules: [], thresholds: { prosecution: 40, other: 30, prosecutionProcedures: ['prosecution-review'] }, updatedAt: null, version: 0 });
  });

  it('lets an administrator replace it, and everyone pull it', async () => {
    const put = await request(f.app).put('/api/v1/rule-config').set(auth(f.w.admin)).send(update).expect(200);
    expect(put.body).toMatchObject({ ...update, rules: [update.rules[1], update.rules[0]], updatedAt: '2025-06-15T02:00:00.000Z' });
    const pulled = await request(f.app).get('/api/v1/rule-config').set(auth(f.w.trainer)).expect(200);
    expect(pulled.body).toEqual(put.body);
    await request(f.app).put('/api/v1/rule-config').set(auth(f.w.admin)).send({ ...update, rules: [] }).expect(200);
    expect((await request(f.app).get('/api/v1/rule-config').set(auth(f.w.admin))).body.rules).toEqual([]);
  });

  it('applies new thresholds to the cases over threshold', async () => {
    await ingest(f.store, f.w.east1, [
      event({ caseNumber: 'A1', procedure: 'arrest-review' }),
      event({ caseNumber: 'A1', ruleId: 'notice-suspect-counsel-3d', procedure: 'arrest-review' }),
    ]);
    const before = await request(f.app).get('/api/v1/cases/over-threshold').set(auth(f.w.admin)).expect(200);
    expect(before.body.cases).toEqual([]);
    await request(f.app).put('/api/v1/rule-config').set(auth(f.w.admin)).send(update).expect(200);
    const after = await request(f.app).get('/api/v1/cases/over-threshold').set(auth(f.w.admin)).expect(200);
    expect(after.body.cases.map((c: { caseNumber: string; threshold: number }) => [c.caseNumber, c.threshold])).toEqual([['A1', 10]]);
  });

  it('returns 403 when anyone but an administrator puts it', async () => {
    for (const who of [f.w.east1, f.w.citySupervisor, f.w.trainer]) {
      expect((await request(f.app).put('/api/v1/rule-config').set(auth(who)).send(update)).status).toBe(403);
    }
  });

  it('returns 400 for duplicate rules, bad points and unknown keys', async () => {
    const put = (body: unknown) => request(f.app).put('/api/v1/rule-config').set(auth(f.w.admin)).send(body as object);
    expect((await put({ ...update, rules: [update.rules[0], update.rules[0]] })).status).toBe(400);
    expect((await put({ ...update, rules: [{ ...update.rules[0], points: { x: 1000 } }] })).status).toBe(400);
    expect((await put({ ...update, extra: true })).status).toBe(400);
    expect((await put({ rules: [] })).status).toBe(400);
  });
});

describe.each(backends)('/api/v1/rule-config: unit-policy limits ($name)', (backend) => {
  let f: Awaited<ReturnType<typeof apiFixture>>;
  beforeEach(async () => { f = await apiFixture(backend); });
  afterEach(async () => { await f.t.cleanup(); });
  const policy = { ruleId: 'intake-register-and-assign', enabled: true, points: {}, warningDays: null };
  const thresholds = update.thresholds;

  it('returns 400 for settings the engine would not apply, and stores nothing', async () => {
    const put = (rules: unknown[]) => request(f.app).put('/api/v1/rule-config').set(auth(f.w.admin)).send({ rules, thresholds });
    const notPolicy = await put([{ ruleId: 'prosecution-review-1m', enabled: true, points: {}, warningDays: null, adopted: true }]);
    expect(notPolicy.status).toBe(400);
    expect(notPolicy.body.reason.zh).toContain('prosecution-review-1m');
    const notRed = await put([{ ruleId: 'notice-suspect-counsel-3d', enabled: true, points: { 'due-soon': 3 }, warningDays: null }]);
    expect(notRed.status).toBe(400);
    expect((await request(f.app).get('/api/v1/rule-config').set(auth(f.w.admin))).body.version).toBe(0);
  });

  it('books a policy limit only once the unit adopts it (规则 157: the catalogue\'s [配置] period)', async () => {
    const late = (id: string, observedAt: string) => event({
      id, ruleId: 'intake-register-and-assign', ruleVersion: 1, messageId: 'late', light: 'red', points: 9,
      caseNumber: 'P1', occurrenceKey: id, observedAt, procedure: 'prosecution-review',
    });
    await request(f.app).put('/api/v1/rule-config').set(auth(f.w.admin)).send({ rules: [policy], thresholds }).expect(200);
    const before = await request(f.app).post('/api/v1/events').set(auth(f.w.east1))
      .send({ events: [late('00000000-0000-4000-8000-000000000001', '2025-06-14T09:00:00+08:00')] }).expect(200);
    expect(before.body.rejected).toEqual([]);
    await request(f.app).put('/api/v1/rule-config').set(auth(f.w.admin)).send({ rules: [{ ...policy, adopted: true }], thresholds }).expect(200);
    await request(f.app).post('/api/v1/events').set(auth(f.w.east1))
      .send({ events: [late('00000000-0000-4000-8000-000000000002', '2025-06-15T11:00:00+08:00')] }).expect(200);
    const defects = await request(f.app).get(`/api/v1/cases/${encodeURIComponent('P1')}/defects`).set(auth(f.w.admin)).expect(200);
    const byKey = Object.fromEntries(defects.body.defects.map((d: { occurrenceKey: string; points: number }) => [d.occurrenceKey, d.points]));
    expect(byKey).toEqual({ '00000000-0000-4000-8000-000000000001': 0, '00000000-0000-4000-8000-000000000002': expect.any(Number) });
    expect(byKey['00000000-0000-4000-8000-000000000002']).toBeGreaterThan(0);
  });
});
