// Case activity in the extension: what is kept locally, what is queued (only when it changed), that
// only ids and dates are sent, and delivery through the same flush as events to the REAL companion.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseActivitySchema } from '../../../shared/api/index.ts';
import { diffDays } from '../../../shared/calendar/index.ts';
import { caseFromReport, myDeadlines, recordCase } from '../../../extension/loop/cases.ts';
import type { FrameReport } from '../../../extension/protocol.ts';
import { openDb } from '../../../extension/store/index.ts';
import { createSync } from '../../../extension/sync/index.ts';
import { startCompanion, type RunningCompanion } from '../../e2e/harness.ts';
import { fakeAlarms, fakeTimers, freshDbName } from '../sync/helpers.ts';

const NOW = Date.parse('2025-06-15T02:00:00Z');

function report(over: Partial<FrameReport> = {}): FrameReport {
  return {
    url: 'https://tyyw.example/case/1', adapterId: 'tyyw-js', training: false, caseNumber: '苏检刑诉受〔2025〕1号', procedure: 'prosecution-review',
    values: { caseNumber: '苏检刑诉受〔2025〕1号', suspectName: '张某', charge: '盗窃', acceptedOn: '2025-06-01', decisionOn: null, inCustody: true },
    findings: [
      { ruleId: 'prosecution-review-1m', light: 'yellow', anchor: 'acceptedOn', occurrenceKey: '2025-06-01', messageId: 'due-soon', due: '2025-07-01' },
      { ruleId: 'notice-suspect-counsel-3d', light: 'red', anchor: 'x', occurrenceKey: 'k', messageId: 'missing', due: '2025-06-04', points: 6 },
      { ruleId: 'notice-victim-agent-3d', light: 'green', anchor: 'y', occurrenceKey: 'k2', messageId: 'done', due: '2025-06-04', done: true },
      { ruleId: 'family-notification-24h', light: 'grey', anchor: 'z', occurrenceKey: 'k3', messageId: 'unknown' },
    ],
    checkedAt: new Date(NOW).toISOString(),
    ...over,
  };
}

