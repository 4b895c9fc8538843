// The adapter studio page (opened in the side panel from the findings list, or as
// `studio.html?tabId=…`). Wires the model to the browser: the picker goes into every frame of the
// mapped tab through chrome.scripting (allFrames), picks come back as runtime messages, the draft
// preview lives in storage.session, saved adapters in storage.local.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createApiClient, type HttpFunction } from '../../../shared/api/client';
import { addMessages, locale } from '../../i18n';
import { PAGE_MESSAGES } from '../../i18n/pages';
import { STUDIO_MESSAGES } from '../../i18n/studio';
import { request } from '../../protocol';
import { STORAGE_KEYS } from '../../settings';
import { studioAccess, type Bilingual, type ConnectionAnswer, type StudioAccess } from '../../studio/access';
import type { Pick } from '../../studio/draft';
import { PICKER_GLOBAL, STUDIO_PORT } from '../../studio/picker';
import { createStudioModel, ReasonError } from './model';
import { StudioGate } from './studio';

addMessages(PAGE_MESSAGES);
addMessages(STUDIO_MESSAGES);
const fixed = Number(new URLSearchParams(location.search).get('tabId'));

async function companion(): Promise<{ url: string; token: string }> {
  const s = await browser.storage.local.get([STORAGE_KEYS.companionUrl, STORAGE_KEYS.token]);
  const url = typeof s[STORAGE_KEYS.companionUrl] === 'string' && s[STORAGE_KEYS.companionUrl] !== '' ? (s[STORAGE_KEYS.companionUrl] as string) : 'http://127.0.0.1:8787';
  return { url: url.replace(/\/+$/, ''), token: typeof s[STORAGE_KEYS.token] === 'string' ? (s[STORAGE_KEYS.token] as string) : '' };
}

/** The companion's error reason (`{ reason: { zh, en } }`, shown in the locale's language), or the status. */
function reason(answer: { status: number; body: unknown }): Bilingual {
  const r = (answer.body as { reason?: { zh?: unknown; en?: unknown } } | undefined)?.reason;
  const zh = typeof r?.zh === 'string' && r.zh !== '' ? r.zh : undefined;
  const en = typeof r?.en === 'string' && r.en !== '' ? r.en : undefined;
  if (zh === undefined && en === undefined) return { zh: `HTTP ${answer.status}`, en: `HTTP ${answer.status}` };
  return { zh: zh ?? en!, en: en ?? zh! };
}

const fetchHttp: HttpFunction = (r) => fetch(r.url, {
  method: r.method, headers: { ...r.headers, ...(r.json === undefined ? {} : { 'content-type': 'application/json' }) },
  ...(r.json === undefined ? {} : { body: JSON.stringify(r.json) }), ...(r.signal ? { signal: r.signal } : {}),
});

/** The typed client (shared/api/client.ts) for the stored companion address and token. */
async function api() {
  const c = await companion();
  return createApiClient(fetchHttp, { baseUrl: c.url, token: () => c.token });
}

const model = createStudioModel({
  tabId: async () => (Number.isInteger(fixed) && fixed > 0 ? fixed : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id),
  tabUrl: async (id) => (await browser.tabs.get(id)).url,
  async inject(tabId) {
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['/studio-picker.js'] });
  },
  async call<T>(tabId: number, method: string, arg?: unknown): Promise<T[]> {
    const results = await browser.scripting.executeScript({
      target: { tabId, allFrames: true },
      // Runs in each frame's isolated world, where studio-picker.js installed the API.
      func: (global: string, name: string, value: unknown) => {
        const api = (globalThis as unknown as Record<string, Record<string, (a: unknown) => unknown> | undefined>)[global];
        return api ? (api[name](value) ?? null) : null;
      },
      args: [PICKER_GLOBAL, method, arg ?? null],
    });
    return results.map((r) => r.result as T);
  },
  onPick(listener) {
    const onMessage = (message: unknown, sender: { tab?: { id?: number } }) => {
      const m = message as { type?: string; pick?: Pick };
      if (m?.type !== 'studio/picked' || !m.pick || sender.tab?.id !== model.tabId.peek()) return undefined;
      listener(m.pick);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  },
  local: { get: (k) => browser.storage.local.get(k), set: (items) => browser.storage.local.set(items) },
  session: { set: (items) => browser.storage.session.set(items), remove: (k) => browser.storage.session.remove(k) },
  permissions: browser.permissions,
  async published() {
    const answer = await (await api())('adapters');
    if (!answer.ok) throw new ReasonError(reason(answer));
    return answer.data.adapters;
  },
  async versions(id) {
    const answer = await (await api())('adapterVersions', { params: { id } });
    if (!answer.ok) throw new ReasonError(reason(answer));
    return answer.data.versions;
  },
  async rollback(id, version) {
    const answer = await (await api())('rollbackAdapter', { params: { id }, body: { version } });
    return answer.ok ? { ok: true, adapter: answer.data.adapters.find((a) => a.id === id) } : { ok: false, error: reason(answer) };
  },
  async publish(adapters) {
    const answer = await (await api())('putAdapters', { body: { adapters } });
    return answer.ok ? { ok: true } : { ok: false, error: reason(answer) };
  },
});

// Each injected picker connects here; when this page goes away its ports close and every picker disposes itself.
const ports: { name: string }[] = [];
browser.runtime.onConnect.addListener((port) => {
  if (port.name === STUDIO_PORT && port.sender?.tab?.id === model.tabId.peek()) ports.push(port);
  else if (port.name === STUDIO_PORT) port.disconnect();
});

// Administrators and trainers only, publishing administrators only (extension/studio/access.ts):
// until the background says who is signed in, nothing is loaded or injected.
const app = document.getElementById('app')!;
// The studio speaks the language chosen in the options (zh-CN until the background says otherwise),
// as the popup and the side panel do; the views read the `locale` signal and follow a change at once.
async function followLocale(): Promise<void> {
  const s = await request({ type: 'settings/get' }).catch(() => undefined);
  if (s?.locale === 'en' || s?.locale === 'zh-CN') locale.value = s.locale;
}
// A change of language in the options: the background drops its cached settings on the same event,
// which may reach it after this page asks, so ask again a moment later.
browser.storage.onChanged.addListener((changes, area) => {
  if ((area === 'local' || area === 'managed') && STORAGE_KEYS.locale in changes) {
    void followLocale();
    setTimeout(() => void followLocale(), 500);
  }
});
// The first drawing waits for the language (briefly: a silent background leaves it zh-CN), so an
// English user does not see the Chinese flash by; the access check runs meanwhile.
let access: StudioAccess | null = null;
let drawn = false;
const draw = () => render(<StudioGate model={model} access={access} />, app);
void Promise.race([followLocale(), new Promise((r) => setTimeout(r, 300))]).then(() => {
  drawn = true;
  draw();
});
void (browser.runtime.sendMessage({ type: 'connection/get' }) as Promise<ConnectionAnswer | undefined>)
  .catch(() => undefined)
  .then((c) => {
    access = studioAccess(c);
    if (drawn) draw();
    if (access.open) void model.load();
  });
// The page changes (a late tab, a reload with new ids): follow it while the picker is in.
setInterval(() => void model.probe().catch(() => undefined), 1500);
// Closing the panel (or the tab showing the studio) disposes every frame's picker and the preview.
addEventListener('pagehide', () => void model.close());
