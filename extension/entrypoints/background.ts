// Background service worker: settings broker (the token never leaves it), per-tab badge, dynamic
// content-script registration for adapters' hosts, objections, and the sync outbox's hook.
import { browser } from 'wxt/browser';
import { builtInAdapters } from '../../shared/adapters';
import { CENTRAL_ALARM, CENTRAL_PERIOD_MINUTES, centralToStorage, pullCentral, readCentral, toCentralPublic } from '../background/central';
import { createConnectionService, fromExtensionPage, isConnectionMessage } from '../background/connection';
import { createMessageHandler, isHandled } from '../background/handlers';
import { createObjectionStore } from '../background/objections';
import { CHECKER_FILE, reconcileRegistration } from '../background/registration';
import { DEFAULT_SETTINGS, mergeSettings, toPublicSettings } from '../background/settings';
import type { TabsState } from '../background/tabs';
import { removeTab } from '../background/tabs';
import type { Push } from '../protocol';
import { CENTRAL_KEYS, CENTRAL_STORAGE_KEYS, SETTING_KEYS, STORAGE_KEYS, STUDIO_DRAFT_KEY, TABS_KEY, type PublicSettings, type Settings } from '../settings';
import { createHttp, startSync } from '../sync';
import { createLoopHandler, type LoopMessage } from '../loop/handler';
import { createNoticeClient } from '../loop/notices';
import { createReminderScheduler, DIGEST_ALARM, parseReminderPrefs, REMINDER_PREFS_KEY } from '../loop/reminders';
import { openDb } from '../store/db';
import { createAssessHandler, type AssessMessage } from '../assessment/handler';
import { deserializeCalendar } from '../../shared/calendar/serialized';

