// The background's side-panel messages: sidepanel/open from a content script's click, tab/locate
// asking the frame that shows the field (the panel frame first), and objections filed in the side
// panel reaching every tab that shows the case.
import { describe, expect, it } from 'vitest';
import { createMessageHandler, type BackgroundDeps } from '../../../extension/background/handlers';
import { createObjectionStore } from '../../../extension/background/objections';
import { framesShowing, type TabsState } from '../../../extension/background/tabs';
import type { FrameReport, Push } from '../../../extension/protocol';
import type { PublicSettings } from '../../../extension/settings';

const settings = { adapters: [] } as unknown as PublicSettings;
const panelPage = { url: 'chrome-extension://abc/sidepanel.html' };
const content = (tabId: number, frameId = 0) => ({ tab: { id: tabId }, frameId });

function report(values: Record<string, unknown>, caseNumber = 'A'): FrameReport {
  return { url: 'http://127.0.0.1/p', adapterId: 'training-system', training: true, caseNumber, values, findings: [], checkedAt: '2026-12-07T00:00:00.000Z' };
}

function setup(answer: (tabId: number, frameId: number) => unknown = () => true, open?: (tabId: number) => Promise<void>) {
  let tabs: TabsState = {};
  const data: Record<string, unknown> = {};
  const pushes: [number, Push, number | undefined][] = [];
  const asked: [number, Push, number][] = [];
  const deps: BackgroundDeps = {
    getPublicSettings: async () => settings,
    tabs: { get: () => tabs, set: (s) => (tabs = s) },
    objections: createObjectionStore({ get: async (k) => (k in data ? { [k]: structuredClone(data[k]) } : {}), set: async (i) => void Object.assign(data, structuredClone(i)) }),
    push: (tabId, message, frameId) => pushes.push([tabId, message, frameId]),
    setBadge: () => undefined,
    openSidePanel: open,
    ask: async (tabId, message, frameId) => {
      asked.push([tabId, message, frameId]);
      return answer(tabId, frameId);
    },
  };
  return { handle: createMessageHandler(deps), pushes, asked, tabs: () => tabs };
}

describe('side panel messages', () => {
  it('opens the side panel on the sender tab of a content script, and says false where it cannot', async () => {
    const opened: number[] = [];
    const { handle } = setup(undefined, async (id) => void opened.push(id));
    expect(await handle({ type: 'sidepanel/open' }, content(7, 3))).toBe(true);
    expect(opened).toEqual([7]);
    expect(await setup(undefined, async () => { throw new Error('no gesture'); }).handle({ type: 'sidepanel/open' }, content(7))).toBe(false);
    expect(await setup().handle({ type: 'sidepanel/open' }, content(7))).toBe(false);
    expect(await handle({ type: 'sidepanel/open' }, panelPage)).toBe(false);
  });

  it('locates a field in the frame that shows it, the panel frame first, and says not found otherwise', async () => {
    const { handle, asked } = setup((_tab, frameId) => frameId === 4);
    await handle({ type: 'frame/report', report: report({ caseNumber: 'A', acceptedOn: '2026-12-01' }), first: true }, content(9, 0));
    await handle({ type: 'frame/report', report: report({ counselPresentAtSigning: false }) }, content(9, 4));
    await handle({ type: 'frame/report', report: report({ counselPresentAtSigning: false }) }, content(9, 2));
    expect(await handle({ type: 'tab/locate', tabId: 9, field: 'counselPresentAtSigning' }, panelPage)).toEqual({ found: true, frameId: 4 });
    expect(asked.map(([, m, f]) => [m, f])).toEqual([[{ type: 'push/locate', field: 'counselPresentAtSigning' }, 2], [{ type: 'push/locate', field: 'counselPresentAtSigning' }, 4]]);
    expect(await handle({ type: 'tab/locate', tabId: 9, field: 'pleaHearingOn' }, panelPage)).toEqual({ found: false });
    await expect(handle({ type: 'tab/locate', tabId: 9, field: 'acceptedOn' }, content(9))).rejects.toThrow();
  });

  it('orders the frames that show a field with the panel frame first', () => {
    const tabs: TabsState = { 1: { url: '', memory: {}, frames: { 0: report({ a: 1 }), 3: report({ a: 1 }), 8: { ...report({ a: 1 }), adapterId: null } } } };
    expect(framesShowing(tabs, 1, 'a')).toEqual([0, 3]);
    expect(framesShowing(tabs, 1, 'b')).toEqual([]);
    expect(framesShowing(tabs, 2, 'a')).toEqual([]);
  });

  it('an objection filed in the side panel reaches every tab showing the case, not the panel page', async () => {
    const { handle, pushes } = setup();
    await handle({ type: 'frame/report', report: report({ caseNumber: 'A' }), first: true }, content(5));
    await handle({ type: 'frame/report', report: report({ caseNumber: 'B' }, 'B'), first: true }, content(6));
    const res = await handle({ type: 'objection/add', objection: { caseNumber: 'A', ruleId: 'r', occurrenceKey: 'r:1', anchor: 'acceptedOn', light: 'red', reason: '已补正', training: true } }, { ...panelPage, tab: { id: 11 } });
    expect(res).toMatchObject({ ok: true });
    expect(pushes.filter(([, m]) => m.type === 'push/objections')).toEqual([[5, { type: 'push/objections', caseNumber: 'A' }, undefined]]);
  });
});
