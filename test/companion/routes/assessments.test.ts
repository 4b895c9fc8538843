// 社会危险性量化评估 over real HTTP on a real SQLite file (and PostgreSQL when TEST_DATABASE_URL is set):
// the instrument's versions (GET for everyone, PUT for administrators, validated), the synced
// assessments (idempotent by id, each checked against its instrument version) and the summary.
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AssessmentBatchResultSchema, AssessmentInstrumentSchema, AssessmentSummarySchema, ErrorBodySchema, type AssessmentRecord } from '../../../shared/api/index.ts';
import { BUILT_IN_INSTRUMENT, scoreOf } from '../../../shared/assessment/index.ts';
import { apiFixture, auth, backends } from '../helpers.ts';

const { version: _v, ...BODY } = BUILT_IN_INSTRUMENT;

function record(overrides: Partial<AssessmentRecord> = {}): AssessmentRecord {
  const itemIds = overrides.itemIds ?? ['destroys-evidence', 'interferes-witness'];
  const score = overrides.score ?? scoreOf(BUILT_IN_INSTRUMENT, itemIds);
  return {
    id: randomUUID(), caseNumber: '苏检刑捕受〔2025〕7号', instrumentVersion: 1, itemIds, score, band: 'high',
    decision: 'arrest', againstBand: false, training: false, assessedAt: '2025-06-15T09:00:00+08:00', ...overrides,
  };
}

