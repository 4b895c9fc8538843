import { describe, expect, it, vi } from 'vitest';
import { createOptionsModel, type OptionsDeps } from '../../../extension/entrypoints/options/model';
import { createPopupModel } from '../../../extension/entrypoints/popup/model';
import { createCalendar } from '../../../shared/calendar';
import { addMessages } from '../../../extension/i18n';
import { PAGE_MESSAGES } from '../../../extension/i18n/pages';
import type { TabSummary } from '../../../extension/protocol';
import type { PublicSettings } from '../../../extension/settings';
import { serializeCalendar } from '../../../shared/calendar/serialized';

addMessages(PAGE_MESSAGES);

const pub = (over: Partial<PublicSettings> = {}): PublicSettings => ({
  companionUrl: 'http://127.0.0.1:8787', hasToken: false, trainingMode: false, locale: 'zh-CN', locked: [], adapters: [], rejectedAdapters: [],
  central: { fetchedAt: null, error: null, rules: {}, configured: {}, calendar: null, problems: [], counts: { rules: 0, adapters: 0, calendarOverrides: 0 } },
  calendar: serializeCalendar(createCalendar()), ...over,
});

function optionsDeps(settings = pub(), granted: string[] = [], answer = true) {
  const stored: Record<string, unknown> = {};
  const requested: string[][] = [];
  const deps: OptionsDeps = {
    local: { get: async () => ({ ...stored }), set: async (items) => void Object.assign(stored, items) },
    managed: { get: async () => ({}) },
    permissions: {
      contains: async ({ origins }) => origins.every((o) => granted.includes(o)),
      request: async ({ origins }) => {
        requested.push(origins);
        return answer;
      },
    },
    request: (async () => settings) as OptionsDeps['request'],
  };
  return { deps, stored, requested };
}

const adapter = { id: 'province-x', name: '某省系统', version: 1, match: ['http://10.1.2.3:8080/ajxx/*'], fields: { acceptedOn: { label: '受理日期' } } };

describe('options page', () => {
  it('shows zh/en errors for an invalid adapter and stores nothing', async () => {
    const { deps, stored } = optionsDeps();
    const m = createOptionsModel(deps);
    await m.load();
    expect(await m.importAdapter('{"id":"x","match":["nope"],"fields":{"acceptDate":{}}}')).toBe(false);
    expect(m.importErrors.value.join('\n')).toMatch(/fields\.acceptDate: 未知的案件字段.* \/ unknown case field/);
    expect(stored.adapters).toBeUndefined();
  });

  it('asks for the new host (without the port) and stores the adapter', async () => {
    const { deps, stored, requested } = optionsDeps();
    const m = createOptionsModel(deps);
    await m.load();
    expect(await m.importAdapter(JSON.stringify(adapter))).toBe(true);
    expect(requested).toEqual([['http://10.1.2.3/*']]);
    expect(stored.adapters).toEqual([adapter]);
    expect(m.notice.value?.kind).toBe('ok');
  });

  it('keeps the adapter but says so when permission is refused', async () => {
    const { deps, stored } = optionsDeps(pub(), [], false);
    const m = createOptionsModel(deps);
    await m.load();
    await m.importAdapter(JSON.stringify(adapter));
    expect(stored.adapters).toEqual([adapter]);
    expect(m.notice.value).toMatchObject({ kind: 'error' });
    expect(m.notice.value?.text).toContain('http://10.1.2.3/*');
  });

  it('does not ask for hosts the manifest covers', async () => {
    const { deps, requested } = optionsDeps();
    const m = createOptionsModel(deps);
    await m.load();
    await m.importAdapter(JSON.stringify({ ...adapter, match: ['http://127.0.0.1/ajxx/*'] }));
    expect(requested).toEqual([]);
  });

  it('saves settings, never writes locked keys, and keeps the token unless a new one is typed', async () => {
    const { deps, stored } = optionsDeps(pub({ locked: ['companionUrl'] }));
    const m = createOptionsModel(deps);
    await m.load();
    m.trainingMode.value = true;
    m.locale.value = 'en';
    await m.save();
    expect(stored).toEqual({ trainingMode: true, locale: 'en' });
    m.token.value = ' new-token ';
    await m.save();
    expect(stored.token).toBe('new-token');
  });

  it('refuses a companion URL that is not http(s)', async () => {
    const { deps, stored } = optionsDeps();
    const m = createOptionsModel(deps);
    await m.load();
    m.companionUrl.value = 'ftp://x';
    expect(await m.save()).toBe(false);
    expect(stored).toEqual({});
  });

  it('lists adapter hosts still waiting for permission', async () => {
    const settings = pub({ adapters: [{ source: 'user', adapter: { ...adapter, match: ['http://10.1.2.3/*', 'http://10.4.4.4/*'] } }] });
    const { deps } = optionsDeps(settings, ['http://10.1.2.3/*']);
    const m = createOptionsModel(deps);
    await m.load();
    expect(m.pending.value).toEqual(['http://10.4.4.4/*']);
  });
});

describe('popup', () => {
  it('shows the tab\'s summary and the adapter in use', async () => {
    const summary: TabSummary = {
      tabId: 3, url: 'http://127.0.0.1/x', adapters: [{ id: 'province-x' }], training: false,
      counts: { red: 1, yellow: 0, green: 2, grey: 0 }, worst: 'red', frames: 1, checkedAt: '',
      findings: [{ ruleId: 'r', light: 'red', anchor: 'a', occurrenceKey: 'r:1', messageId: 'missing', points: 6 }],
    };
    const request = vi.fn(async (m: { type: string }) => (m.type === 'settings/get' ? pub({ adapters: [{ source: 'user', adapter }] }) : summary));
    const model = createPopupModel({ activeTabId: async () => 3, request: request as never, syncStatus: async () => ({ pending: 2, deadLetters: 0 }) });
    await model.load();
    expect(request).toHaveBeenCalledWith({ type: 'tab/summary', tabId: 3 });
    expect(model.adapterNames.value).toEqual(['某省系统']);
    expect(model.points.value).toBe(6);
    expect(model.sync.value?.pending).toBe(2);
  });

  // A fixed clock: the warning is about the date given, never the machine's.
  it('warns from 1 November while the coming year’s holiday arrangement is not loaded, until overrides load it', async () => {
    const request = vi.fn(async (m: { type: string }) => (m.type === 'settings/get' ? pub() : null));
    const at = (iso: string, settings = pub()) => {
      const r = vi.fn(async (m: { type: string }) => (m.type === 'settings/get' ? settings : null));
      return createPopupModel({ activeTabId: async () => undefined, request: r as never, syncStatus: async () => null, now: () => new Date(iso) });
    };
    const october = at('2026-10-31T12:00:00+08:00');
    await october.load();
    expect(october.missingYears.value).toEqual([]);
    const november = at('2026-11-01T00:30:00+08:00');
    await november.load();
    expect(november.missingYears.value).toEqual([2027]);
    const cal = createCalendar({ holidays: ['2027-01-01'], coveredYears: [2027] });
    const loaded = at('2026-11-20T09:00:00+08:00', pub({ central: { ...pub().central, calendar: { coveredYears: [...cal.coveredYears], holidays: ['2027-01-01'], workdays: [], lo: cal.lo, flags: Array.from(cal.flags, String).join('') } } }));
    await loaded.load();
    expect(loaded.missingYears.value).toEqual([]);
    expect(request).not.toHaveBeenCalled();
  });
});
