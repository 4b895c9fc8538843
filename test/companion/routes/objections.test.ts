import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ObjectionListResponseSchema, ObjectionSchema } from '../../../shared/api/index.ts';
import { apiFixture, auth, backends, event, ingest, setRuleConfig, testApp, type Person } from '../helpers.ts';

describe.each(backends)('/api/v1/objections ($name)', (backend) => {
  let f: Awaited<ReturnType<typeof apiFixture>>;
  let eastDefect: string;
  let westDefect: string;
  beforeEach(async () => {
    f = await apiFixture(backend);
    await ingest(f.store, f.w.east1, [event({ caseNumber: 'E1' })]);
    await ingest(f.store, f.w.west1, [event({ caseNumber: 'W1', ruleId: 'notice-suspect-counsel-3d' })]);
    eastDefect = (await f.store.defects.caseDefects({ all: true }, 'E1')).defects[0].id;
    westDefect = (await f.store.defects.caseDefects({ all: true }, 'W1')).defects[0].id;
  });
  afterEach(async () => { await f.t.cleanup(); });

  const file = (who: Person, defectId: string, reason = '期满日为节假日，依法顺延') =>
    request(f.app).post('/api/v1/objections').set(auth(who)).send({ defectId, reason });
  const decide = (who: Person, id: string, decision: 'accepted' | 'rejected', reason = '经核查') =>
    request(f.app).post(`/api/v1/objections/${id}/decision`).set(auth(who)).send({ decision, reason });

  it('lets a prosecutor object to their own defect (201)', async () => {
    const res = await file(f.w.east1, eastDefect);
    expect(res.status).toBe(201);
    expect(ObjectionSchema.parse(res.body)).toMatchObject({ defectId: eastDefect, status: 'pending', userId: f.w.east1.id, reason: '期满日为节假日，依法顺延' });
  });

  it("returns 403 when a prosecutor objects to someone else's defect", async () => {
    const res = await file(f.w.east2, eastDefect);
    expect(res.status).toBe(403);
    expect(res.body.reason.zh).toContain('本人');
  });

  it('returns 409 for a second open objection and 404 for an unknown defect', async () => {
    await file(f.w.east1, eastDefect).expect(201);
    expect((await file(f.w.east1, eastDefect)).status).toBe(409);
    expect((await file(f.w.east1, '0b6f2f0e-8f3c-4a8e-9c1a-2d6b7a1f3e55')).status).toBe(404);
  });

  it('returns 400 without a reason or with a reason over 500 characters', async () => {
    expect((await file(f.w.east1, eastDefect, '')).status).toBe(400);
    expect((await file(f.w.east1, eastDefect, '长'.repeat(501))).status).toBe(400);
    expect((await request(f.app).post('/api/v1/objections').set(auth(f.w.east1)).send({ defectId: 'x', reason: 'r' })).status).toBe(400);
  });

  it('lists pending objections to supervisors of the unit or above, and to the prosecutor who filed them', async () => {
    const mine = (await file(f.w.east1, eastDefect)).body.id as string;
    await file(f.w.west1, westDefect).expect(201);
    const ids = async (who: Person) => ObjectionListResponseSchema.parse((await request(f.app).get('/api/v1/objections?status=pending').set(auth(who)).expect(200)).body).objections.map((o) => o.caseNumber).sort();
    expect(await ids(f.w.eastSupervisor)).toEqual(['E1']);
    expect(await ids(f.w.citySupervisor)).toEqual(['E1', 'W1']);
    expect(await ids(f.w.admin)).toEqual(['E1', 'W1']);
    expect(await ids(f.w.east1)).toEqual(['E1']);
    expect(await ids(f.w.east2)).toEqual([]);
    await decide(f.w.eastSupervisor, mine, 'rejected').expect(200);
    expect(await ids(f.w.eastSupervisor)).toEqual([]);
    expect((await request(f.app).get('/api/v1/objections?status=rejected').set(auth(f.w.eastSupervisor)).expect(200)).body.objections).toHaveLength(1);
  });

  it('voids the points when a supervisor of the unit or above accepts, keeping the reason', async () => {
    const id = (await file(f.w.east1, eastDefect)).body.id as string;
    const res = await decide(f.w.citySupervisor, id, 'accepted', '未在押，期满日顺延至节后，不构成超期');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'accepted', decidedBy: f.w.citySupervisor.id, decidedByName: '市院督察', decisionReason: '未在押，期满日顺延至节后，不构成超期' });
    const c = await request(f.app).get('/api/v1/cases/E1/defects').set(auth(f.w.admin)).expect(200);
    expect(c.body.defects[0]).toMatchObject({ voided: true, voidReason: '未在押，期满日顺延至节后，不构成超期', objection: { id, status: 'accepted' } });
    expect(c.body.totalPoints).toBe(0);
    const t = await request(f.app).get('/api/v1/tallies?groupBy=unit&year=2025').set(auth(f.w.admin)).expect(200);
    expect(t.body.totals).toMatchObject({ points: 6, voided: 1, voidedPoints: 8 });
  });

  it('leaves the points when the objection is rejected', async () => {
    const id = (await file(f.w.east1, eastDefect)).body.id as string;
    await decide(f.w.eastSupervisor, id, 'rejected', '在押，不顺延').expect(200);
    const t = await request(f.app).get('/api/v1/tallies?groupBy=unit&year=2025').set(auth(f.w.admin)).expect(200);
    expect(t.body.totals).toMatchObject({ points: 14, voided: 0 });
  });

  it("returns 403 for a supervisor of another unit, for a prosecutor, and for deciding one's own", async () => {
    const id = (await file(f.w.east1, eastDefect)).body.id as string;
    const west = await decide(f.w.westSupervisor, id, 'accepted');
    expect(west.status).toBe(403);
    expect(west.body.reason.en).toContain('your unit');
    expect((await decide(f.w.east2, id, 'accepted')).status).toBe(403);
    expect((await decide(f.w.admin, id, 'accepted')).status).toBe(403);
    await ingest(f.store, f.w.eastSupervisor, [event({ caseNumber: 'SUP-OWN' })]);
    const own = (await f.store.defects.caseDefects({ all: true }, 'SUP-OWN')).defects[0].id;
    const ownObjection = (await file(f.w.eastSupervisor, own)).body.id as string;
    expect((await decide(f.w.eastSupervisor, ownObjection, 'accepted')).status).toBe(403);
    expect((await decide(f.w.citySupervisor, ownObjection, 'accepted')).status).toBe(200);
  });

  it('returns 409 for a decided objection, 404 for an unknown one and 400 for a bad decision', async () => {
    const id = (await file(f.w.east1, eastDefect)).body.id as string;
    await decide(f.w.eastSupervisor, id, 'accepted').expect(200);
    expect((await decide(f.w.eastSupervisor, id, 'rejected')).status).toBe(409);
    expect((await decide(f.w.eastSupervisor, '0b6f2f0e-8f3c-4a8e-9c1a-2d6b7a1f3e55', 'rejected')).status).toBe(404);
    expect((await decide(f.w.eastSupervisor, 'not-an-id', 'rejected')).status).toBe(400);
    const bad = await request(f.app).post(`/api/v1/objections/${id}/decision`).set(auth(f.w.eastSupervisor)).send({ decision: 'accepted' });
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([expect.objectContaining({ field: 'body.reason' })]);
  });

  it('turns an objected event from the extension into a pending objection', async () => {
    await request(f.app).post('/api/v1/events').set(auth(f.w.east1))
      .send({ events: [event({ caseNumber: 'E1', kind: 'objected', objectionReason: '已电话告知，有记录', observedAt: '2025-04-06T09:00:00+08:00' })] })
      .expect(200);
    const list = await request(f.app).get('/api/v1/objections?status=pending').set(auth(f.w.eastSupervisor)).expect(200);
    expect(list.body.objections).toEqual([expect.objectContaining({ defectId: eastDefect, reason: '已电话告知，有记录' })]);
  });

  it('pages the list with limit, offset and total, newest first by default and oldest first on request', async () => {
    const cases = Array.from({ length: 7 }, (_, i) => `P-${i}`);
    for (const [i, c] of cases.entries()) {
      await ingest(f.store, f.w.east1, [
        event({ caseNumber: c }),
        event({ caseNumber: c, kind: 'objected', objectionReason: `理由${i}`, observedAt: `2025-04-${String(10 + i).padStart(2, '0')}T09:00:00+08:00` }),
      ]);
    }
    const get = async (q: string) => ObjectionListResponseSchema.parse((await request(f.app).get(`/api/v1/objections?status=pending&${q}`).set(auth(f.w.eastSupervisor)).expect(200)).body);
    const first = await get('limit=3');
    expect(first).toMatchObject({ total: 7, limit: 3, offset: 0, order: 'newest' });
    expect(first.objections.map((o) => o.caseNumber)).toEqual(['P-6', 'P-5', 'P-4']);
    const oldest = await get('order=oldest&limit=3&offset=3');
    expect(oldest).toMatchObject({ total: 7, offset: 3, order: 'oldest' });
    expect(oldest.objections.map((o) => o.caseNumber)).toEqual(['P-3', 'P-4', 'P-5']);
    expect((await get('order=oldest&limit=3&offset=6')).objections.map((o) => o.caseNumber)).toEqual(['P-6']);
    expect((await get('user=' + f.w.east2.id)).total).toBe(0);
    for (const bad of ['limit=0', 'limit=1001', 'offset=-1', 'order=random', 'user=x']) {
      expect((await request(f.app).get(`/api/v1/objections?${bad}`).set(auth(f.w.admin))).status, bad).toBe(400);
    }
  });

  it('returns 409 for an objection to a defect with 0 points: nothing to object to', async () => {
    await setRuleConfig(f.store, [{ ruleId: 'notice-suspect-counsel-3d', points: { missing: 0 } }], new Date('2025-01-01T00:00:00Z'));
    await ingest(f.store, f.w.east1, [event({ caseNumber: 'ZERO', ruleId: 'notice-suspect-counsel-3d', messageId: 'missing' })]);
    const zero = (await f.store.defects.caseDefects({ all: true }, 'ZERO')).defects[0];
    expect(zero.points).toBe(0);
    const res = await file(f.w.east1, zero.id);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ error: 'nothing-to-object' });
    expect(res.body.reason.zh).toContain('无可异议');
    // The same through an objected event: refused by itself, not stored, nothing filed.
    const objected = event({ caseNumber: 'ZERO', ruleId: 'notice-suspect-counsel-3d', messageId: 'missing', kind: 'objected', objectionReason: '无', observedAt: '2025-04-06T09:00:00+08:00' });
    const posted = await request(f.app).post('/api/v1/events').set(auth(f.w.east1)).send({ events: [objected] });
    expect(posted.status).toBe(400);
    expect(posted.body.details).toEqual([expect.objectContaining({ field: 'body.events.0.kind' })]);
    expect(await f.store.events.has([objected.id])).toEqual(new Set());
    expect((await request(f.app).get('/api/v1/objections').set(auth(f.w.admin))).body.total).toBe(0);
  });

  it('keeps at most N objections open per prosecutor (configurable): 409 beyond, again allowed once one is decided', async () => {
    const capped = testApp(f.t, { maxOpenObjections: 2 });
    const defectIds: string[] = [];
    for (const c of ['K1', 'K2', 'K3']) {
      await ingest(f.store, f.w.east1, [event({ caseNumber: c })]);
      defectIds.push((await f.store.defects.caseDefects({ all: true }, c)).defects[0].id);
    }
    const fileTo = (id: string) => request(capped).post('/api/v1/objections').set(auth(f.w.east1)).send({ defectId: id, reason: '理由' });
    const a = (await fileTo(defectIds[0]).expect(201)).body.id as string;
    await fileTo(defectIds[1]).expect(201);
    const third = await fileTo(defectIds[2]);
    expect(third.status).toBe(409);
    expect(third.body).toMatchObject({ error: 'too-many-open-objections' });
    // Objected events are refused the same way, by themselves; the rest of their batch is stored.
    const viaEvent = event({ caseNumber: 'K3', kind: 'objected', objectionReason: '理由', observedAt: '2025-04-06T09:00:00+08:00' });
    const other = event({ caseNumber: 'K4' });
    const batch = await request(capped).post('/api/v1/events').set(auth(f.w.east1)).send({ events: [viaEvent, other] }).expect(200);
    expect(batch.body).toMatchObject({ accepted: 1, rejected: [{ id: viaEvent.id, field: 'kind' }] });
    expect(batch.body.rejected[0].reason).toContain('too many open objections');
    await request(capped).post(`/api/v1/objections/${a}/decision`).set(auth(f.w.eastSupervisor)).send({ decision: 'rejected', reason: '不成立' }).expect(200);
    await fileTo(defectIds[2]).expect(201);
    // Another prosecutor has their own allowance.
    await ingest(f.store, f.w.east2, [event({ caseNumber: 'K5' })]);
    const theirs = (await f.store.defects.caseDefects({ all: true }, 'K5')).defects[0].id;
    await request(capped).post('/api/v1/objections').set(auth(f.w.east2)).send({ defectId: theirs, reason: '理由' }).expect(201);
  });
});
