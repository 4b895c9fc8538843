import { describe, expect, it, vi } from 'vitest';
import type { Notice, NoticeListResponse } from '../../../shared/api/index.ts';
import { ApiError } from '../../../companion/dashboard/web/api/client.ts';
import { NoticesModel, noticeTextProblem, sortUnitCounts } from '../../../companion/dashboard/web/models/notices-model.ts';
import { groupByUnit, RectificationModel } from '../../../companion/dashboard/web/models/rectification-model.ts';
import { fakeApi, ids } from './fake-api.ts';

const notice = (id: string, extra: Partial<Notice> = {}): Notice => ({
  id, caseNumber: '苏检刑诉受〔2025〕1号', defectId: null, ruleId: null, text: '请核查', issuedBy: ids.supervisor, issuedByName: '张主任',
  issuedAt: '2025-06-15T02:00:00.000Z', issuedOn: '2025-06-15', replyDue: '2025-06-25', prosecutorId: ids.wang, prosecutorName: '王检',
  unitCode: '320102', status: 'open', replyText: null, repliedAt: null, repliedOn: null, rectification: { openAtNotice: 1, rectifiedSince: 0 }, ...extra,
});

const page = (notices: Notice[], total = notices.length, offset = 0): NoticeListResponse => ({
  total, limit: 50, offset, notices,
  byUnit: [{ unitCode: '320102', open: 1, overdue: 0, replied: 0 }, { unitCode: '320105', open: 0, overdue: 2, replied: 1 }],
});

describe('NoticesModel', () => {
  it('lists notices with a status filter and pages, counts per unit with overdue units first', async () => {
    const api = fakeApi().on('GET', '/api/v1/notices', ({ query }) => page([notice(ids.objection1, { status: 'overdue' })], 120, Number(query.offset)));
    const model = new NoticesModel({ api });
    await model.load();
    expect(api.calls[0].query).toEqual({ limit: 50, offset: 0 });
    expect(model.byUnit.value.map((u) => u.unitCode)).toEqual(['320105', '320102']);
    expect(model.hasNext.value).toBe(true);
    await model.setStatus('overdue');
    expect(api.calls[1].query).toEqual({ limit: 50, offset: 0, status: 'overdue' });
    await model.nextPage();
    expect(api.calls[2].query).toEqual({ limit: 50, offset: 1, status: 'overdue' });
    expect(model.range.value).toEqual({ from: 2, to: 2, total: 120 });
  });

  it('issues a notice about a defect, trimming the text, and refuses an empty or too long text before sending', async () => {
    const onIssued = vi.fn();
    const api = fakeApi().on('POST', '/api/v1/notices', ({ body }) => notice(ids.objection2, { defectId: (body as { defectId?: string }).defectId ?? null, text: (body as { text: string }).text }));
    const model = new NoticesModel({ api, onIssued });
    model.text.value = '  ';
    expect(await model.issue('苏检刑诉受〔2025〕1号')).toBe(false);
    expect(model.textError.value).toBe('issueTextRequired');
    expect(noticeTextProblem('长'.repeat(2001))).toBe('issueTextTooLong');
    expect(api.calls).toHaveLength(0);
    model.text.value = ' 请于十日内回复 ';
    model.defectId.value = ids.defect1;
    expect(await model.issue('苏检刑诉受〔2025〕1号')).toBe(true);
    expect(api.calls[0].body).toEqual({ caseNumber: '苏检刑诉受〔2025〕1号', text: '请于十日内回复', defectId: ids.defect1 });
    expect(model.issued.value?.replyDue).toBe('2025-06-25');
    expect(onIssued).toHaveBeenCalledOnce();
    expect(model.text.value).toBe('');
  });

  it("keeps the server's reason when the case is unknown in the supervisor's scope", async () => {
    const api = fakeApi().on('POST', '/api/v1/notices', () => new ApiError(404, 'not-found', { zh: '本单位及下级单位没有该案件', en: 'No prosecutor in your scope' }));
    const model = new NoticesModel({ api });
    model.text.value = '请核查';
    expect(await model.issue('X')).toBe(false);
    expect(model.issueError.value?.status).toBe(404);
    expect(model.issued.value).toBeNull();
  });

  it('orders unit counts by overdue replies', () => {
    expect(sortUnitCounts([{ unitCode: 'a', open: 5, overdue: 0, replied: 0 }, { unitCode: 'b', open: 0, overdue: 1, replied: 0 }]).map((u) => u.unitCode)).toEqual(['b', 'a']);
  });
});

describe('RectificationModel', () => {
  const row = (userId: string, unitCode: string, openDefects: number, oldestOpenDays: number) => ({
    unitCode, userId, userName: userId, leader: false, casesHandled: 3, openDefects, openPoints: openDefects * 2, oldestOpenDays,
    oldestOpenSince: openDefects > 0 ? '2025-06-01' : null, rectifiedDefects: 0,
  });

  it('groups per unit with the longest-open prosecutor first and unit totals', () => {
    const groups = groupByUnit([row(ids.wang, '320102', 1, 3), row(ids.li, '320102', 2, 14), row(ids.supervisor, '320105', 0, 0)]);
    expect(groups.map((g) => g.unitCode)).toEqual(['320102', '320105']);
    expect(groups[0]).toMatchObject({ openDefects: 3, openPoints: 6, oldestOpenDays: 14 });
    expect(groups[0].rows.map((r) => r.userId)).toEqual([ids.li, ids.wang]);
  });

  it('asks for the selected unit', async () => {
    const api = fakeApi().on('GET', '/api/v1/rectification', () => ({ today: '2025-06-15', rows: [row(ids.wang, '320102', 1, 3)] }));
    const model = new RectificationModel({ api });
    await model.load('320102');
    expect(api.calls[0].query).toEqual({ unit: '320102' });
    expect(model.groups.value).toHaveLength(1);
  });
});
