// The typed message protocol between content scripts, popup, options and the background (including
// the `sync/*` messages the background forwards to the sync outbox), and the pushes back. Storage
// keys and settings types live in settings.ts.
import { browser } from 'wxt/browser';
import type { FrameFindingRef } from './finding-ref';
import type { Light } from '../shared/light';
import type { TextBundle } from '../shared/rules/lib/types';
import type { CentralPublic, PublicSettings } from './settings';
import type { SyncStatus } from './sync/status';

/** One frame's view of the case, sent on every change (debounced). */
export interface FrameReport {
  url: string;
  /** null when no adapter covers this frame (the frame then reports nothing else). */
  adapterId: string | null;
  adapterName?: string;
  training: boolean;
  /** Values this frame read, keyed by case-field id, for merging the case across frames. */
  values: Record<string, unknown>;
  caseNumber?: string;
  procedure?: string;
  findings: FrameFindingRef[];
  /** ISO instant of the check. */
  checkedAt: string;
}

/** Per-tab summary for the badge and the popup, merged over the tab's frames. */
export interface TabSummary {
  tabId: number;
  url: string;
  adapters: { id: string; name?: string }[];
  caseNumber?: string;
  /** The case-handling stage the page shows (e.g. `arrest-review`), when a frame read it. */
  procedure?: string;
  training: boolean;
  counts: Record<Light, number>;
  worst: Light | null;
  findings: FrameFindingRef[];
  frames: number;
  checkedAt: string;
}

export interface Objection {
  key: string;
  caseNumber: string;
  ruleId: string;
  occurrenceKey: string;
  anchor: string;
  light: Light;
  /** Mandatory; why the finding is not a defect. */
  reason: string;
  training: boolean;
  /** ISO instant. */
  createdAt: string;
}

export type NewObjection = Omit<Objection, 'key' | 'createdAt'>;

/** The storage key of an objection: `caseNumber|ruleId|occurrenceKey`. */
export function objectionKey(o: { caseNumber: string; ruleId: string; occurrenceKey: string }): string {
  return `${o.caseNumber}|${o.ruleId}|${o.occurrenceKey}`;
}

/** Requests to the background, with their responses. */
export interface Protocol {
  /** content, popup → background: settings without the token (waits for managed storage). */
  'settings/get': { request: object; response: PublicSettings };
  /**
   * content → background, once per frame before its first check: rule titles, legal bases, message
   * templates, deadline wording and field labels (`textBundle()` of shared/rules/text, which the
   * content script's bundle does not import); the content script describes its verdicts with it.
   */
  'rules/text': { request: object; response: TextBundle };
  /**
   * content → background, with `rules/text`: the UI strings of the overlay and the loop's notice
   * list in both languages (CHECKER_ZH of extension/i18n/overlay-zh.ts, CHECKER_EN of
   * overlay-en.ts, which the content script's bundle does not import); the checker adds them to the
   * catalogue before it draws anything.
   */
  'ui/text': { request: object; response: Readonly<Record<'zh-CN' | 'en', Readonly<Record<string, string>>>> };
  /**
   * content (the bootstrap, extension/overlay/bootstrap.ts) → background: an adapter matches this
   * frame, inject the checker (checker.js) into it. Answers whether it was injected.
   */
  'checker/load': { request: object; response: boolean };
  /** content → background: this frame's case view; answers with the values other frames read. */
  'frame/report': { request: { report: FrameReport; /** the frame's first report since its document loaded */ first?: boolean }; response: FrameMerge };
  /** content → background: the frame is going away (pagehide) or its adapter stopped matching. */
  'frame/gone': { request: object; response: null };
  /** content → background: store an objection (reason mandatory). */
  'objection/add': { request: { objection: NewObjection }; response: { ok: true; objection: Objection } | { ok: false; error: string } };
  /** content → background: objections recorded for a case. */
  'objection/list': { request: { caseNumber: string }; response: Objection[] };
  /** popup → background: the summary of a tab. */
  'tab/summary': { request: { tabId: number }; response: TabSummary | null };
  /** popup, options → background: pull rule config, adapters and calendar overrides now ("sync now"). */
  'central/refresh': { request: object; response: CentralPublic };
  /**
   * content (the counter's click, a user gesture) → background: open the browser's side panel for
   * the sender's tab. false when the browser has no side panel (Firefox) or refused.
   */
  'sidepanel/open': { request: object; response: boolean };
  /**
   * side panel → background: scroll a field of a tab into view and flash its light, in whichever
   * frame shows it. 'absent' when no frame of the tab shows the field now.
   */
  'tab/locate': { request: { tabId: number; field: string }; response: LocateResult };
}

