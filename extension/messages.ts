// The typed message protocol between content scripts, popup, options and the background, plus the
// storage keys they share. Content scripts cannot read chrome.storage.local (the token lives there
// and the background restricts it to trusted contexts), so everything they need comes through here.
import { browser } from 'wxt/browser';
import type { Adapter } from '../shared/adapters/schema';
import type { TextBundle } from './rule-text';

export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
export type Light = 'red' | 'yellow' | 'green' | 'grey';

/** chrome.storage.local keys (documented in docs/configuration.md). */
export const STORAGE_KEYS = {
  companionUrl: 'companionUrl',
  token: 'token',
  adapters: 'adapters',
  trainingMode: 'trainingMode',
  locale: 'locale',
  /** `Record<objectionKey, Objection>`; the sync outbox picks new ones up from here. */
  objections: 'objections',
} as const;

/**
 * chrome.storage.local keys of the central configuration the background pulls from the companion
 * (extension/background/central.ts; docs/configuration.md). The last good copy of each resource is
 * kept, so it applies offline and after a restart.
 */
export const CENTRAL_KEYS = {
  /** GET /api/v1/rule-config as served (RuleConfigSchema of shared/api). */
  ruleConfig: 'central.ruleConfig',
  /** GET /api/v1/adapters as served (AdaptersResponseSchema). */
  adapters: 'central.adapters',
  /** GET /api/v1/calendar-overrides as served (CalendarOverridesSchema). */
  calendarOverrides: 'central.calendarOverrides',
  /** ISO instant of the last pull in which all three resources arrived and were valid. */
  fetchedAt: 'central.fetchedAt',
  /** `{ at, zh, en }` of the last failed pull, null after a fully successful one. */
  error: 'central.error',
} as const;
export const CENTRAL_STORAGE_KEYS: readonly string[] = Object.values(CENTRAL_KEYS);

/** Settings as stored (and as policy may set them); the background is the only reader of `token`. */
export interface Settings {
  companionUrl: string;
  token: string;
  /** Adapter JSON objects as the user imported them; validated when used. */
  adapters: unknown[];
  trainingMode: boolean;
  locale: Locale;
}
export type SettingKey = keyof Settings;
export const SETTING_KEYS: readonly SettingKey[] = ['companionUrl', 'token', 'adapters', 'trainingMode', 'locale'];

/** Adapter sources, in order of precedence (on the same id the earlier one wins). */
export type AdapterSource = 'managed' | 'central' | 'user' | 'built-in';
export interface ResolvedAdapter {
  source: AdapterSource;
  adapter: Adapter;
}
export interface RejectedAdapter {
  source: AdapterSource;
  /** The adapter's id when it has a readable one. */
  id?: string;
  errors: { path: string; zh: string; en: string }[];
}

/** What content scripts and the popup may know: the settings minus the token. */
export interface PublicSettings {
  companionUrl: string;
  hasToken: boolean;
  trainingMode: boolean;
  locale: Locale;
  /** Keys enterprise policy sets (chrome.storage.managed); the options page shows them locked. */
  locked: SettingKey[];
  /** Usable adapters in the order they are tried: managed, central (companion), the user's, built-in. */
  adapters: ResolvedAdapter[];
  rejectedAdapters: RejectedAdapter[];
  /** What the companion configures centrally (last good copy), already validated by the background. */
  central: CentralPublic;
}

/** One rule's central settings, in engine terms (messageId → points; days before due). */
export interface CentralRule {
  enabled?: boolean;
  points?: Record<string, number>;
  warningDays?: number;
}

/**
 * A working calendar built (and validated) by the background with createCalendar, flattened for
 * messaging: `flags` holds one digit per day from day number `lo` (WORK | COVERED bits).
 */
export interface SerializedCalendar {
  coveredYears: number[];
  holidays: string[];
  workdays: string[];
  lo: number;
  flags: string;
}

export interface LocalizedError {
  at: string;
  zh: string;
  en: string;
}

export interface CentralPublic {
  /** Last fully successful pull; null when never pulled. */
  fetchedAt: string | null;
  error: LocalizedError | null;
  /** Central rule settings by (current) rule id; empty when the companion configures none. */
  rules: Record<string, CentralRule>;
  /** The calendar with the companion's overrides; null when there are none (the bundled calendar applies). */
  calendar: SerializedCalendar | null;
  /** Central settings the engine refused (e.g. points for a message that is not red); left out. */
  problems: { zh: string; en: string }[];
  counts: { rules: number; adapters: number; calendarOverrides: number };
}

/** A finding as the background and the sync outbox see it: ids, colour, dates, no wording or facts. */
export interface FindingSummary {
  ruleId: string;
  light: Light;
  anchor: string;
  occurrenceKey: string;
  messageId: string;
  due?: string;
  nominal?: string;
  points?: number;
  /** The duty is done (the finding has a done date): its due date no longer needs a reminder. */
  done?: true;
}

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
  findings: FindingSummary[];
  /** ISO instant of the check. */
  checkedAt: string;
}

/** Per-tab summary for the badge and the popup, merged over the tab's frames. */
export interface TabSummary {
  tabId: number;
  url: string;
  adapters: { id: string; name?: string }[];
  caseNumber?: string;
  training: boolean;
  counts: Record<Light, number>;
  worst: Light | null;
  findings: FindingSummary[];
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
   * content → background, once per frame before its first check: rule titles, message templates,
   * deadline wording and field labels, which the content-script build leaves out (rule-text.ts).
   */
  'rules/text': { request: object; response: TextBundle };
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
}
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
}

/** Pushes from the background to content scripts (tabs.sendMessage). */
export type Push =
  | { type: 'push/settings'; settings: PublicSettings }
  | { type: 'push/frames'; merge: FrameMerge }
  | { type: 'push/objections'; caseNumber: string };

const TYPES: ReadonlySet<string> = new Set<MessageType>([
  'settings/get', 'rules/text', 'frame/report', 'frame/gone', 'objection/add', 'objection/list', 'tab/summary', 'central/refresh',
]);

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && TYPES.has((value as { type?: unknown }).type as string);
}

export function isPush(value: unknown): value is Push {
  const t = typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
  return t === 'push/settings' || t === 'push/frames' || t === 'push/objections';
}

/** Sends a typed request to the background. */
export async function request<K extends MessageType>(message: MessageOf<K>): Promise<ResponseOf<K>> {
  return (await browser.runtime.sendMessage(message)) as ResponseOf<K>;
}

/**
 * The hook the sync outbox (extension/sync) plugs into. The background calls `startSync(host)` once
 * per service-worker start if `extension/sync/index.ts` exports it, forwards every frame report,
 * new objection and `sync/*` message to the returned handle, and never imports Dexie or ky itself.
 */
export interface SyncHost {
  /** Full settings including the token (background only). */
  getSettings(): Promise<Settings>;
  /** Called after any setting changes (user or policy); returns an unsubscribe function. */
  onSettingsChanged(listener: (settings: Settings) => void): () => void;
}
export interface SyncHandle {
  onReport?(tabId: number, frameId: number, report: FrameReport): void | Promise<void>;
  onObjection?(objection: Objection): void | Promise<void>;
  /** Messages whose `type` starts with `sync/` (e.g. the popup asking for the outbox size). */
  handleMessage?(message: { type: string } & Record<string, unknown>): Promise<unknown>;
}
export type StartSync = (host: SyncHost) => SyncHandle | Promise<SyncHandle>;
