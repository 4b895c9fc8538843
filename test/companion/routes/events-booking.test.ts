// The companion books the points, not the client (issue 16, items 1, 2 and per-user event ids):
// points come from the rule configuration in force when the defect was first observed, through
// shared/engine's pointsFor; a booked defect's points, year and first-observed time stand whatever
// its owner posts later; only an accepted objection or an administrator's recorded correction
// changes them.
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditResponseSchema, CaseDefectsResponseSchema, DefectSchema, EventBatchResultSchema, type DefectEvent } from '../../../shared/api/index.ts';
import { createApp } from '../../../companion/app.ts';
import { apiFixture, auth, backends, event, NOW, setRuleConfig, testConfig, type Person } from '../helpers.ts';

const CASE = '苏检刑诉受〔2025〕77号';
const notice = (overrides: Partial<DefectEvent> = {}) =>
  event({ caseNumber: CASE, ruleId: 'notice-suspect-counsel-3d', occurrenceKey: '2025-04-01', due: '2025-04-04', ...overrides });

describe.each(backends)('booking ($name)', (backend) => {
  let f: Awaited<ReturnType<typeof apiFixture>>;
  let logged: Array<{ obj: unknown; msg?: string }>;
  let app: ReturnType<typeof createApp>;
  beforeEach(async () => {
    f = await apiFixture(backend);
    logged = [];
    const logger = { info: (obj: unknown, msg?: string) => logged.push({ obj, msg }), warn() {}, error() {} };
    app = createApp({ config: testConfig(f.t.dataDir), store: f.store, now: () => NOW, logger });
  });
  afterEach(async () => { await f.t.cleanup(); });

  const post = (events: unknown[], who: Person = f.w.east1) => request(app).post('/api/v1/events').set(auth(who)).send({ events });
  const defectsOf = async (caseNumber = CASE, who: Person = f.w.admin) =>
    CaseDefectsResponseSchema.parse((await request(app).get(`/api/v1/cases/${encodeURIComponent(caseNumber)}/defects`).set(auth(who)).expect(200)).body).defects;

  it('books 6 for a 100-point event of a 6-point rule, keeps the 100 as a hint and logs the difference', async () => {
    const e = notice({ messageId: 'missing', points: 100 });
    expect((await post([e]).expect(200)).body).toEqual({ accepted: 1, duplicates: 0, rejected: [] });
    expect((await defectsOf())[0].points).toBe(6);
    const row = await f.store.db.selectFrom('events').select(['points', 'client_points', 'message_id']).where('id', '=', e.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ points: 6, client_points: 100, message_id: 'missing' });
    expect(JSON.stringify(logged)).toContain('client points differ');
    expect(JSON.stringify(logged)).toContain('"client":100');
  });

  it('books each outcome what the rule gives it: late 4, missing 6, whatever the client says', async () => {
    await post([notice({ messageId: 'late', points: 0 }), notice({ messageId: 'missing', points: 0, occurrenceKey: '2025-04-02' })]).expect(200);
    expect((await defectsOf()).map((d) => [d.occurrenceKey, d.points]).sort()).toEqual([['2025-04-01', 4], ['2025-04-02', 6]]);
  });

  it('books at the central configuration version in force when the defect was first observed', async () => {
    await setRuleConfig(f.store, [{ ruleId: 'notice-suspect-counsel-3d', points: { late: 2 } }], new Date('2025-03-01T00:00:00Z'));
    await setRuleConfig(f.store, [{ ruleId: 'notice-suspect-counsel-3d', points: { late: 5 } }], new Date('2025-05-01T00:00:00Z'));
    await post([
      notice({ messageId: 'late', observedAt: '2025-04-10T09:00:00+08:00' }),
      notice({ messageId: 'late', occurrenceKey: '2025-05-02', observedAt: '2025-05-10T09:00:00+08:00' }),
      notice({ messageId: 'late', occurrenceKey: '2025-01-02', observedAt: '2025-02-10T09:00:00+08:00' }),
    ]).expect(200);
    // Before any version: the rule's built-in 4; under version 1: 2; under version 2: 5.
    expect((await defectsOf()).map((d) => [d.occurrenceKey, d.points]).sort()).toEqual([['2025-01-02', 4], ['2025-04-01', 2], ['2025-05-02', 5]]);
    const history = await request(app).get('/api/v1/rule-config/history').set(auth(f.w.citySupervisor)).expect(200);
    expect(history.body.versions.map((v: { version: number; inForceFrom: string }) => [v.version, v.inForceFrom])).toEqual([
      [2, '2025-05-01T00:00:00.000Z'], [1, '2025-03-01T00:00:00.000Z'],
    ]);
  });

  it('books nothing for a rule switched off centrally when observed', async () => {
    await setRuleConfig(f.store, [{ ruleId: 'notice-suspect-counsel-3d', points: {}, enabled: false }], new Date('2025-03-01T00:00:00Z'));
    await post([notice({ messageId: 'missing', points: 6 })]).expect(200);
    expect((await defectsOf())[0].points).toBe(0);
  });

  it('returns 400 naming the field for an unknown rule, an outcome the rule does not have, and a red light with a non-red outcome', async () => {
    const unknownRule = await post([notice({ ruleId: 'no-such-rule', messageId: 'missing' })]);
    expect(unknownRule.status).toBe(400);
    expect(unknownRule.body.details).toEqual([expect.objectContaining({ field: 'body.events.0.ruleId' })]);
    const unknownMessage = await post([notice({ messageId: 'overdue-in-custody' })]);
    expect(unknownMessage.status).toBe(400);
    expect(unknownMessage.body.details).toEqual([expect.objectContaining({ field: 'body.events.0.messageId' })]);
    expect(unknownMessage.body.reason.zh).toContain('messageId');
    // A red light claiming a green outcome would pre-book the defect at 0 points.
    const green = await post([notice({ messageId: 'done' })]);
    expect(green.status).toBe(400);
    expect(green.body.details).toEqual([expect.objectContaining({ field: 'body.events.0.messageId' })]);
    expect(await f.store.events.count()).toBe(0);
  });

  it('accepts an event from an older extension without messageId at the most a red outcome of the rule books, so its outbox drains', async () => {
    const old = notice({ messageId: undefined, points: 1 });
    expect('messageId' in old).toBe(false);
    expect(EventBatchResultSchema.parse((await post([old]).expect(200)).body)).toEqual({ accepted: 1, duplicates: 0, rejected: [] });
    expect((await defectsOf())[0].points).toBe(6);
  });

  it('changes nothing when a booked defect is re-posted with 0 points in 2000, or earlier than it was booked', async () => {
    await post([notice({ messageId: 'missing', observedAt: '2025-04-10T09:00:00+08:00' })]).expect(200);
    const before = await defectsOf();
    const in2000 = await post([notice({ messageId: 'missing', points: 0, observedAt: '2000-01-05T09:00:00+08:00' })]);
    expect(in2000.status).toBe(400);
    // Earlier than booked but after the rule's release: stored as an event, the booking stands.
    const earlier = await post([notice({ messageId: 'late', points: 0, observedAt: '2025-04-02T09:00:00+08:00' })]);
    expect(earlier.body).toMatchObject({ accepted: 1, rejected: [] });
    expect(await defectsOf()).toEqual(before);
    expect(before[0]).toMatchObject({ points: 6, firstObservedAt: '2025-04-10T01:00:00.000Z', year: 2025 });
  });

  it('keeps the ledger year when an earlier red observation arrives after the booking', async () => {
    await post([notice({ caseNumber: 'Y', messageId: 'late', observedAt: '2025-01-02T09:00:00+08:00' })]).expect(200);
    await post([notice({ caseNumber: 'Y', messageId: 'missing', observedAt: '2024-12-30T09:00:00+08:00' })]).expect(200);
    expect((await defectsOf('Y'))[0]).toMatchObject({ year: 2025, points: 4, firstObservedAt: '2025-01-02T01:00:00.000Z' });
    const tallies = async (year: number) => (await request(app).get(`/api/v1/tallies?groupBy=unit&year=${year}`).set(auth(f.w.admin)).expect(200)).body.totals;
    expect(await tallies(2024)).toMatchObject({ defects: 0, points: 0 });
    expect(await tallies(2025)).toMatchObject({ defects: 1, points: 4 });
  });

  it('lets later events only rectify, make red again or object; the points stay', async () => {
    await post([notice({ messageId: 'missing', observedAt: '2025-04-10T09:00:00+08:00' })]).expect(200);
    await post([notice({ kind: 'rectified', light: 'green', messageId: 'done', points: 0, observedAt: '2025-04-11T09:00:00+08:00' })]).expect(200);
    expect((await defectsOf())[0]).toMatchObject({ points: 6, rectifiedAt: '2025-04-11T01:00:00.000Z' });
    await post([notice({ messageId: 'late', points: 1, observedAt: '2025-04-12T09:00:00+08:00' })]).expect(200);
    expect((await defectsOf())[0]).toMatchObject({ points: 6, rectifiedAt: null });
    await post([notice({ kind: 'objected', messageId: 'missing', objectionReason: '已告知', points: 0, observedAt: '2025-04-13T09:00:00+08:00' })]).expect(200);
    expect((await defectsOf())[0]).toMatchObject({ points: 6, objection: { status: 'pending' } });
  });

  it('changes points through an administrator correction with a reason, in the audit trail; later events never undo it', async () => {
    await post([notice({ messageId: 'missing' })]).expect(200);
    const [d] = await defectsOf();
    const correct = (who: Person, body: object) => request(app).post(`/api/v1/defects/${d.id}/correction`).set(auth(who)).send(body);
    expect((await correct(f.w.citySupervisor, { points: 2, reason: '复核' })).status).toBe(403);
    expect((await correct(f.w.east1, { points: 0, reason: '我说了算' })).status).toBe(403);
    expect((await correct(f.w.admin, { points: 2 })).status).toBe(400);
    const res = await correct(f.w.admin, { points: 2, reason: '经复核，告知迟延一日，按迟延计' }).expect(200);
    expect(DefectSchema.parse(res.body)).toMatchObject({ id: d.id, points: 2 });
    expect((await correct(f.w.admin, { points: 2, reason: '再次' })).status).toBe(409);
    await post([notice({ messageId: 'missing', observedAt: '2025-04-20T09:00:00+08:00' })]).expect(200);
    expect((await defectsOf())[0].points).toBe(2);
    const audit = AuditResponseSchema.parse((await request(app).get('/api/v1/audit?action=defect-correction').set(auth(f.w.admin)).expect(200)).body);
    expect(audit.entries).toEqual([expect.objectContaining({
      action: 'defect-correction', subject: d.id, actorId: f.w.admin.id, actorName: '管理员', reason: '经复核，告知迟延一日，按迟延计',
      before: expect.objectContaining({ points: 6 }), after: { points: 2 },
    })]);
    expect((await request(app).get('/api/v1/audit').set(auth(f.w.citySupervisor))).status).toBe(403);
    const tally = await request(app).get('/api/v1/tallies?groupBy=unit&year=2025').set(auth(f.w.admin)).expect(200);
    expect(tally.body.totals.points).toBe(2);
  });

  it('records accepted objections and rule-configuration versions in the audit trail', async () => {
    await post([notice({ messageId: 'missing' })]).expect(200);
    const [d] = await defectsOf();
    const filed = await request(app).post('/api/v1/objections').set(auth(f.w.east1)).send({ defectId: d.id, reason: '已告知' }).expect(201);
    await request(app).post(`/api/v1/objections/${filed.body.id}/decision`).set(auth(f.w.eastSupervisor)).send({ decision: 'accepted', reason: '属实' }).expect(200);
    await request(app).put('/api/v1/rule-config').set(auth(f.w.admin))
      .send({ rules: [], thresholds: { prosecution: 40, other: 30, prosecutionProcedures: ['prosecution-review'] } }).expect(200);
    const audit = AuditResponseSchema.parse((await request(app).get('/api/v1/audit').set(auth(f.w.admin)).expect(200)).body);
    expect(audit.entries.map((e) => e.action).sort()).toEqual(['objection-decision', 'rule-config']);
    expect(audit.entries.find((e) => e.action === 'objection-decision')).toMatchObject({ subject: filed.body.id, reason: '属实', after: { decision: 'accepted', voided: true } });
  });

  it("scopes event ids per user: another user's id is a different event, not a silent duplicate", async () => {
    const e = notice({ messageId: 'missing' });
    expect((await post([e], f.w.east1).expect(200)).body).toMatchObject({ accepted: 1, duplicates: 0 });
    expect((await post([e], f.w.east2).expect(200)).body).toMatchObject({ accepted: 1, duplicates: 0 });
    expect((await post([e], f.w.east2).expect(200)).body).toMatchObject({ accepted: 0, duplicates: 1 });
    expect((await defectsOf()).map((d) => d.userId).sort()).toEqual([f.w.east1.id, f.w.east2.id].sort());
  });
});
