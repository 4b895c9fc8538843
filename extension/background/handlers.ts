// The background's message handling, as a function of its dependencies: tests call it directly
// with fakes; background.ts wires it to browser.runtime.onMessage.
import { isMessage, type FrameMerge, type Message, type Push, type SyncHandle, type TabSummary } from '../protocol';
import type { CentralPublic, PublicSettings } from '../settings';
import type { ObjectionStore } from './objections';
import { validateObjection } from './objections';
import { textBundle, type TextBundle } from '../../shared/rules/text';
import { CHECKER_EN } from '../i18n/overlay-en';
import { CHECKER_ZH } from '../i18n/overlay-zh';
import { applyReport, badgeFor, framesShowing, removeFrame, tabSummary, type TabsState } from './tabs';

export interface Sender {
  tab?: { id?: number };
  frameId?: number;
  /** Set for messages from extension pages (popup, options); absent from content scripts. */
  url?: string;
}

export interface BackgroundDeps {
  getPublicSettings(): Promise<PublicSettings>;
  tabs: { get(): TabsState; set(state: TabsState): void };
  objections: ObjectionStore;
  push(tabId: number, message: Push, frameId?: number): void;
  setBadge(tabId: number, badge: { text: string; color: string }): void;
  sync?: SyncHandle;
  /** Injects the checker (checker.js) into one frame of a tab (chrome.scripting). */
  injectChecker?: (tabId: number, frameId: number) => Promise<void>;
  /** Rule and field wording for content scripts (default: the text index bundled here). */
  text?: () => TextBundle;
  /** Pulls the central configuration now and answers what content scripts will get of it. */
  refreshCentral?: () => Promise<CentralPublic>;
  /** Opens the browser's side panel on a tab (chrome.sidePanel.open); absent where there is none. */
  openSidePanel?: (tabId: number) => Promise<void>;
  /** Sends a push to one frame and answers its reply (the frame's `push/locate` answer). */
  ask?: (tabId: number, message: Push, frameId: number) => Promise<unknown>;
  /** `loop/*` messages (issue 10: 我的期限, notices, reminders); see extension/loop/handler.ts. */
  loop?: (message: { type: string } & Record<string, unknown>, from: { extensionPage: boolean; content: boolean }) => Promise<unknown>;
  /** `assess/*` messages (issue 11: 社会危险性量化评估, side panel only); see extension/assessment/handler.ts. */
  assess?: (message: { type: string } & Record<string, unknown>, from: { extensionPage: boolean }) => Promise<unknown>;
}

/** True for the messages createMessageHandler answers (ours and `sync/*`). */
export function isHandled(message: unknown): boolean {
  if (isMessage(message)) return true;
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  return typeof type === 'string' && (type.startsWith('sync/') || type.startsWith('loop/') || type.startsWith('assess/'));
}

function isContent(sender: Sender): sender is Sender & { tab: { id: number } } {
  return typeof sender.tab?.id === 'number';
}

/** Popup or options page (also when opened in a tab): the sender's URL is the extension's own. */
function fromExtensionPage(sender: Sender): boolean {
  return typeof sender.url === 'string' && /^(chrome|moz)-extension:\/\//.test(sender.url);
}

/**
 * Handles one message. Returns undefined for messages that are not ours (another listener may
 * answer them), else a promise of the response.
 */