export type LocateResult = { found: true; frameId: number } | { found: false };
export type MessageType = keyof Protocol;
export type Message = { [K in MessageType]: { type: K } & Protocol[K]['request'] }[MessageType];
export type MessageOf<K extends MessageType> = Extract<Message, { type: K }>;
export type ResponseOf<K extends MessageType> = Protocol[K]['response'];

/** What other frames of the tab read, and whether this frame draws the panel. */
export interface FrameMerge {
  /**
   * Values other frames of the tab show, or showed earlier for the same case (a tab of a
   * single-page form that was switched away): field id → value, null when shown but empty.
   */
  remote: Record<string, unknown>;
  panel: boolean;
  /** Frames of the tab that report this case. */
  frames: number;
  /**
   * What the other frames of the tab found (occurrence and light), so the in-page counter shows the
   * tab's merged counts, as the side panel and the badge do (background/tabs.ts `tabSummary`).
   */
  others: { occurrenceKey: string; light: Light }[];
}

/** Pushes from the background to content scripts (tabs.sendMessage). */
export type Push =
  | { type: 'push/settings'; settings: PublicSettings }
  | { type: 'push/frames'; merge: FrameMerge }
  | { type: 'push/objections'; caseNumber: string }
  /** Scroll the field into view and flash its light (the side panel's 定位); answers true when shown here. */
  | { type: 'push/locate'; field: string };

const TYPES: ReadonlySet<string> = new Set<MessageType>([
  'settings/get', 'rules/text', 'ui/text', 'checker/load', 'frame/report', 'frame/gone', 'objection/add', 'objection/list', 'tab/summary', 'central/refresh',
  'sidepanel/open', 'tab/locate',
]);

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && TYPES.has((value as { type?: unknown }).type as string);
}

export function isPush(value: unknown): value is Push {
  const t = typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
  return t === 'push/settings' || t === 'push/frames' || t === 'push/objections' || t === 'push/locate';
}

/**
 * Messages the popup and options pages may send about the sync outbox; the background forwards
 * every `sync/*` type to the outbox (extension/sync/host.ts), from extension pages only.
 */
export interface SyncProtocol {
  'sync/status': { request: object; response: SyncStatus };
  /** Post now, ignoring the backoff (the popup's "sync now"). */
  'sync/flush': { request: object; response: SyncStatus };
  /** Move dead letters back into the outbox. */
  'sync/requeue': { request: object; response: SyncStatus };
}
export type SyncMessage = { [K in keyof SyncProtocol]: { type: K } & SyncProtocol[K]['request'] }[keyof SyncProtocol];

/** What the background forwards to the sync outbox (extension/sync/host.ts: startSync). */
export interface SyncHandle {
  onReport?(tabId: number, frameId: number, report: FrameReport): void | Promise<void>;
  onObjection?(objection: Objection): void | Promise<void>;
  /** Messages whose `type` starts with `sync/` (e.g. the popup asking for the outbox size). */
  handleMessage?(message: { type: string } & Record<string, unknown>): Promise<unknown>;
}

/** Sends a typed request to the background. */
export async function request<K extends MessageType>(message: MessageOf<K>): Promise<ResponseOf<K>> {
  return (await browser.runtime.sendMessage(message)) as ResponseOf<K>;
}

