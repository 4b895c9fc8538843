import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../companion/app.ts';
import { NoticeListResponseSchema, NoticeSchema, RectificationResponseSchema } from '../../../shared/api/index.ts';
import { apiFixture, auth, backends, event, ingest, testConfig, type Person } from '../helpers.ts';
import { checked } from '../loop-helpers.ts';

const withLoneSurrogate = (body: object) => JSON.stringify(body).replace('LONE', '\\ud800');

describe.each(backends)('/api/v1/notices ($name)', (backend) => {
  let f: Awaited<ReturnType<typeof apiFixture>>;
  let clock: Date;
  let app: ReturnType<typeof createApp>;
  beforeEach(async () => {
    f = await apiFixture(backend);
    clock = new Date('2025-06-15T02:00:00Z');
    app = createApp({ config: testConfig(f.t.dataDir), store: f.store, now: () => clock });
    await checked(f.store, f.w.east1, 'E1');
    await checked(f.store, f.w.west1, 'W1');
  });
  afterEach(async () => { await f.t.cleanup(); });

  const issue = (who: Person, body: object) => request(app).post('/api/v1/notices').set(auth(who)).send(body);
  const list = async (who: Person, query = '') => NoticeListResponseSchema.parse((await request(app).get(`/api/v1/notices${query}`).set(auth(who)).expect(200)).body);
  const reply = (who: Person, id: string, text = '已核查，已补正') => request(app).post(`/api/v1/notices/${id}/reply`).set(auth(who)).send({ text });

  it("issues a notice to the case's prosecutor with the reply due 10 days on (201), and audits it", async () => {
    const res = await issue(f.w.eastSupervisor, { caseNumber: 'E1', text: '审查起诉期限即将届满，请核查' });
    expect(res.status).toBe(201);
    const n = NoticeSchema.parse(res.body);
    expect(n).toMatchObject({
      caseNumber: 'E1', prosecutorId: f.w.east1.id, prosecutorName: '东一检察官', unitCode: '320102', issuedBy: f.w.eastSupervisor.id,
      issuedOn: '2025-06-15', replyDue: '2025-06-25', status: 'open', replyText: null, defectId: null,
    });
    const audit = await request(app).get('/api/v1/audit').set(auth(f.w.admin)).expect(200);
    expect(audit.body.entries).toEqual([expect.objectContaining({ action: 'notice-issued', subject: n.id, actorId: f.w.eastSupervisor.id, after: expect.objectContaining({ replyDue: '2025-06-25' }) })]);
  });

  it('counts by 刑诉法 105: holidays inside the ten days count, a last day on a holiday moves past 国庆', async () => {
    clock = new Date('2026-09-28T02:00:00Z');
    expect((await issue(f.w.eastSupervisor, { caseNumber: 'E1', text: '通知' }).expect(201)).body).toMatchObject({ issuedOn: '2026-09-28', replyDue: '2026-10-08' });
    clock = new Date('2026-09-25T02:00:00Z'); // 25 Sep + 10 = 5 Oct, inside 国庆 (1–7 Oct): moves to 8 Oct
    expect((await issue(f.w.eastSupervisor, { caseNumber: 'E1', text: '通知' }).expect(201)).body).toMatchObject({ issuedOn: '2026-09-25', replyDue: '2026-10-08' });
    clock = new Date('2026-09-24T17:00:00Z'); // already the 25th in Shanghai
    expect((await issue(f.w.eastSupervisor, { caseNumber: 'E1', text: '通知' }).expect(201)).body).toMatchObject({ issuedOn: '2026-09-25', replyDue: '2026-10-08' });
  });

  it('addresses the prosecutor who checked the case last, else the one the ledger booked it to', async () => {
    await checked(f.store, f.w.east2, 'E1', '2025-06-15T10:00:00+08:00');
    expect((await issue(f.w.eastSupervisor, { caseNumber: 'E1', text: '通知' }).expect(201)).body.prosecutorId).toBe(f.w.east2.id);
    await ingest(f.store, f.w.eastSub, [event({ caseNumber: 'L1' })]);
    expect((await issue(f.w.eastSupervisor, { caseNumber: 'L1', text: '通知' }).expect(201)).body).toMatchObject({ prosecutorId: f.w.eastSub.id, unitCode: '32010201' });
  });

  it('answers 404 for a case nobody in the supervisor\'s scope handles, and for a defect of another case', async () => {
    const unknown = await issue(f.w.eastSupervisor, { caseNumber: 'NOPE', text: '通知' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.reason.zh).toContain('没有该案件');
    expect((await issue(f.w.eastSupervisor, { caseNumber: 'W1', text: '通知' })).status).toBe(404);
    expect((await issue(f.w.citySupervisor, { caseNumber: 'W1', text: '通知' })).status).toBe(201);
    await ingest(f.store, f.w.east1, [event({ caseNumber: 'E1' }), event({ caseNumber: 'E2' })]);
    const e2 = (await f.store.defects.caseDefects({ all: true }, 'E2')).defects[0].id;
    expect((await issue(f.w.eastSupervisor, { caseNumber: 'E1', defectId: e2, text: '通知' })).status).toBe(404);
    const e1 = (await f.store.defects.caseDefects({ all: true }, 'E1')).defects[0].id;
    expect((await issue(f.w.eastSupervisor, { caseNumber: 'E1', defectId: e1, text: '通知' }).expect(201)).body).toMatchObject({ defectId: e1, ruleId: 'prosecution-review-1m' });
    expect((await issue(f.w.westSupervisor, { caseNumber: 'E1', defectId: e1, text: '通知' })).status).toBe(404);
  });

  it('answers 403 to prosecutors and administrators issuing, 400 for bad text, 409 addressed to oneself', async () => {
    expect((await issue(f.w.east1, { caseNumber: 'E1', text: '通知' })).status).toBe(403);
    expect((await issue(f.w.admin, { caseNumber: 'E1', text: '通知' })).status).toBe(403);
    expect((await issue(f.w.eastSupervisor, { caseNumber: 'E1', text: '' })).status).toBe(400);
    expect((await issue(f.w.eastSupervisor, { caseNumber: 'E1', text: '长'.repeat(2001) })).status).toBe(400);
    expect((await issue(f.w.eastSupervisor, { caseNumber: 'E1', text: '通知', extra: 1 })).status).toBe(400);
    const lone = await request(app).post('/api/v1/notices').set(auth(f.w.eastSupervisor)).set('Content-Type', 'application/json')
      .send(withLoneSurrogate({ caseNumber: 'E1', text: '通知LONE' }));
    expect(lone.status).toBe(400);
    expect(lone.body.details).toEqual([expect.objectContaining({ field: 'body.text' })]);
    await checked(f.store, f.w.eastSupervisor, 'S1');
    expect((await issue(f.w.eastSupervisor, { caseNumber: 'S1', text: '通知' })).status).toBe(409);
    expect((await list(f.w.admin)).total).toBe(0);
  });

  it('lists notices by scope: prosecutors their own, supervisors their unit and below, counted per unit', async () => {
    await checked(f.store, f.w.eastSub, 'S2');
    await issue(f.w.eastSupervisor, { caseNumber: 'E1', text: '一' }).expect(201);
    await issue(f.w.eastSupervisor, { caseNumber: 'S2', text: '二' }).expect(201);
    await issue(f.w.westSupervisor, { caseNumber: 'W1', text: '三' }).expect(201);
    const cases = async (who: Person) => (await list(who)).notices.map((n) => n.caseNumber).sort();
    expect(await cases(f.w.east1)).toEqual(['E1']);
    expect(await cases(f.w.east2)).toEqual([]);
    expect(await cases(f.w.eastSub)).toEqual(['S2']);
    expect(await cases(f.w.eastSupervisor)).toEqual(['E1', 'S2']);
    expect(await cases(f.w.westSupervisor)).toEqual(['W1']);
    expect(await cases(f.w.citySupervisor)).toEqual(['E1', 'S2', 'W1']);
    expect((await list(f.w.citySupervisor)).byUnit).toEqual([
      { unitCode: '320102', open: 1, overdue: 0, replied: 0 },
      { unitCode: '32010201', open: 1, overdue: 0, replied: 0 },
      { unitCode: '320105', open: 1, overdue: 0, replied: 0 },
    ]);
    expect((await list(f.w.east1, `?caseNumber=${encodeURIComponent('W1')}`)).total).toBe(0);
    expect((await request(app).get('/api/v1/notices').set(auth(f.w.trainer))).status).toBe(403);
  });

  it('pages newest first with total, limit and offset', async () => {
    for (const [i, text] of ['一', '二', '三'].entries()) {
      clock = new Date(Date.UTC(2025, 5, 15, 2, i));
      await issue(f.w.eastSupervisor, { caseNumber: 'E1', text }).expect(201);
    }
    const p1 = await list(f.w.eastSupervisor, '?limit=2');
    expect(p1).toMatchObject({ total: 3, limit: 2, offset: 0 });
    expect(p1.notices.map((n) => n.text)).toEqual(['三', '二']);
    const p2 = await list(f.w.eastSupervisor, '?limit=2&offset=2');
    expect(p2.notices.map((n) => n.text)).toEqual(['一']);
    expect((await request(app).get('/api/v1/notices?limit=0').set(auth(f.w.eastSupervisor))).status).toBe(400);
    expect((await request(app).get('/api/v1/notices?status=late').set(auth(f.w.eastSupervisor))).status).toBe(400);
  });

  it('is replied by the addressee only (403 for others, 404 unknown, 409 twice); overdue once the due date has passed', async () => {
    const a = NoticeSchema.parse((await issue(f.w.eastSupervisor, { caseNumber: 'E1', text: '一' }).expect(201)).body);
    const b = NoticeSchema.parse((await issue(f.w.eastSupervisor, { caseNumber: 'E1', text: '二' }).expect(201)).body);
    clock = new Date('2025-06-26T02:00:00Z'); // replyDue 2025-06-25 has passed
    expect((await list(f.w.eastSupervisor, '?status=overdue')).total).toBe(2);
    expect((await list(f.w.eastSupervisor, '?status=open')).total).toBe(0);
    const other = await reply(f.w.east2, a.id);
    expect(other.status).toBe(403);
    expect(other.body.reason.zh).toContain('承办检察官');
    expect((await reply(f.w.eastSupervisor, a.id)).status).toBe(403);
    expect((await reply(f.w.east1, '0b6f2f0e-8f3c-4a8e-9c1a-2d6b7a1f3e55')).status).toBe(404);
    const ok = await reply(f.w.east1, a.id, '已于当日补充告知');
    expect(ok.status).toBe(200);
    expect(NoticeSchema.parse(ok.body)).toMatchObject({ status: 'replied', replyText: '已于当日补充告知', repliedOn: '2025-06-26' });
    expect((await reply(f.w.east1, a.id)).status).toBe(409);
    expect((await reply(f.w.east1, b.id, '')).status).toBe(400);
    const all = await list(f.w.eastSupervisor);
    expect(all.byUnit).toEqual([{ unitCode: '320102', open: 0, overdue: 1, replied: 1 }]);
    expect((await list(f.w.eastSupervisor, '?status=replied')).notices.map((n) => n.id)).toEqual([a.id]);
    const audit = await request(app).get('/api/v1/audit?action=notice-replied').set(auth(f.w.admin)).expect(200);
    expect(audit.body.entries).toEqual([expect.objectContaining({ subject: a.id, actorId: f.w.east1.id, after: { repliedOn: '2025-06-26', late: true } })]);
  });

  it("shows whether the case's defects were rectified after the notice", async () => {
    await ingest(f.store, f.w.east1, [event({ caseNumber: 'E1' }), event({ caseNumber: 'E1', ruleId: 'notice-suspect-counsel-3d', occurrenceKey: 'k2' })]);
    clock = new Date('2025-06-16T02:00:00Z');
    const n = NoticeSchema.parse((await issue(f.w.eastSupervisor, { caseNumber: 'E1', text: '请整改' }).expect(201)).body);
    expect(n.rectification).toEqual({ openAtNotice: 2, rectifiedSince: 0 });
    await f.store.events.ingest({ id: f.w.east1.id, unitCode: f.w.east1.unitCode }, [event({ caseNumber: 'E1', kind: 'rectified', light: 'green', points: 0, observedAt: '2025-06-16T12:00:00+08:00' })], { now: new Date('2025-06-16T05:00:00Z') });
    expect((await list(f.w.eastSupervisor)).notices[0].rectification).toEqual({ openAtNotice: 2, rectifiedSince: 1 });
  });
});

describe.each(backends)('GET /api/v1/rectification ($name)', (backend) => {
  let f: Awaited<ReturnType<typeof apiFixture>>;
  beforeEach(async () => { f = await apiFixture(backend); });
  afterEach(async () => { await f.t.cleanup(); });

  it('lists open red defects per unit and prosecutor with how long the oldest is open, and cases handled', async () => {
    await ingest(f.store, f.w.east1, [
      event({ caseNumber: 'E1', observedAt: '2025-06-01T09:00:00+08:00' }),
      event({ caseNumber: 'E2', observedAt: '2025-06-10T09:00:00+08:00' }),
      event({ caseNumber: 'E3', observedAt: '2025-05-01T09:00:00+08:00' }),
      event({ caseNumber: 'E3', kind: 'rectified', light: 'green', points: 0, observedAt: '2025-05-03T09:00:00+08:00' }),
    ]);
    await ingest(f.store, f.w.west1, [event({ caseNumber: 'W1' })]);
    await checked(f.store, f.w.east1, 'E1');
    await checked(f.store, f.w.east1, 'E1', '2025-06-15T10:00:00+08:00');
    await checked(f.store, f.w.east1, 'E4');
    const res = RectificationResponseSchema.parse((await request(f.app).get('/api/v1/rectification').set(auth(f.w.eastSupervisor)).expect(200)).body);
    expect(res.today).toBe('2025-06-15');
    const e1 = res.rows.find((r) => r.userId === f.w.east1.id);
    expect(e1).toMatchObject({ unitCode: '320102', openDefects: 2, openPoints: 16, oldestOpenSince: '2025-06-01', oldestOpenDays: 14, rectifiedDefects: 1, casesHandled: 2, leader: false });
    expect(res.rows.find((r) => r.userId === f.w.east2.id)).toMatchObject({ openDefects: 0, oldestOpenDays: 0, oldestOpenSince: null });
    expect(res.rows.some((r) => r.userId === f.w.west1.id)).toBe(false);
    expect(res.rows.some((r) => r.userId === f.w.trainer.id)).toBe(false);
    const sub = RectificationResponseSchema.parse((await request(f.app).get('/api/v1/rectification?unit=32010201').set(auth(f.w.eastSupervisor)).expect(200)).body);
    expect(sub.rows.map((r) => r.userId)).toEqual([f.w.eastSub.id]);
    expect((await request(f.app).get('/api/v1/rectification?unit=320105').set(auth(f.w.eastSupervisor))).status).toBe(403);
    expect((await request(f.app).get('/api/v1/rectification').set(auth(f.w.east1))).status).toBe(403);
  });

  it('marks leaders (users add --leader)', async () => {
    const r = await f.store.users.add({ name: '分管副检察长', role: 'supervisor', unitCode: '320102', leader: true });
    if (!r.ok) throw new Error(r.code);
    const res = RectificationResponseSchema.parse((await request(f.app).get('/api/v1/rectification').set(auth(f.w.citySupervisor)).expect(200)).body);
    expect(res.rows.find((x) => x.userId === r.user.id)?.leader).toBe(true);
    const users = await request(f.app).get('/api/v1/users').set(auth(f.w.citySupervisor)).expect(200);
    expect(users.body.users.find((u: { id: string }) => u.id === r.user.id)).toMatchObject({ leader: true });
  });
});
