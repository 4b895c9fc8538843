import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventBatchResultSchema, ErrorBodySchema } from '../../../shared/api/index.ts';
import { apiFixture, auth, backends, event } from '../helpers.ts';

describe.each(backends)('POST /api/v1/events ($name)', (backend) => {
  let f: Awaited<ReturnType<typeof apiFixture>>;
  beforeEach(async () => { f = await apiFixture(backend, { bodyLimit: '64kb' }); });
  afterEach(async () => { await f.t.cleanup(); });

  const post = (body: unknown, who = f.w.east1) => request(f.app).post('/api/v1/events').set(auth(who)).send(body as object);

  it('stores a batch and answers how many events were accepted', async () => {
    const res = await post({ events: [event(), event({ caseNumber: 'C2' })] });
    expect(res.status).toBe(200);
    expect(EventBatchResultSchema.parse(res.body)).toEqual({ accepted: 2, duplicates: 0, rejected: [] });
  });

  it('answers posts that arrive together only once each batch is stored (group commit), and a refused one among them alone', async () => {
    const people = [f.w.east1, f.w.east2, f.w.west1];
    const batches = Array.from({ length: 9 }, (_, i) => ({
      who: people[i % people.length],
      events: [event({ caseNumber: `G${i}` }), event({ caseNumber: `G${i}`, ruleId: 'family-notification-24h' })],
    }));
    const refused = post({ events: [{ ...event(), light: 'orange' }] });
    const answers = await Promise.all([refused, ...batches.map((b) => post({ events: b.events }, b.who))]);
    expect(answers[0].status).toBe(400);
    for (const res of answers.slice(1)) expect(res.body).toEqual({ accepted: 2, duplicates: 0, rejected: [] });
    expect(await f.store.events.count()).toBe(18);
    expect(await f.store.defects.count()).toBe(18);
    // A post on its own afterwards is committed at once, in a group of its own.
    await post({ events: [event({ caseNumber: 'ALONE' })] }).expect(200);
    expect(await f.store.events.count()).toBe(19);
  });

  it('answers duplicates and stores nothing twice when the same batch is posted again', async () => {
    const batch = { events: [event(), event({ kind: 'rectified', light: 'green', points: 0, observedAt: '2025-04-10T09:00:00+08:00' })] };
    await post(batch).expect(200);
    const again = await post(batch).expect(200);
    expect(again.body).toEqual({ accepted: 0, duplicates: 2, rejected: [] });
    expect(await f.store.events.count()).toBe(2);
    expect(await f.store.defects.count()).toBe(1);
  });

  it('returns 400 if every event of the batch is invalid, naming each bad field in Chinese and English', async () => {
    const res = await post({ events: [{ ...event(), light: 'orange', points: -1 }] });
    expect(res.status).toBe(400);
    const body = ErrorBodySchema.parse(res.body);
    expect(body.error).toBe('invalid-request');
    expect(body.reason.zh).toContain('body.events.0.light');
    expect(body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'body.events.0.light' })]));
    expect(await f.store.events.count()).toBe(0);
  });

  it('stores the good events of a batch and lists the bad one in rejected, with its field and a bilingual reason', async () => {
    const bad = { ...event(), light: 'orange', points: -1 };
    const res = await post({ events: [event(), bad, event({ caseNumber: 'C2' })] });
    expect(res.status).toBe(200);
    const body = EventBatchResultSchema.parse(res.body);
    expect(body).toMatchObject({ accepted: 2, duplicates: 0 });
    expect(body.rejected).toEqual([{ id: bad.id, field: 'light', reason: expect.stringContaining('invalid event') }]);
    expect(body.rejected[0].reason).toContain('事件无效');
    expect(body.rejected[0].reason).toContain('points');
    expect(await f.store.events.count()).toBe(2);
  });

  it('returns 400 for the whole batch when a bad event has no usable id (it cannot be named in rejected)', async () => {
    const res = await post({ events: [event(), { ...event(), id: 'not-a-uuid' }] });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([expect.objectContaining({ field: 'body.events.1.id' })]);
    expect(await f.store.events.count()).toBe(0);
  });

  it('returns 400 if an event carries a name or any other unknown field', async () => {
    const res = await post({ events: [{ ...event(), suspectName: '张某' }] });
    expect(res.status).toBe(400);
    expect(res.body.reason.en).toContain('body.events.0');
  });

  it('returns 400 if an objected event has no reason', async () => {
    const res = await post({ events: [event({ kind: 'objected' })] });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([expect.objectContaining({ field: 'body.events.0.objectionReason' })]);
  });

  it('returns 400 for an empty batch, a batch over 500 and a bare array', async () => {
    expect((await post({ events: [] })).status).toBe(400);
    expect((await post([event()])).status).toBe(400);
    const big = request(f.app).post('/api/v1/events').set(auth(f.w.east1));
    const res = await big.send({ events: Array.from({ length: 501 }, () => ({ ...event(), caseNumber: 'C' })) });
    expect([400, 413]).toContain(res.status);
  });

  it('returns 400 if an observation is more than a day in the future, before 2000, or before its rule version was released', async () => {
    for (const observedAt of ['2025-06-20T00:00:00Z', '1999-12-31T12:00:00+08:00', '2021-06-01T09:00:00+08:00']) {
      const res = await post({ events: [event({ observedAt })] });
      expect(res.status, observedAt).toBe(400);
      expect(res.body.details).toEqual([expect.objectContaining({ field: 'body.events.0.observedAt' })]);
    }
    // Version 2 of R16 was released on 2026-11-28: a version-2 observation from before it is not real.
    const v2 = await post({ events: [event({ ruleId: 'arrest-review-police-detained-7d', ruleVersion: 2, observedAt: '2025-06-14T09:00:00+08:00', procedure: 'arrest-review' })] });
    expect(v2.status).toBe(400);
    expect(v2.body.details[0].message).toContain('2026-11-28');
    // A day ahead is clock drift, accepted; version 1 of the same rule on the same day too.
    expect((await post({ events: [event({ observedAt: '2025-06-16T01:00:00Z' })] })).status).toBe(200);
    expect((await post({ events: [event({ ruleId: 'arrest-review-police-detained-7d', observedAt: '2025-06-14T09:00:00+08:00', procedure: 'arrest-review' })] })).status).toBe(200);
    expect(await f.store.defects.count()).toBe(2);
  });

  it('returns 400 with a JSON reason for a body that is not JSON', async () => {
    const bad = await request(f.app).post('/api/v1/events').set(auth(f.w.east1)).set('Content-Type', 'application/json').send('{"events": [');
    expect(bad.status).toBe(400);
    expect(bad.body.reason.en).toBe('Request body is not valid JSON');
    const text = await request(f.app).post('/api/v1/events').set(auth(f.w.east1)).set('Content-Type', 'text/plain').send('hello');
    expect(text.status).toBe(400);
    expect(text.body.reason.zh).toContain('JSON');
  });

  it('returns 413 for a body over the size limit', async () => {
    const res = await post({ events: [event({ occurrenceKey: 'x'.repeat(200) })], pad: 'y'.repeat(70_000) });
    expect(res.status).toBe(413);
    expect(res.body.reason.en).toBe('Request body too large');
  });

  it('returns 401 without a token, with an unknown token and with a revoked token', async () => {
    expect((await request(f.app).post('/api/v1/events').send({ events: [event()] })).status).toBe(401);
    const unknown = await request(f.app).post('/api/v1/events').set('Authorization', 'Bearer clt_nope').send({ events: [event()] });
    expect(unknown.status).toBe(401);
    expect(unknown.headers['www-authenticate']).toContain('Bearer');
    await f.store.users.revoke(f.w.east1.id);
    expect((await post({ events: [event()] })).status).toBe(401);
  });

  it('books events to the token holder, never to anyone named in the payload', async () => {
    await post({ events: [event()] }, f.w.west1).expect(200);
    const { defects } = await f.store.defects.caseDefects({ all: true }, '苏检刑诉受〔2025〕1号');
    expect(defects.map((d) => [d.userId, d.unitCode])).toEqual([[f.w.west1.id, '320105']]);
    expect((await post({ events: [{ ...event(), userId: f.w.east1.id }] })).status).toBe(400);
  });

  it('takes training events from a trainer but returns 403 for real ones', async () => {
    expect((await post({ events: [event({ training: true })] }, f.w.trainer)).status).toBe(200);
    const res = await post({ events: [event()] }, f.w.trainer);
    expect(res.status).toBe(403);
    expect(res.body.reason.zh).toContain('培训');
    expect(await f.store.defects.count()).toBe(0);
  });
});
