import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaseActivityResultSchema, ErrorBodySchema } from '../../../shared/api/index.ts';
import { apiFixture, auth, backends } from '../helpers.ts';
import { activity } from '../loop-helpers.ts';

const withLoneSurrogate = (body: object) => JSON.stringify(body).replace('LONE', '\\ud800');

describe.each(backends)('POST /api/v1/case-activity ($name)', (backend) => {
  let f: Awaited<ReturnType<typeof apiFixture>>;
  beforeEach(async () => { f = await apiFixture(backend); });
  afterEach(async () => { await f.t.cleanup(); });

  const post = (body: unknown, who = f.w.east1) => request(f.app).post('/api/v1/case-activity').set(auth(who)).send(body as object);

  it('stores a batch once: the same ids again are duplicates', async () => {
    const batch = { activities: [activity(), activity({ caseNumber: 'C2', dueDates: [] })] };
    const first = await post(batch);
    expect(first.status).toBe(200);
    expect(CaseActivityResultSchema.parse(first.body)).toEqual({ accepted: 2, duplicates: 0, rejected: [] });
    expect((await post(batch).expect(200)).body).toEqual({ accepted: 0, duplicates: 2, rejected: [] });
    expect(await f.store.caseActivity.count()).toBe(2);
    const row = await f.store.db.selectFrom('case_activity').selectAll().where('case_number', '=', '苏检刑诉受〔2025〕1号').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ user_id: f.w.east1.id, unit_code: '320102', next_due: '2025-06-20', due_dates: '["2025-06-20","2025-07-01"]', in_custody: 1, observed_at: '2025-06-15T01:00:00.000Z' });
  });

  it('keys ids per user: another user posting the same id stores a record of their own', async () => {
    const a = activity();
    await post({ activities: [a] }).expect(200);
    expect((await post({ activities: [a] }, f.w.east2).expect(200)).body).toEqual({ accepted: 1, duplicates: 0, rejected: [] });
    expect(await f.store.caseActivity.count()).toBe(2);
  });

  it('refuses a name or any other case fact (unknown keys) by itself, storing the rest', async () => {
    const bad = { ...activity(), suspectName: '张某' };
    const res = await post({ activities: [activity(), bad] }).expect(200);
    expect(res.body.accepted).toBe(1);
    expect(res.body.rejected).toEqual([{ id: bad.id, field: '(activity)', reason: expect.stringContaining('记录无效') }]);
  });

  it('answers 400 naming the fields when every record is bad, and stores nothing', async () => {
    const res = await post({ activities: [activity({ acceptedOn: '2025-02-30' }), activity({ dueDates: Array(51).fill('2025-07-01') as string[] })] });
    expect(res.status).toBe(400);
    const body = ErrorBodySchema.parse(res.body);
    expect(body.reason.en).toContain('activities.0.acceptedOn');
    expect(body.reason.en).toContain('activities.1.dueDates');
    expect(await f.store.caseActivity.count()).toBe(0);
  });

  it('refuses a record from the future and a lone surrogate by itself', async () => {
    const future = activity({ observedAt: '2025-06-16T09:00:00+08:00' });
    const r1 = await post({ activities: [activity(), future] }).expect(200);
    expect(r1.body.rejected).toEqual([expect.objectContaining({ id: future.id, field: 'observedAt' })]);
    const lone = activity({ caseNumber: 'X-LONE' });
    const raw = await request(f.app).post('/api/v1/case-activity').set(auth(f.w.east1)).set('Content-Type', 'application/json')
      .send(withLoneSurrogate({ activities: [activity({ caseNumber: 'C9' }), lone] }));
    expect(raw.status).toBe(200);
    expect(raw.body.rejected).toEqual([expect.objectContaining({ id: lone.id, field: 'caseNumber', reason: expect.stringContaining('ill-formed') })]);
    expect(await f.store.caseActivity.count()).toBe(2);
  });

  it('answers 400 for an empty batch or more than 500 records, 400 without a usable id, 403 for trainers, 401 without a token', async () => {
    expect((await post({ activities: [] })).status).toBe(400);
    expect((await post({ activities: Array.from({ length: 501 }, () => activity()) })).status).toBe(400);
    const noId = await post({ activities: [activity(), { ...activity(), id: 'x' }] });
    expect(noId.status).toBe(400);
    expect(noId.body.details).toEqual([expect.objectContaining({ field: 'body.activities.1.id' })]);
    expect((await post({ activities: [activity()] }, f.w.trainer)).status).toBe(403);
    expect((await request(f.app).post('/api/v1/case-activity').send({ activities: [activity()] })).status).toBe(401);
    expect(await f.store.caseActivity.count()).toBe(0);
  });
});