describe('case activity in the extension', () => {
  it('keeps the open due dates and sends only ids and dates — never a name or a charge', async () => {
    const db = openDb(freshDbName());
    let n = 0;
    const queued = await recordCase(db, report(), { now: NOW, newId: () => `00000000-0000-4000-8000-00000000000${n++}` });
    expect(queued).toEqual({
      id: '00000000-0000-4000-8000-000000000000', caseNumber: '苏检刑诉受〔2025〕1号', procedure: 'prosecution-review', acceptedOn: '2025-06-01',
      dueDates: ['2025-06-04', '2025-07-01'], inCustody: true, observedAt: '2025-06-15T02:00:00.000Z',
    });
    expect(Object.keys(CaseActivitySchema.parse(queued)).sort()).toEqual(['acceptedOn', 'caseNumber', 'dueDates', 'id', 'inCustody', 'observedAt', 'procedure']);
    expect(JSON.stringify(await db.caseOutbox.toArray())).not.toMatch(/张某|盗窃|tyyw\.example/);
    const local = await db.cases.get('苏检刑诉受〔2025〕1号');
    expect(local).toMatchObject({ url: 'https://tyyw.example/case/1', nextDue: '2025-06-04', inCustody: true });
    expect(local?.dues.map((d) => d.ruleId)).toEqual(['notice-suspect-counsel-3d', 'prosecution-review-1m']);
  });

  it('sends a case marked 重大、疑难、复杂 (majorComplex) as the flag `difficult` only, and queues again when the mark appears', async () => {
    const db = openDb(freshDbName());
    const opts = { now: NOW, newId: () => crypto.randomUUID() };
    expect((await recordCase(db, report(), opts))?.difficult).toBeUndefined();
    const marked = report({ values: { ...report().values, majorComplex: true } });
    const queued = await recordCase(db, marked, opts);
    expect(queued?.difficult).toBe(true);
    expect(Object.keys(CaseActivitySchema.parse(queued))).toContain('difficult');
    expect(await recordCase(db, marked, opts)).toBeNull();
    expect(caseFromReport(report({ values: { ...report().values, majorComplex: false } }), NOW)?.difficult).toBeUndefined();
  });

  it('queues again only when what would be sent changed; training pages are never recorded', async () => {
    const db = openDb(freshDbName());
    const opts = { now: NOW, newId: () => crypto.randomUUID() };
    expect(await recordCase(db, report(), opts)).not.toBeNull();
    expect(await recordCase(db, report(), { ...opts, now: NOW + 60_000 })).toBeNull();
    expect(await recordCase(db, report({ values: { ...report().values, decisionOn: '2025-06-14' } }), opts)).toMatchObject({ decisionOn: '2025-06-14' });
    expect(await db.caseOutbox.count()).toBe(2);
    expect(await recordCase(db, report({ training: true, caseNumber: 'T1' }), opts)).toBeNull();
    expect(await recordCase(db, report({ adapterId: 'training-system', caseNumber: 'T2' }), opts)).toBeNull();
    expect(caseFromReport(report({ caseNumber: undefined, values: {} }), NOW)).toBeNull();
    expect(await db.cases.count()).toBe(1);
  });

  it('lists 我的期限 overdue first, then by the next due date', () => {
    const a = caseFromReport(report({ caseNumber: 'A', findings: [{ ruleId: 'r', light: 'yellow', anchor: 'a', occurrenceKey: 'k', messageId: 'open', due: '2025-06-20' }] }), NOW)!;
    const b = caseFromReport(report({ caseNumber: 'B', findings: [{ ruleId: 'r', light: 'red', anchor: 'a', occurrenceKey: 'k', messageId: 'missing', due: '2025-06-10' }] }), NOW)!;
    const c = caseFromReport(report({ caseNumber: 'C', findings: [{ ruleId: 'r', light: 'yellow', anchor: 'a', occurrenceKey: 'k', messageId: 'open', due: '2025-06-16' }] }), NOW)!;
    const d = caseFromReport(report({ caseNumber: 'D', findings: [] }), NOW)!;
    const rows = myDeadlines([a, b, c, d], '2025-06-15', diffDays);
    expect(rows.map((r) => r.caseNumber)).toEqual(['B', 'C', 'A']);
    expect(rows[0]).toMatchObject({ overdue: true, dues: [expect.objectContaining({ daysLeft: -5 })] });
  });
});

describe('case activity through the flush, to the real companion', () => {
  let companion: RunningCompanion;
  let token: string;
  beforeAll(async () => {
    companion = await startCompanion();
    await companion.store.units.add({ code: '320102', name: '玄武' });
    const u = await companion.store.users.add({ name: '王检察官', role: 'prosecutor', unitCode: '320102' });
    if (!u.ok) throw new Error(u.code);
    token = u.token;
  });
  afterAll(async () => { await companion?.close(); });

  it('posts the queued records once, and the companion knows who handles the case', async () => {
    const db = openDb(freshDbName());
    const sync = createSync({ db, getSettings: async () => ({ companionUrl: companion.url, token }), alarms: fakeAlarms(), ...fakeTimers(), autoFlush: false });
    await sync.recordCase(report({ checkedAt: new Date().toISOString() }));
    const r = await sync.flush();
    expect(r).toMatchObject({ sent: 1, deadLettered: 0 });
    expect(r.error).toBeUndefined();
    expect(await db.caseOutbox.count()).toBe(0);
    expect(await companion.store.caseActivity.count()).toBe(1);
    expect((await sync.flush()).sent).toBe(0);
    expect(await companion.store.caseActivity.handler({ all: true }, '苏检刑诉受〔2025〕1号')).toMatchObject({ unitCode: '320102' });
  });
});