interface SidePanelApi {
  open(options: { tabId: number }): Promise<void>;
}
function sidePanel(): SidePanelApi | undefined {
  return (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;
}

export default defineBackground(() => {
  // Content scripts must never read the token: storage.local is for extension pages and this worker.
  browser.storage.local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' }).catch((e: unknown) => console.warn('CaseLight: setAccessLevel', e));

  // ── settings ──────────────────────────────────────────────────────────────────────────────
  async function readManaged(): Promise<Record<string, unknown>> {
    try {
      return (await browser.storage.managed.get()) ?? {};
    } catch {
      return {};
    }
  }
  // Policy is always waited for, never guessed: right after the browser starts, storage.managed
  // answers only once policy has loaded (seconds, in a fresh profile), and answering content
  // scripts before that would flag training pages or lock settings wrongly (w3c/webextensions#547).
  // Read it as the worker starts and keep it until policy changes.
  let managed: Promise<Record<string, unknown>> | null = readManaged();
  async function readMerged() {
    const [local, policy] = await Promise.all([browser.storage.local.get([...SETTING_KEYS]), (managed ??= readManaged())]);
    return mergeSettings(local, policy);
  }
  const getSettings = async (): Promise<Settings> => (await readMerged()).settings;
  const readCentralStored = async () => readCentral(await browser.storage.local.get([...CENTRAL_STORAGE_KEYS]));
  // Validating adapters is the costly part; redone only after a settings, policy or central change.
  let publicSettings: Promise<PublicSettings> | null = null;
  const readDraft = async (): Promise<unknown[]> => {
    const v = (await browser.storage.session.get(STUDIO_DRAFT_KEY).catch(() => ({})) as Record<string, unknown>)[STUDIO_DRAFT_KEY];
    return v === undefined || v === null ? [] : [v];
  };
  const getPublicSettings = (): Promise<PublicSettings> => (publicSettings ??= Promise.all([readMerged(), readCentralStored(), readDraft()])
      .then(([m, central, draft]) => toPublicSettings(m, builtInAdapters, central, draft))
      .catch((e: unknown) => {
        publicSettings = null;
        throw e;
      }));

  const settingsListeners = new Set<(s: Settings) => void>();

  // ── sync (registers its alarm listener now, in the worker's first turn) ───────────────────────
  const sync = startSync({
    getSettings,
    onSettingsChanged(listener) {
      settingsListeners.add(listener);
      void getSettings().then(listener, () => listener(DEFAULT_SETTINGS));
      return () => settingsListeners.delete(listener);
    },
  });

  // ── central configuration (rule config, adapters, calendar overrides) from the companion ──────
  // Pulled at every worker start, when the companion URL or token change, every
  // CENTRAL_PERIOD_MINUTES (alarm) and on `central/refresh`. The last good copy stays in
  // storage.local; its change (storage.onChanged below) re-pushes settings to every tab.
  const http = createHttp(undefined, 15_000);
  // Pulls run one after another, each with the settings current when it starts.
  let pulls: Promise<void> = Promise.resolve();
  function refreshCentral(): Promise<void> {
    pulls = pulls.then(async () => {
      try {
        const { companionUrl, token } = await getSettings();
        const next = await pullCentral(await readCentralStored(), { http, companionUrl, token });
        await browser.storage.local.set(centralToStorage(next));
      } catch (e) {
        console.warn('CaseLight: central configuration', e);
      }
    });
    return pulls;
  }
  // ── the loop (issue 10): reminders from local cases, open notices addressed to me ─────────────
  const loopDb = openDb();
  let calendar: ReturnType<typeof deserializeCalendar> | undefined;
  const reminders = createReminderScheduler({
    db: loopDb,
    alarms: browser.alarms as unknown as Parameters<typeof createReminderScheduler>[0]['alarms'],
    notifications: browser.notifications as unknown as Parameters<typeof createReminderScheduler>[0]['notifications'],
    prefs: async () => parseReminderPrefs((await browser.storage.local.get(REMINDER_PREFS_KEY))[REMINDER_PREFS_KEY]),
    calendar: () => calendar,
  });
  const notices = createNoticeClient({ db: loopDb, http, settings: getSettings });
  /** The action's default badge counts open notices (a case page's own badge, its red lights, wins on that tab). */
  async function noticeBadge() {
    const open = await notices.list();
    browser.action.setBadgeText({ text: open.length > 0 ? String(open.length) : '' }).catch(() => undefined);
    browser.action.setBadgeBackgroundColor({ color: open.some((n) => n.status === 'overdue') ? '#c62828' : '#f9a825' }).catch(() => undefined);
  }
  async function refreshNotices() {
    try {
      await notices.pull();
      await noticeBadge();
    } catch (e) {
      console.warn('CaseLight: notices', e);
    }
  }
  const loopHandler = createLoopHandler({
    db: loopDb, notices, onNoticesChanged: noticeBadge,
    async onRemindersChanged() {
      await browser.alarms.clear(DIGEST_ALARM); // its time may have changed
      await reminders.ensure();
    },
  });
  // ── 社会危险性量化评估 (issue 11): local assessments, their outbox rides the sync flush ──────────
  const ASSESSMENT_INSTRUMENT_KEY = 'assessmentInstrument';
  const assessHandler = createAssessHandler({
    db: loopDb, http, settings: getSettings,
    cache: {
      get: async () => (await browser.storage.local.get(ASSESSMENT_INSTRUMENT_KEY))[ASSESSMENT_INSTRUMENT_KEY],
      set: (value) => browser.storage.local.set({ [ASSESSMENT_INSTRUMENT_KEY]: value }),
    },
    onQueued: () => void sync.sync.flush().catch((e: unknown) => console.warn('CaseLight sync:', e)),
  });
  browser.notifications?.onClicked?.addListener((id) => {
    // A reminder's id names its case: open the case page it was checked on.
    const caseNumber = id.split('|')[1];
    if (!caseNumber) return;
    void loopDb.cases.get(caseNumber).then((c) => { if (c?.url) void browser.tabs.create({ url: c.url }); });
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === CENTRAL_ALARM) {
      void refreshCentral();
      void refreshNotices();
    }
    void reminders.onAlarm(alarm).catch((e: unknown) => console.warn('CaseLight: reminders', e));
  });
  void browser.alarms.get(CENTRAL_ALARM).then((a) => {
    if (!a) void browser.alarms.create(CENTRAL_ALARM, { periodInMinutes: CENTRAL_PERIOD_MINUTES, delayInMinutes: CENTRAL_PERIOD_MINUTES });
  });

  // ── per-tab state, kept in storage.session so a suspended worker loses nothing ─────────────────
  let tabs: TabsState = {};
  const loaded = browser.storage.session
    .get(TABS_KEY)
    .then((v) => {
      tabs = { ...((v[TABS_KEY] as TabsState | undefined) ?? {}), ...tabs };
    })
    .catch(() => undefined);
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const saveTabs = () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => void browser.storage.session.set({ [TABS_KEY]: tabs }).catch(() => undefined), 200);
  };

  function push(tabId: number, message: Push, frameId?: number) {
    const options = frameId === undefined ? undefined : { frameId };
    browser.tabs.sendMessage(tabId, message, options).catch(() => undefined);
  }

  const handle = createMessageHandler({
    getPublicSettings,
    tabs: {
      get: () => tabs,
      set: (s) => {
        tabs = s;
        saveTabs();
      },
    },
    objections: createObjectionStore(browser.storage.local),
    push,
    // The bootstrap found an adapter for its frame: the checker goes into that frame only.
    async injectChecker(tabId, frameId) {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [CHECKER_FILE] });
    },
    setBadge(tabId, badge) {
      browser.action.setBadgeText({ tabId, text: badge.text }).catch(() => undefined);
      browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }).catch(() => undefined);
      browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' })?.catch(() => undefined);
    },
    sync: {
      ...sync,
      // A checked case may bring new due dates: the reminder alarm follows (left alone when unchanged).
      async onReport(tabId, frameId, report) {
        await sync.onReport(tabId, frameId, report);
        void reminders.ensure().catch((e: unknown) => console.warn('CaseLight: reminders', e));
      },
    },
    async refreshCentral() {
      await refreshCentral();
      return toCentralPublic(await readCentralStored());
    },
    loop: (message, from) => loopHandler(message as LoopMessage, from),
    assess: (message, from) => assessHandler(message as AssessMessage, from),
    // chrome.sidePanel (Chromium 114+); WXT adds the permission and side_panel for the sidepanel entrypoint.
    openSidePanel: sidePanel() ? (tabId) => sidePanel()!.open({ tabId }) : undefined,
    ask: (tabId, message, frameId) => browser.tabs.sendMessage(tabId, message, { frameId }),
  });

  // A promise answers the message; undefined leaves it to other listeners. Tab state is restored
  // from storage.session before any message is handled.
  browser.runtime.onMessage.addListener((message, sender) => {
    if (!isHandled(message)) return undefined;
    // sidePanel.open must run while the counter click's user gesture lasts: now, not after a wait.
    if ((message as { type: string }).type === 'sidepanel/open') return handle(message, sender);
    return loaded.then(() => handle(message, sender));
  });

  // ── the connection the options page tests and the popup shows (background/connection.ts) ──────
  const connection = createConnectionService({
    http,
    getSettings,
    storage: { get: (k) => browser.storage.local.get(k), set: (items) => browser.storage.local.set(items), remove: (k) => browser.storage.local.remove(k) },
  });
  browser.runtime.onMessage.addListener((message, sender) => {
    if (!isConnectionMessage(message) || !fromExtensionPage(sender)) return undefined;
    return connection.handle(message);
  });

  // ── changes apply to open tabs without a reload ─────────────────────────────────────────────
  async function settingsChanged(adaptersChanged: boolean, notifySync = true) {
    const [full, pub] = await Promise.all([getSettings(), getPublicSettings()]);
    if (notifySync) for (const l of settingsListeners) l(full);
    for (const tab of await browser.tabs.query({})) if (tab.id !== undefined) push(tab.id, { type: 'push/settings', settings: pub });
    if (adaptersChanged) await reconcile(pub);
  }

  async function reconcile(pub?: PublicSettings) {
    try {
      const [p, merged] = await Promise.all([pub ?? getPublicSettings(), readMerged()]);
      await reconcileRegistration(browser, p.adapters, merged.allowedHosts);
    } catch (e) {
      console.warn('CaseLight: content-script registration', e);
    }
  }

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') {
      managed = null;
      publicSettings = null;
      void connection.forget();
      void settingsChanged(true);
      void refreshCentral();
    } else if (area === 'local' && SETTING_KEYS.some((k) => k in changes)) {
      publicSettings = null;
      void settingsChanged('adapters' in changes);
      if ('companionUrl' in changes || 'token' in changes) {
        void refreshCentral();
        void refreshNotices();
        void connection.forget();
      }
    } else if (area === 'session' && STUDIO_DRAFT_KEY in changes) {
      // The studio's draft changed: open pages light from it at once (live preview).
      publicSettings = null;
      void settingsChanged(true, false);
    } else if (area === 'local' && CENTRAL_STORAGE_KEYS.some((k) => k in changes)) {
      publicSettings = null;
      void settingsChanged(CENTRAL_KEYS.adapters in changes, false);
    }
  });
  browser.permissions.onAdded.addListener(() => void reconcile());
  browser.permissions.onRemoved.addListener(() => void reconcile());
  browser.tabs.onRemoved.addListener((tabId) => {
    tabs = removeTab(tabs, tabId);
    saveTabs();
  });
  browser.runtime.onInstalled.addListener(() => {
    void browser.storage.local.set({ [STORAGE_KEYS.installedAt]: new Date().toISOString() });
  });

  // Every worker start (browser start, install, wake-up): registrations follow the adapters, and the
  // central configuration is pulled again.
  void reconcile();
  void refreshCentral();
  // Alarms can vanish on a restart or an update: re-created from stored cases (left alone when set).
  void readCentralStored().then((c) => {
    const pub = toCentralPublic(c);
    calendar = pub.calendar ? deserializeCalendar(pub.calendar) : undefined;
  }).catch(() => undefined).finally(() => void reminders.ensure().catch((e: unknown) => console.warn('CaseLight: reminders', e)));
  void refreshNotices();
});