export function createMessageHandler(deps: BackgroundDeps) {
  function updateBadge(tabId: number): TabSummary | null {
    const summary = tabSummary(deps.tabs.get(), tabId);
    deps.setBadge(tabId, badgeFor(summary));
    return summary;
  }

  function pushMerges(tabId: number, changed: [number, FrameMerge][]) {
    for (const [frameId, merge] of changed) deps.push(tabId, { type: 'push/frames', merge }, frameId);
  }

  async function handle(message: Message, sender: Sender): Promise<unknown> {
    switch (message.type) {
      case 'settings/get':
        return deps.getPublicSettings();

      case 'rules/text':
        return (deps.text ?? textBundle)();

      case 'ui/text':
        return { 'zh-CN': CHECKER_ZH, en: CHECKER_EN };

      case 'checker/load': {
        // Only a frame of a tab asks, for itself: the frame id is the sender's, never the message's.
        if (!isContent(sender) || !deps.injectChecker) return false;
        await deps.injectChecker(sender.tab.id, sender.frameId ?? 0);
        return true;
      }

      case 'frame/report': {
        if (!isContent(sender)) throw new Error('frame/report comes from content scripts only');
        const tabId = sender.tab.id;
        const frameId = sender.frameId ?? 0;
        const { state, merge, changed } = applyReport(deps.tabs.get(), tabId, frameId, message.report, message.first === true);
        deps.tabs.set(state);
        pushMerges(tabId, changed);
        updateBadge(tabId);
        // Only the panel frame evaluates the whole case; other frames' views may be partial.
        if (merge.panel && message.report.adapterId !== null) await deps.sync?.onReport?.(tabId, frameId, message.report);
        return merge;
      }

      case 'frame/gone': {
        if (!isContent(sender)) return null;
        const { state, changed } = removeFrame(deps.tabs.get(), sender.tab.id, sender.frameId ?? 0);
        deps.tabs.set(state);
        pushMerges(sender.tab.id, changed);
        updateBadge(sender.tab.id);
        return null;
      }

      case 'objection/add': {
        const error = validateObjection(message.objection);
        if (error) return { ok: false, error };
        const objection = await deps.objections.add(message.objection);
        if (isContent(sender) && !fromExtensionPage(sender)) deps.push(sender.tab.id, { type: 'push/objections', caseNumber: objection.caseNumber });
        else {
          // Filed in the side panel: every tab showing the case redraws its lights as objected.
          for (const [id, tab] of Object.entries(deps.tabs.get())) {
            if (Object.values(tab.frames).some((r) => r.caseNumber === objection.caseNumber)) deps.push(Number(id), { type: 'push/objections', caseNumber: objection.caseNumber });
          }
        }
        await deps.sync?.onObjection?.(objection);
        return { ok: true, objection };
      }

      case 'objection/list':
        return deps.objections.list(message.caseNumber);

      case 'tab/summary':
        return tabSummary(deps.tabs.get(), message.tabId);

      case 'sidepanel/open': {
        // From the counter's click (a user gesture the browser passes on with the message).
        if (!isContent(sender) || !deps.openSidePanel) return false;
        try {
          await deps.openSidePanel(sender.tab.id);
          return true;
        } catch {
          return false;
        }
      }

      case 'tab/locate': {
        if (!fromExtensionPage(sender)) throw new Error('tab/locate comes from extension pages only');
        // Frames that read the field now, the panel frame first; the first that scrolls to it wins.
        for (const frameId of framesShowing(deps.tabs.get(), message.tabId, message.field)) {
          try {
            if ((await deps.ask?.(message.tabId, { type: 'push/locate', field: message.field }, frameId)) === true) return { found: true, frameId };
          } catch {
            /* the frame went away; try the next */
          }
        }
        return { found: false };
      }

      case 'central/refresh':
        // "Sync now" is for extension pages (the options page may be open in a tab); a page's
        // frames must not make the worker call out.
        if (!fromExtensionPage(sender)) throw new Error('central/refresh comes from extension pages only');
        if (!deps.refreshCentral) throw new Error('central configuration is not available');
        return deps.refreshCentral();
    }
  }

  return (message: unknown, sender: Sender): Promise<unknown> | undefined => {
    if (isMessage(message)) return handle(message, sender);
    const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
    if (typeof type === 'string' && type.startsWith('sync/') && deps.sync?.handleMessage) {
      // The sync status and "sync now" are for extension pages (also an options page opened in a
      // tab, which has a tab id), never for the frames of host pages.
      if (!fromExtensionPage(sender)) return Promise.reject(new Error('sync messages come from extension pages only'));
      return deps.sync.handleMessage(message as { type: string } & Record<string, unknown>);
    }
    if (typeof type === 'string' && type.startsWith('loop/') && deps.loop) {
      return deps.loop(message as { type: string } & Record<string, unknown>, { extensionPage: fromExtensionPage(sender), content: isContent(sender) });
    }
    if (typeof type === 'string' && type.startsWith('assess/') && deps.assess) {
      return deps.assess(message as { type: string } & Record<string, unknown>, { extensionPage: fromExtensionPage(sender) });
    }
    return undefined;
  };
}
