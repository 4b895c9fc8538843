// GET /api/v1/training-records on both backends: training events only (never the ledger's), newest
// first, within the caller's scope; prosecutors may not ask.
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TrainingRecordsResponseSchema } from '../../../shared/api/index.ts';
import { apiFixture, auth, backends, event, ingest } from '../helpers.ts';

describe.each(backends)('GET /api/v1/training-records ($name)', (backend) => {
  let f: Awaited<ReturnType<typeof apiFixture>>;
  beforeAll(async () => {
    f = await apiFixture(backend);
    await ingest(f.store, f.w.trainer, [
      event({ caseNumber: '培训案例1号', training: true, observedAt: '2025-05-01T09:00:00+08:00' }),
      event({ caseNumber: '培训案例1号', training: true, kind: 'objected', objectionReason: '演示：延长期限批准文书在卷', observedAt: '2025-05-01T09:05:00+08:00' }),
    ]);
    await ingest(f.store, f.w.east1, [
      event({ caseNumber: '培训案例2号', ruleId: 'notice-suspect-counsel-3d', points: 6, training: true, observedAt: '2025-05-02T10:00:00+08:00' }),
      event({ caseNumber: 'REAL-1', observedAt: '2025-05-02T11:00:00+08:00' }),
    ]);
    await ingest(f.store, f.w.west1, [event({ caseNumber: '培训案例3号', training: true, observedAt: '2025-05-03T10:00:00+08:00' })]);
  });
  afterAll(async () => { await f.t.cleanup(); });

  const get = (who: typeof f.w.admin, q = '') => request(f.app).get(`/api/v1/training-records${q}`).set(auth(who));

  it('lists what was found and objected to in training, newest first, never a ledger event', async () => {
    const body = TrainingRecordsResponseSchema.parse((await get(f.w.admin).expect(200)).body);
    expect(body.total).toBe(4);
    expect(body.records.map((r) => [r.caseNumber, r.kind])).toEqual([
      ['培训案例3号', 'observed'], ['培训案例2号', 'observed'], ['培训案例1号', 'objected'], ['培训案例1号', 'observed'],
    ]);
    expect(body.records[2]).toMatchObject({ userName: '培训讲师', objectionReason: '演示：延长期限批准文书在卷', ruleId: 'prosecution-review-1m' });
    expect(JSON.stringify(body)).not.toContain('REAL-1');
  });

  it('a trainer sees their own; a supervisor their units; a prosecutor may not ask', async () => {
    const trainer = TrainingRecordsResponseSchema.parse((await get(f.w.trainer).expect(200)).body);
    expect(trainer.records.map((r) => r.caseNumber)).toEqual(['培训案例1号', '培训案例1号']);
    const east = TrainingRecordsResponseSchema.parse((await get(f.w.eastSupervisor).expect(200)).body);
    expect(east.records.map((r) => r.caseNumber)).toEqual(['培训案例2号']);
    const res = await get(f.w.east1);
    expect(res.status).toBe(403);
    expect(res.body.reason.zh).toContain('仅限');
  });

  it('pages, and refuses a limit out of range', async () => {
    const page = TrainingRecordsResponseSchema.parse((await get(f.w.admin, '?limit=2&offset=1').expect(200)).body);
    expect(page).toMatchObject({ total: 4, limit: 2, offset: 1 });
    expect(page.records.map((r) => r.caseNumber)).toEqual(['培训案例2号', '培训案例1号']);
    expect((await get(f.w.admin, '?limit=0')).status).toBe(400);
    expect((await get(f.w.admin, '?limit=501')).status).toBe(400);
  });
});