describe.each(backends)('assessment instrument and assessments ($name)', (backend) => {
  let f: Awaited<ReturnType<typeof apiFixture>>;
  beforeEach(async () => { f = await apiFixture(backend); });
  afterEach(async () => { await f.t.cleanup(); });

  const post = (body: unknown, who = f.w.east1) => request(f.app).post('/api/v1/assessments').set(auth(who)).send(body as object);
  const count = async () => Number((await f.store.db.selectFrom('assessments').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('GET answers the built-in starting point (version 1) until an administrator sets one', async () => {
    const res = await request(f.app).get('/api/v1/assessment-instrument').set(auth(f.w.east1)).expect(200);
    const i = AssessmentInstrumentSchema.parse(res.body);
    expect(i).toMatchObject({ version: 1, calibration: 'starting-point', updatedAt: null });
    expect(i.items.length).toBe(BUILT_IN_INSTRUMENT.items.length);
  });

  it('PUT (administrator) makes version 2, then 3; GET follows; older versions still score their assessments', async () => {
    const local = { ...BODY, calibration: 'local', bands: [BODY.bands[0], { ...BODY.bands[2], from: 5 }] };
    const r2 = await request(f.app).put('/api/v1/assessment-instrument').set(auth(f.w.admin)).send(local).expect(200);
    expect(r2.body).toMatchObject({ version: 2, calibration: 'local', updatedAt: expect.any(String) });
    const r3 = await request(f.app).put('/api/v1/assessment-instrument').set(auth(f.w.admin)).send({ ...local, items: local.items.map((i) => (i.id === 'past-flight' ? { ...i, weight: 9 } : i)) }).expect(200);
    expect(r3.body.version).toBe(3);
    expect((await request(f.app).get('/api/v1/assessment-instrument').set(auth(f.w.east1)).expect(200)).body.version).toBe(3);
    // Each version is in the audit trail with who set it.
    const trail = (await request(f.app).get('/api/v1/audit?action=assessment-instrument').set(auth(f.w.admin)).expect(200)).body;
    expect(trail.entries.map((e: { subject: string; before: unknown; after: { version: number }; actorId: string }) => [e.subject, e.before, e.after.version, e.actorId]))
      .toEqual([['3', { version: 2 }, 3, f.w.admin.id], ['2', { version: 1 }, 2, f.w.admin.id]]);
    // Version 1 (built-in) and version 3 side by side: past-flight weighs 6, then 9.
    const old = record({ itemIds: ['past-flight'], score: 6, band: 'low', decision: 'no-arrest' });
    const v3 = record({ itemIds: ['past-flight'], score: 9, band: 'high', instrumentVersion: 3, decision: 'arrest' });
    expect((await post({ assessments: [old, v3] }).expect(200)).body).toEqual({ accepted: 2, duplicates: 0, rejected: [] });
  });

  it('PUT refuses an invalid instrument (400, zh + en, nothing stored) and anyone but an administrator (403)', async () => {
    const bad = await request(f.app).put('/api/v1/assessment-instrument').set(auth(f.w.admin)).send({ ...BODY, bands: [BODY.bands[0], { ...BODY.bands[1], id: 'mandatory' }] });
    expect(bad.status).toBe(400);
    const body = ErrorBodySchema.parse(bad.body);
    expect(body.reason.zh.length).toBeGreaterThan(0);
    expect(body.reason.en).toContain('body.bands.1.id');
    expect(JSON.stringify(body.details)).toContain('reserved');
    const dup = await request(f.app).put('/api/v1/assessment-instrument').set(auth(f.w.admin)).send({ ...BODY, items: [...BODY.items, BODY.items[0]] });
    expect(dup.status).toBe(400);
    expect((await request(f.app).put('/api/v1/assessment-instrument').set(auth(f.w.citySupervisor)).send(BODY)).status).toBe(403);
    expect((await request(f.app).get('/api/v1/assessment-instrument').set(auth(f.w.east1))).body.version).toBe(1);
    expect((await request(f.app).get('/api/v1/audit?action=assessment-instrument').set(auth(f.w.admin)).expect(200)).body.total).toBe(0);
  });

  it('POST stores a batch once (idempotent by id), ids and figures only', async () => {
    const batch = { assessments: [record(), record({ caseNumber: 'C2', itemIds: [], score: 0, band: 'low', decision: 'no-arrest' })] };
    expect(AssessmentBatchResultSchema.parse((await post(batch).expect(200)).body)).toEqual({ accepted: 2, duplicates: 0, rejected: [] });
    expect((await post(batch).expect(200)).body).toEqual({ accepted: 0, duplicates: 2, rejected: [] });
    expect(await count()).toBe(2);
    const row = await f.store.db.selectFrom('assessments').selectAll().where('case_number', '=', '苏检刑捕受〔2025〕7号').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ user_id: f.w.east1.id, unit_code: '320102', instrument_version: 1, item_ids: '["destroys-evidence","interferes-witness"]', score: 20, band: 'high', decision: 'arrest', against_band: 0, training: 0, assessed_at: '2025-06-15T01:00:00.000Z' });
  });

  it('refuses by itself a record whose score, band, items, version or againstBand does not hold, or that carries case facts', async () => {
    const good = record();
    const wrongScore = record({ score: 21 });
    const wrongBand = record({ band: 'medium' });
    const unknownItem = record({ itemIds: ['no-such-item'], score: 0, band: 'low' });
    const noVersion = record({ instrumentVersion: 9 });
    const notAgainst = record({ decision: 'no-arrest', againstBand: false });
    const withFacts = { ...record(), evidence: { 'destroys-evidence': '证人李某证言' } };
    const res = await post({ assessments: [good, wrongScore, wrongBand, unknownItem, noVersion, notAgainst, withFacts] }).expect(200);
    expect(res.body.accepted).toBe(1);
    const fields = Object.fromEntries((res.body.rejected as { id: string; field: string }[]).map((r) => [r.id, r.field]));
    expect(fields).toEqual({
      [wrongScore.id]: 'score', [wrongBand.id]: 'band', [unknownItem.id]: 'itemIds', [noVersion.id]: 'instrumentVersion',
      [notAgainst.id]: 'againstBand', [withFacts.id]: '(assessment)',
    });
    expect(await count()).toBe(1);
  });

  it('accepts a legal-override band whatever the score, and a decision against it with againstBand', async () => {
    const mandatory = record({ itemIds: ['plea-accepted'], score: -6, band: 'mandatory', decision: 'no-arrest', againstBand: true });
    const excluded = record({ band: 'excluded', decision: 'no-arrest', againstBand: false });
    expect((await post({ assessments: [mandatory, excluded] }).expect(200)).body.accepted).toBe(2);
  });

  it('answers 400 when every record is bad (naming fields), 403 for a trainer posting a real one, 401 without a token', async () => {
    const res = await post({ assessments: [record({ score: 1 })] });
    expect(res.status).toBe(400);
    expect(ErrorBodySchema.parse(res.body).reason.en).toContain('assessments.0.score');
    expect((await post({ assessments: [record()] }, f.w.trainer)).status).toBe(400);
    expect((await post({ assessments: [record({ training: true })] }, f.w.trainer)).status).toBe(200);
    expect((await request(f.app).post('/api/v1/assessments').send({ assessments: [record()] })).status).toBe(401);
    expect((await post({ assessments: [record()] }, f.w.admin)).status).toBe(403);
  });

  it('summary: per unit, band × decision of each case\'s latest assessment, with the share against the band, in scope', async () => {
    await post({ assessments: [
      record({ caseNumber: 'A', assessedAt: '2025-06-10T09:00:00+08:00', decision: 'arrest' }),
      // A re-assessed later: only the latest counts.
      record({ caseNumber: 'A', itemIds: [], score: 0, band: 'low', decision: 'arrest', againstBand: true, assessedAt: '2025-06-12T09:00:00+08:00' }),
      record({ caseNumber: 'B', itemIds: [], score: 0, band: 'low', decision: 'no-arrest' }),
    ] }).expect(200);
    await post({ assessments: [record({ caseNumber: 'W', decision: 'no-arrest', againstBand: true })] }, f.w.west1).expect(200);
    await post({ assessments: [record({ caseNumber: 'T', training: true })] }).expect(200);

    const city = AssessmentSummarySchema.parse((await request(f.app).get('/api/v1/assessments/summary?year=2025').set(auth(f.w.citySupervisor)).expect(200)).body);
    expect(city.bands.map((b) => b.id)).toEqual(['low', 'medium', 'high', 'mandatory', 'excluded']);
    expect(city.units.map((u) => [u.unitCode, u.cases, u.againstBand])).toEqual([['320102', 2, 1], ['320105', 1, 1]]);
    expect(city.units[0].cells).toEqual(expect.arrayContaining([{ band: 'low', decision: 'arrest', count: 1 }, { band: 'low', decision: 'no-arrest', count: 1 }]));
    expect(city.units[0].cells).toHaveLength(2);
    expect(city.recent.map((r) => r.caseNumber).sort()).toEqual(['A', 'B', 'W']);

    const east = (await request(f.app).get('/api/v1/assessments/summary?year=2025').set(auth(f.w.eastSupervisor)).expect(200)).body;
    expect(east.units.map((u: { unitCode: string }) => u.unitCode)).toEqual(['320102']);
    expect((await request(f.app).get('/api/v1/assessments/summary?unit=320105').set(auth(f.w.eastSupervisor))).status).toBe(403);
    const training = (await request(f.app).get('/api/v1/assessments/summary?year=2025&training=true').set(auth(f.w.citySupervisor)).expect(200)).body;
    expect(training.units).toEqual([expect.objectContaining({ unitCode: '320102', cases: 1 })]);
    expect((await request(f.app).get('/api/v1/assessments/summary?year=2024').set(auth(f.w.citySupervisor)).expect(200)).body.units).toEqual([]);
    expect((await request(f.app).get('/api/v1/assessments/summary').set(auth(f.w.east1))).status).toBe(403);
  });
});
