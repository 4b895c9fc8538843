// Everything the extension keeps in browser storage: every storage key, the settings as stored and
// as content scripts may see them, and the central configuration's public shape. Content scripts
// cannot read chrome.storage.local (the token lives there and the background restricts it to
// trusted contexts); they get `PublicSettings` through the protocol (protocol.ts).
import type { Adapter } from '../shared/adapters/schema';
import type { SerializedCalendar } from '../shared/calendar/serialized';
import type { ResolvedRuleConfig } from '../shared/engine/config';

export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/** chrome.storage.local keys (documented in docs/configuration.md). */
export const STORAGE_KEYS = {
  companionUrl: 'companionUrl',
  token: 'token',
  adapters: 'adapters',
  trainingMode: 'trainingMode',
  locale: 'locale',
  /** `Record<objectionKey, Objection>`; the sync outbox picks new ones up from here. */
  objections: 'objections',
  /** ISO instant of installation, written by the background's onInstalled. */
  installedAt: 'installedAt',
} as const;

/** chrome.storage.session key of the per-tab state (TabsState) the background keeps across suspensions. */
export const TABS_KEY = 'caselight:tabs';

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
export type AdapterSource = 'draft' | 'managed' | 'central' | 'user' | 'built-in';

/**
 * chrome.storage.session key of the adapter studio's draft (extension/studio): while someone maps a
 * page, its lights come from the draft (the live preview). Session storage, so a draft never
 * outlives the browser; the studio removes it when it closes.
 */
export const STUDIO_DRAFT_KEY = 'caselight:studioDraft';
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
  /**
   * The bundled official working calendar (the State Council's arrangement as this build ships it),
   * flattened: the checker evaluates with `central.calendar` when set, else with this, and bundles
   * no holiday table of its own (docs/extension.md, "Data flow in a frame").
   */
  calendar: SerializedCalendar;
}

/** One rule's central settings, in engine terms (messageId → points; days before due). */
export interface CentralRule {
  enabled?: boolean;
  points?: Record<string, number>;
  warningDays?: number;
}

/** A working calendar built (and validated) by the background, flattened for messaging (shared/calendar). */
export type { SerializedCalendar };

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
  /**
   * `rules` merged onto each rule's defaults by the background (resolveRuleSettings of
   * shared/engine/config.ts): what the checker applies (withRuleConfigs), by rule id.
   */
  configured: Record<string, ResolvedRuleConfig>;
  /** The calendar with the companion's overrides; null when there are none (the bundled calendar applies). */
  calendar: SerializedCalendar | null;
  /** Central settings the engine refused (e.g. points for a message that is not red); left out. */
  problems: { zh: string; en: string }[];
  counts: { rules: number; adapters: number; calendarOverrides: number };
}


/** The adapter id of the training case system served by the companion: its pages are always training. */
export const TRAINING_ADAPTER_ID = 'training-system';

/**
 * "Is this training?" — decided here and nowhere else (overlay banner, frame reports, sync events):
 * the user's or policy's training mode, an adapter marked `training`, the training system's adapter,
 * or a reporter that already said so (a report can turn training on, never off).
 */
export function isTraining(p: { trainingMode?: boolean; adapter?: { id: string; training?: boolean } | null; adapterId?: string | null; reported?: boolean }): boolean {
  return p.trainingMode === true || p.adapter?.training === true || p.adapter?.id === TRAINING_ADAPTER_ID
    || p.adapterId === TRAINING_ADAPTER_ID || p.reported === true;
}
