import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RuleConfigSchema } from '../../../shared/api/index.ts';
import { apiFixture, auth, backends, event, ingest } from '../helpers.ts';

const update = {
  rules: [
    { ruleId: 'prosecution-review-1m', enabled: true, points: { 'in-custody': 8, 'not-in-custody': 6 }, warningDays: 5 },
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
