import { describe, expect, it, vi } from 'vitest';
import { createMessageHandler, type BackgroundDeps } from '../../../extension/background/handlers';
import { createObjectionStore } from '../../../extension/background/objections';
import type { TabsState } from '../../../extension/background/tabs';
import type { FrameReport, Push, SyncHandle } from '../../../extension/protocol';
import type { PublicSettings } from '../../../extension/settings';
import { createCalendar } from '../../../shared/calendar';
import { serializeCalendar } from '../../../shared/calendar/serialized';

const settings: PublicSettings = {
  companionUrl: 'http://127.0.0.1:8787', hasToken: true, trainingMode: false, locale: 'zh-CN', locked: [], adapters: [], rejectedAdapters: [],
  central: { fetchedAt: null, error: null, rules: {}, configured: {}, calendar: null, problems: [], counts: { rules: 0, adapters: 0, calendarOverrides: 0 } },
  calendar: serializeCalendar(createCalendar()),
};

function memoryArea() {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (k: string) => (k in data ? { [k]: structuredClone(data[k]) } : {}),
    set: async (items: Record<string, unknown>) => void Object.assign(data, structuredClone(items)),
  };
}

function setup(sync?: SyncHandle) {
  let tabs: TabsState = {};
  const pushes: [number, Push, number | undefined][] = [];
  const badges: [number, { text: string; color: string }][] = [];
  const area = memoryArea();
  const deps: BackgroundDeps = {
    getPublicSettings: async () => settings,
    tabs: { get: () => tabs, set: (s) => (tabs = s) },
    objections: createObjectionStore(area, () => new Date('2025-09-20T02:00:00Z')),
    push: (tabId, message, frameId) => pushes.push([tabId, message, frameId]),
    setBadge: (tabId, badge) => badges.push([tabId, badge]),
    sync,
  };
  return { handle: createMessageHandler(deps), pushes, badges, area, tabs: () => tabs };
}

const content = (tabId: number, frameId = 0) => ({ tab: { id: tabId }, frameId });
const report: FrameReport = {
  url: 'http://127.0.0.1/p', adapterId: 'province-x', training: false, caseNumber: 'A', values: { caseNumber: 'A' },
  findings: [{ ruleId: 'r', light: 'red', anchor: 'acceptedOn', occurrenceKey: 'r:1', messageId: 'missing', points: 6 }],
  checkedAt: '2025-09-20T02:00:00.000Z',
};

