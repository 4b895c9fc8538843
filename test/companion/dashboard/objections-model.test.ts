import { describe, expect, it, vi } from 'vitest';
import type { Objection } from '../../../shared/api/index.ts';
import { ApiError } from '../../../companion/dashboard/web/api/client.ts';
import { derivePending, ObjectionsModel, reasonProblem } from '../../../companion/dashboard/web/models/objections-model.ts';
import { fakeApi, ids } from './fake-api.ts';

const objection = (id: string, filedAt: string, extra: Partial<Objection> = {}): Objection => ({
  id, defectId: ids.defect1, caseNumber: '苏检刑诉受〔2025〕1号', ruleId: 'notice-suspect-counsel-3d', occurrenceKey: '2025-03-01',
  points: 6, userId: ids.wang, userName: '王检', unitCode: '320102', reason: '已当面告知，笔录在卷', filedAt,
  status: 'pending', decidedBy: null, decidedByName: null, decisionReason: null, decidedAt: null, ...extra,
});

function setup(decide?: (body: unknown) => unknown) {
  const list = [objection(ids.objection2, '2025-05-02T08:00:00+08:00'), objection(ids.objection1, '2025-04-01T08:00:00+08:00')];
  const api = fakeApi()
    .on('GET', '/api/v1/objections', () => ({ total: 2, limit: 50, offset: 0, order: 'oldest' as const, objections: list }))
    .on('POST', `/api/v1/objections/${ids.objection1}/decision`, ({ body }) => decide?.(body) ?? ({
      ...list[1], status: (body as { decision: string }).decision, decidedBy: ids.supervisor, decidedByName: '张主任',
      decisionReason: (body as { reason: string }).reason, decidedAt: '2025-06-01T09:00:00+08:00',
    }));
  const onSettled = vi.fn();
  const model = new ObjectionsModel({ api, onSettled });
  return { api, model, onSettled };
}

describe('ObjectionsModel', () => {
  it('lists pending objections oldest first', async () => {
    const { model, api } = setup();
    await model.load();
    expect(api.calls[0].query).toEqual({ status: 'pending', order: 'oldest', limit: 50, offset: 0 });
    expect(model.pending.value.map((o) => o.id)).toEqual([ids.objection1, ids.objection2]);
    expect(model.pendingCount.value).toBe(2);
  });

  it('will not send a decision without a reason, and says so only after a try', async () => {
    const { model, api } = setup();
    await model.load();
    model.open(model.pending.value[0], 'accepted');
    expect(model.reasonError.value).toBeNull();
    model.setReason('   ');
    expect(await model.submit()).toBe(false);
    expect(model.reasonError.value).toBe('decisionReasonRequired');
    expect(api.calls.some((c) => c.method === 'POST')).toBe(false);
    model.setReason('告知笔录在卷，异议成立');
    expect(model.reasonError.value).toBeNull();
  });

  it('refuses a reason over 500 characters', () => {
    expect(reasonProblem('x'.repeat(501))).toBe('decisionReasonTooLong');
    expect(reasonProblem(` ${'x'.repeat(500)} `)).toBeNull();
  });

  it('posts the decision with the trimmed reason, drops it from the queue and tells the overview', async () => {
    const { model, api, onSettled } = setup();
    await model.load();
    model.open(model.pending.value[0], 'rejected');
    model.setReason('  未见告知笔录 ');
    expect(await model.submit()).toBe(true);
    const post = api.calls.find((c) => c.method === 'POST');
    expect(post).toMatchObject({ path: `/api/v1/objections/${ids.objection1}/decision`, body: { decision: 'rejected', reason: '未见告知笔录' } });
    expect(model.pending.value.map((o) => o.id)).toEqual([ids.objection2]);
    expect(model.draft.value).toBeNull();
    expect(model.lastSettled.value?.status).toBe('rejected');
    expect(onSettled).toHaveBeenCalledOnce();
  });

  it('keeps the dialog open with the server reason when the decision fails', async () => {
    const { model } = setup(() => new ApiError(409, 'already-decided', { zh: '该异议已处理', en: 'Already decided' }));
    await model.load();
    model.open(model.pending.value[0], 'accepted');
    model.setReason('成立');
    expect(await model.submit()).toBe(false);
    expect(model.draft.value).not.toBeNull();
    expect(model.submitError.value?.reason.zh).toBe('该异议已处理');
    expect(model.pending.value).toHaveLength(2);
  });

  it('opens each decision with an empty reason', async () => {
    const { model } = setup();
    await model.load();
    model.open(model.pending.value[0], 'accepted');
    model.setReason('x');
    model.cancel();
    model.open(model.pending.value[1], 'rejected');
    expect(model.reason.value).toBe('');
    expect(model.draft.value?.decision).toBe('rejected');
  });

  it('pages the queue oldest first: next starts after this page, less what was decided on it; previous goes back', async () => {
    const many = Array.from({ length: 120 }, (_, i) => objection(`0b6f2f0e-8f3c-4a8e-9c1a-${String(i).padStart(12, '0')}`, new Date(Date.UTC(2025, 0, 1) + i * 3600_000).toISOString()));
    const api = fakeApi()
      .on('GET', '/api/v1/objections', ({ query }) => {
        const offset = Number(query.offset);
        return { total: many.length, limit: 50, offset, order: 'oldest' as const, objections: many.slice(offset, offset + 50) };
      })
      .on('POST', `/api/v1/objections/${many[0].id}/decision`, () => ({ ...many[0], status: 'accepted', decidedBy: ids.supervisor, decidedByName: '张主任', decisionReason: '成立', decidedAt: '2025-06-01T09:00:00+08:00' }));
    const model = new ObjectionsModel({ api });
    await model.load();
    expect(model.range.value).toEqual({ from: 1, to: 50, total: 120 });
    expect(model.pendingCount.value).toBe(120);
    expect([model.hasPrevious.value, model.hasNext.value]).toEqual([false, true]);
    model.open(model.pending.value[0], 'accepted');
    model.setReason('成立');
    expect(await model.submit()).toBe(true);
    expect(model.pendingCount.value).toBe(119);
    await model.nextPage();
    expect(api.calls.at(-1)?.query).toMatchObject({ offset: 49, order: 'oldest' });
    expect(model.pending.value[0].id).toBe(many[49].id);
    await model.previousPage();
    expect(api.calls.at(-1)?.query).toMatchObject({ offset: 0 });
    expect([model.hasPrevious.value, model.hasNext.value]).toEqual([false, true]);
  });

  it('derivePending leaves out decided and settled objections', () => {
    const list = [objection(ids.objection1, '2025-01-01T00:00:00Z'), objection(ids.objection2, '2025-01-02T00:00:00Z', { status: 'accepted' })];
    expect(derivePending(list, new Set())).toHaveLength(1);
    expect(derivePending(list, new Set([ids.objection1]))).toHaveLength(0);
  });
});
