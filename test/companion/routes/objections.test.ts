import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ObjectionListResponseSchema, ObjectionSchema } from '../../../shared/api/index.ts';
import { apiFixture, auth, backends, event, ingest, type Person } from '../helpers.ts';

describe.each(backends)('/api/v1/objections ($name)', (backend) => {
  let f: Awaited<ReturnType<typeof apiFixture>>;
  let eastDefect: string;
  let westDefect: string;
  beforeEach(async () => {
    f = await apiFixture(backend);
    await ingest(f.store, f.w.east1, [event({ caseNumber: 'E1', points: 8 })]);
    await ingest(f.store, f.w.west1, [event({ caseNumber: 'W1', points: 6 })]);
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
});
