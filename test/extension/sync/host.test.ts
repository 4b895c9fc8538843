import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { FrameReport, SyncHandle } from '../../../extension/protocol.ts';
import type { Settings } from '../../../extension/settings.ts';
import { startSync, type SyncSettingsSource, type SyncStatus } from '../../../extension/sync/index.ts';
import { rulesById } from '../../../shared/rules/index.ts';
import { fakeAlarms, fakeCompanion, fakeTimers, freshDb, settle } from './helpers.ts';

function setup() {
  const companion = fakeCompanion();
  const alarms = fakeAlarms();
  const timers = fakeTimers();
  let settings: Settings = { companionUrl: 'http://companion.test', token: companion.token, adapters: [], trainingMode: false, locale: 'zh-CN' };
  const listeners: ((s: Settings) => void)[] = [];
  const host: SyncSettingsSource = {
    getSettings: async () => settings,
    onSettingsChanged: (l) => {
      listeners.push(l);
      return () => undefined;
    },
  };
  const db = freshDb();
  const handle = startSync(host, { db, fetch: companion.fetch, alarms, setTimer: timers.setTimer, clearTimer: timers.clearTimer });
  return {
    handle, db, companion, alarms,
    change(patch: Partial<Settings>) {
      settings = { ...settings, ...patch };
      for (const l of listeners) l(settings);
    },
  };
}

const [ruleId] = [...rulesById.keys()];
const report = (over: Partial<FrameReport> = {}): FrameReport => ({
  url: 'http://127.0.0.1/case/1',
  adapterId: 'tyyw-js',
  training: false,
  values: {},
  caseNumber: '苏检刑诉受〔2025〕7号',
  procedure: 'prosecution-review',
  findings: [{ ruleId, light: 'red', anchor: 'suspectCounselNoticeOn', occurrenceKey: '2025-09-01', messageId: 'missing', due: '2025-09-04', points: 6 }],
  checkedAt: '2025-09-10T01:00:00.000Z',
  ...over,
});

describe('startSync(host): the sync outbox behind the background (extension/sync/host.ts)', () => {
  it('answers with a SyncHandle and registers the alarm listener synchronously', () => {
    const typed: (host: SyncSettingsSource) => SyncHandle = startSync;
    expect(typed).toBe(startSync);
    const { alarms } = setup();
    expect(alarms.listeners).toHaveLength(1);
  });

  it('turns a frame report into an observed event with the rule version from the registry', async () => {
    const t = setup();
    await t.handle.onReport(1, 0, report());
    await settle(() => t.companion.stored.size === 1);
    const [event] = t.companion.stored.values();
    // The outcome (messageId) goes along: the companion books the points for it; the anchor stays in the browser.
    expect(event).toMatchObject({ kind: 'observed', ruleId, ruleVersion: rulesById.get(ruleId)!.meta.version, messageId: 'missing', points: 6, training: false, procedure: 'prosecution-review' });
    expect(event).not.toHaveProperty('anchor');
  });

  it('ignores frames without an adapter or a case number', async () => {
    const t = setup();
    await t.handle.onReport(1, 0, report({ adapterId: null }));
    await t.handle.onReport(1, 0, report({ caseNumber: undefined }));
    expect(await t.db.outbox.count()).toBe(0);
    expect(t.companion.stored.size).toBe(0);
  });

  it('marks reports from the training system as training', async () => {
    const t = setup();
    await t.handle.onReport(1, 0, report({ adapterId: 'training-system' }));
    await settle(() => t.companion.stored.size === 1);
    expect([...t.companion.stored.values()][0].training).toBe(true);
  });

  it('fills an objection that arrives with ids only from what was recorded', async () => {
    const t = setup();
    await t.handle.onReport(1, 0, report());
    await settle(() => t.companion.stored.size === 1);
    await t.handle.onObjection({
      key: 'k', caseNumber: '苏检刑诉受〔2025〕7号', ruleId, occurrenceKey: '2025-09-01', anchor: 'x', light: 'red',
      reason: '已在讯问笔录中告知', training: false, createdAt: '2025-09-10T02:00:00.000Z',
    });
    await settle(() => t.companion.stored.size === 2);
    const objected = [...t.companion.stored.values()].find((e) => e.kind === 'objected');
    expect(objected).toMatchObject({ points: 6, due: '2025-09-04', procedure: 'prosecution-review', objectionReason: '已在讯问笔录中告知' });
  });

  it('answers sync/* messages with the status and flushes when the companion settings change', async () => {
    const t = setup();
    t.change({ token: 'not-yet-valid' });
    t.companion.setMode('down');
    await t.handle.onReport(1, 0, report());
    await settle(async () => ((await t.handle.handleMessage({ type: 'sync/status' })) as SyncStatus).lastError !== null);
    t.companion.setMode('up');
    t.change({ token: t.companion.token });
    await settle(() => t.companion.stored.size === 1);
    const status = (await t.handle.handleMessage({ type: 'sync/flush' })) as SyncStatus;
    expect(status).toMatchObject({ pending: 0, lastError: null });
    await expect(t.handle.handleMessage({ type: 'sync/nope' })).rejects.toThrow(/unknown/);
  });
});
