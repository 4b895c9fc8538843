// The 审计记录 page's model: the trail newest first a page at a time from the server, filtered by
// action, and each entry's before/after as lines of plain text.
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/api/index.ts';
import { AUDIT_ACTION_NAMES } from '../../../companion/dashboard/web/audit-i18n.ts';
import { AUDIT_PAGE, AuditModel, describeChange, entryCaseNumber, valueText } from '../../../companion/dashboard/web/models/audit-model.ts';
import { AuditActionSchema } from '../../../shared/api/index.ts';
import { fakeApi, forbidden, ids } from './fake-api.ts';

const entry = (n: number, extra: Partial<AuditEntry> = {}): AuditEntry => ({
  id: `0192f3a0-0000-7000-8000-${String(n).padStart(12, '0')}`, at: new Date(Date.UTC(2026, 11, 7, 8, 0) - n * 60_000).toISOString(),
  action: 'calendar-overrides', subject: 'calendar', actorId: ids.supervisor, actorName: '管理员',
  before: { overrides: [] }, after: { overrides: [{ date: '2027-01-01', kind: 'holiday' }] }, reason: null, ...extra,
});

describe('describeChange', () => {
  it('shows a corrected defect as points before → after, with its case as context', () => {
    const lines = describeChange('zh', { points: 6, caseNumber: '苏检刑诉受〔2026〕1号', ruleId: 'notice-suspect-counsel-3d', occurrenceKey: '2026-03-01' }, { points: 2 });
    expect(lines[0]).toEqual({ field: 'points', label: '分值', before: '6', after: '2' });
    expect(lines.find((l) => l.field === 'caseNumber')).toEqual({ field: 'caseNumber', label: '案号', before: '苏检刑诉受〔2026〕1号', after: null });
    expect(describeChange('en', { points: 6 }, { points: 2 })[0].label).toBe('points');
  });

  it('shows a list on both sides as what was added and removed, each day with its kind named', () => {
    const before = { overrides: [{ date: '2027-01-01', kind: 'holiday' }, { date: '2027-02-20', kind: 'workday', note: '国办发明电〔2026〕7号' }] };
    const after = { overrides: [{ date: '2027-01-01', kind: 'holiday' }, { date: '2027-10-09', kind: 'workday' }] };
    const [line] = describeChange('zh', before, after);
    expect(line.label).toBe('节假日调整');
    expect(line.list).toEqual({ added: ['2027-10-09 调休上班'], removed: ['2027-02-20 调休上班 国办发明电〔2026〕7号'], unchanged: 1 });
    expect(describeChange('en', before, after)[0].list?.added).toEqual(['2027-10-09 make-up working day']);
  });

  it('marks a missing side with — (first publication, withdrawal)', () => {
    expect(describeChange('zh', null, { version: 1 })).toEqual([{ field: 'version', label: '版本', before: '—', after: '1' }]);
    expect(describeChange('en', { version: 3 }, null)).toEqual([{ field: 'version', label: 'version', before: '3', after: '—' }]);
    expect(describeChange('zh', null, null)).toEqual([]);
  });

  it('names booleans and known values, keeps unknown fields by their own name, and clips long text', () => {
    const [voided, decision] = describeChange('zh', { voided: false, decision: 'pending' }, { voided: true, decision: 'accepted' });
    expect([voided.before, voided.after, decision.after]).toEqual(['否', '是', '成立']);
    expect(describeChange('en', { mystery: 'x' }, { mystery: 'y' })[0]).toMatchObject({ label: 'mystery', before: 'x', after: 'y' });
    expect(valueText('en', { thresholds: { red: 40 } })).toBe('thresholds: red: 40');
    expect(valueText('zh', 'x'.repeat(1000))).toHaveLength(301);
  });

  it('leaves markup as the text it is (the page renders text nodes)', () => {
    expect(valueText('zh', '<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('entryCaseNumber', () => {
  it('finds the case of a corrected defect or a notice, and nothing for others', () => {
    expect(entryCaseNumber(entry(1, { action: 'defect-correction', subject: ids.defect1, before: { points: 6, caseNumber: '苏检1号' }, after: { points: 2 } }))).toBe('苏检1号');
    expect(entryCaseNumber(entry(2, { action: 'notice-issued', before: null, after: { caseNumber: '苏检2号' } }))).toBe('苏检2号');
    expect(entryCaseNumber(entry(3))).toBeNull();
    expect(entryCaseNumber(entry(4, { before: { caseNumber: 7 }, after: null }))).toBeNull();
  });
});

describe('AUDIT_ACTION_NAMES', () => {
  it('names every action the server records in both languages', () => {
    for (const a of AuditActionSchema.options) {
      expect(AUDIT_ACTION_NAMES[a].zh, a).toMatch(/\p{Script=Han}/u);
      expect(AUDIT_ACTION_NAMES[a].en, a).toMatch(/^[A-Z]/);
    }
  });
});

describe('AuditModel', () => {
  function setup(total = 120) {
    const all = Array.from({ length: total }, (_, i) => entry(i, i % 2 ? { action: 'adapter-publish', subject: 'demo', before: null, after: { version: i } } : {}));
    const api = fakeApi().on('GET', '/api/v1/audit', ({ query }) => {
      const only = all.filter((e) => !query.action || e.action === query.action);
      const offset = Number(query.offset ?? 0);
      const limit = Number(query.limit ?? 100);
      return { total: only.length, limit, offset, entries: only.slice(offset, offset + limit) };
    });
    return { api, all, model: new AuditModel({ api }) };
  }

  it('asks the server for the newest page and pages on with limit/offset', async () => {
    const { api, all, model } = setup();
    await model.load();
    expect(api.calls[0].query).toEqual({ limit: AUDIT_PAGE, offset: 0 });
    expect(model.entries.value.map((e) => e.id)).toEqual(all.slice(0, AUDIT_PAGE).map((e) => e.id));
    expect(model.range.value).toEqual({ from: 1, to: 50, total: 120 });
    expect([model.hasPrevious.value, model.hasNext.value]).toEqual([false, true]);
    await model.nextPage();
    await model.nextPage();
    expect(api.calls.at(-1)?.query).toEqual({ limit: AUDIT_PAGE, offset: 100 });
    expect(model.range.value).toEqual({ from: 101, to: 120, total: 120 });
    expect(model.hasNext.value).toBe(false);
    await model.nextPage();
    expect(api.calls).toHaveLength(3);
    await model.previousPage();
    expect(model.range.value).toEqual({ from: 51, to: 100, total: 120 });
  });

  it('filters by action from the newest entry again, and back to all', async () => {
    const { api, model } = setup();
    await model.load();
    await model.nextPage();
    await model.setAction('adapter-publish');
    expect(api.calls.at(-1)?.query).toEqual({ action: 'adapter-publish', limit: AUDIT_PAGE, offset: 0 });
    expect(model.range.value).toEqual({ from: 1, to: 50, total: 60 });
    expect(model.entries.value.every((e) => e.action === 'adapter-publish')).toBe(true);
    await model.setAction(null);
    expect(api.calls.at(-1)?.query).toEqual({ limit: AUDIT_PAGE, offset: 0 });
    expect(model.range.value?.total).toBe(120);
  });

  it('keeps the server’s refusal with its reason in both languages', async () => {
    const api = fakeApi().on('GET', '/api/v1/audit', () => forbidden('仅管理员可查看审计记录', 'Only administrators may see the audit trail'));
    const model = new AuditModel({ api });
    await model.load();
    expect(model.state.value.status).toBe('error');
    expect(model.state.value.error?.status).toBe(403);
    expect(model.state.value.error?.reason.en).toBe('Only administrators may see the audit trail');
    expect(model.entries.value).toEqual([]);
    expect(model.range.value).toBeNull();
  });
});