describe('background message handling', () => {
  it('answers settings without the token', async () => {
    const { handle } = setup();
    expect(await handle({ type: 'settings/get' }, content(1))).toEqual(settings);
  });

  it('injects the checker into the asking frame only, and only for content scripts', async () => {
    const injected: [number, number][] = [];
    const { handle } = setup();
    const withInject = createMessageHandler({
      getPublicSettings: async () => settings, tabs: { get: () => ({}), set: () => undefined },
      objections: createObjectionStore(memoryArea()), push: () => undefined, setBadge: () => undefined,
      injectChecker: async (tabId, frameId) => void injected.push([tabId, frameId]),
    });
    expect(await withInject({ type: 'checker/load' }, content(7, 3))).toBe(true);
    // An extension page has no tab: nothing is injected.
    expect(await withInject({ type: 'checker/load' }, { url: 'chrome-extension://x/popup.html' })).toBe(false);
    expect(injected).toEqual([[7, 3]]);
    // Without the scripting API (tests, other browsers' stand-ins) the answer is false, not a throw.
    expect(await handle({ type: 'checker/load' }, content(7, 3))).toBe(false);
  });

  it('ignores messages that are not ours', () => {
    const { handle } = setup();
    expect(handle({ type: 'something-else' }, content(1))).toBeUndefined();
    expect(handle('hello', content(1))).toBeUndefined();
  });

  it('records a frame report, sets the badge and passes the panel frame\'s report to sync', async () => {
    const onReport = vi.fn();
    const { handle, badges } = setup({ onReport });
    const merge = await handle({ type: 'frame/report', report, first: true }, content(5));
    expect(merge).toEqual({ remote: {}, panel: true, frames: 1, others: [] });
    expect(badges.at(-1)).toEqual([5, { text: '1', color: '#d93025' }]);
    expect(onReport).toHaveBeenCalledWith(5, 0, report);
    // A sub-frame's partial view is not sent to sync.
    await handle({ type: 'frame/report', report, first: true }, content(5, 3));
    expect(onReport).toHaveBeenCalledTimes(1);
  });

  it('refuses frame reports that do not come from a tab', async () => {
    const { handle } = setup();
    await expect(handle({ type: 'frame/report', report }, { url: 'chrome-extension://x/popup.html' })).rejects.toThrow();
  });

  it('stores an objection under caseNumber|ruleId|occurrenceKey, tells the tab and sync', async () => {
    const onObjection = vi.fn();
    const { handle, area, pushes } = setup({ onObjection });
    const res = await handle(
      { type: 'objection/add', objection: { caseNumber: 'A', ruleId: 'r', occurrenceKey: 'r:1', anchor: 'acceptedOn', light: 'red', reason: ' 已电话告知 ', training: false } },
      content(5),
    );
    expect(res).toMatchObject({ ok: true, objection: { key: 'A|r|r:1', reason: '已电话告知', createdAt: '2025-09-20T02:00:00.000Z' } });
    expect(Object.keys(area.data.objections as object)).toEqual(['A|r|r:1']);
    expect(pushes).toContainEqual([5, { type: 'push/objections', caseNumber: 'A' }, undefined]);
    expect(onObjection).toHaveBeenCalledTimes(1);
    expect(await handle({ type: 'objection/list', caseNumber: 'A' }, content(5))).toHaveLength(1);
    expect(await handle({ type: 'objection/list', caseNumber: 'B' }, content(5))).toEqual([]);
  });

  it('rejects an objection without a reason', async () => {
    const { handle, area } = setup();
    const res = await handle(
      { type: 'objection/add', objection: { caseNumber: 'A', ruleId: 'r', occurrenceKey: 'r:1', anchor: 'acceptedOn', light: 'red', reason: '   ', training: false } },
      content(5),
    );
    expect(res).toMatchObject({ ok: false, error: expect.stringContaining('reason') });
    expect(area.data.objections).toBeUndefined();
  });

  it('keeps two quick objections (no lost write)', async () => {
    const { handle, area } = setup();
    const o = { caseNumber: 'A', ruleId: 'r', anchor: 'x', light: 'red' as const, reason: '理由', training: false };
    await Promise.all([
      handle({ type: 'objection/add', objection: { ...o, occurrenceKey: '1' } }, content(1)),
      handle({ type: 'objection/add', objection: { ...o, occurrenceKey: '2' } }, content(1)),
    ]);
    expect(Object.keys(area.data.objections as object).sort()).toEqual(['A|r|1', 'A|r|2']);
  });

  it('clears the badge when the page goes and answers the popup\'s summary', async () => {
    const { handle, badges } = setup();
    await handle({ type: 'frame/report', report, first: true }, content(5));
    expect(await handle({ type: 'tab/summary', tabId: 5 }, {})).toMatchObject({ tabId: 5, counts: { red: 1 } });
    await handle({ type: 'frame/gone' }, content(5));
    expect(badges.at(-1)).toEqual([5, { text: '', color: '#80868b' }]);
    expect(await handle({ type: 'tab/summary', tabId: 5 }, {})).toBeNull();
  });

  it('forwards sync/* messages from extension pages only', async () => {
    const handleMessage = vi.fn(async () => ({ pending: 0 }));
    const { handle } = setup({ handleMessage });
    expect(await handle({ type: 'sync/status' }, { url: 'chrome-extension://x/popup.html' })).toEqual({ pending: 0 });
    // The options page opened in a tab has a tab id, but its URL is the extension's own.
    expect(await handle({ type: 'sync/status' }, { url: 'chrome-extension://x/options.html', tab: { id: 7 } })).toEqual({ pending: 0 });
    await expect(handle({ type: 'sync/flush' }, content(1))).rejects.toThrow();
    await expect(handle({ type: 'sync/flush' }, {})).rejects.toThrow();
    expect(handleMessage).toHaveBeenCalledTimes(2);
  });
});
