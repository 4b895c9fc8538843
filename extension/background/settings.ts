// Settings broker: defaults, the user's chrome.storage.local, and enterprise policy
// (chrome.storage.managed) on top. Pure merging here; background.ts does the storage calls.
import { parseAdapter } from '../../shared/adapters';
import { EMPTY_CENTRAL, toCentralPublic, type CentralStored } from './central';
import { defaultCalendar } from '../../shared/calendar/calendar';
import { serializeCalendar, type SerializedCalendar } from '../../shared/calendar/serialized';
import type { Adapter } from '../../shared/adapters/schema';
import { LOCALES, SETTING_KEYS, type AdapterSource, type Locale, type PublicSettings, type RejectedAdapter, type ResolvedAdapter, type SettingKey, type Settings } from '../settings';

export const DEFAULT_SETTINGS: Settings = {
  companionUrl: 'http://127.0.0.1:8787',
  token: '',
  adapters: [],
  trainingMode: false,
  locale: 'zh-CN',
};

/** Policy keys beyond the settings (see extension/public/managed-schema.json). */
export interface ManagedExtras {
  /** Hosts policy expects CaseLight to run on; shown on the options page when not granted. */
  allowedHosts?: string[];
}

function isLocale(v: unknown): v is Locale {
  return typeof v === 'string' && (LOCALES as readonly string[]).includes(v);
}

function clean(key: SettingKey, value: unknown): unknown {
  switch (key) {
    case 'companionUrl':
    case 'token':
      return typeof value === 'string' ? value.trim() : undefined;
    case 'adapters':
      return Array.isArray(value) ? value : undefined;
    case 'trainingMode':
      return typeof value === 'boolean' ? value : undefined;
    case 'locale':
      return isLocale(value) ? value : undefined;
  }
}

/**
 * Effective settings: policy wins over the user's values, which win over defaults; values of the
 * wrong type are ignored (Chrome already drops policy values that fail the managed schema).
 * `locked` lists the keys policy sets. Policy adapters are kept apart (`managedAdapters`): they
 * come before the user's, which stay editable.
 */
export function mergeSettings(local: Record<string, unknown>, managed: Record<string, unknown>) {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const locked: SettingKey[] = [];
  for (const key of SETTING_KEYS) {
    const user = clean(key, local[key]);
    if (user !== undefined) (settings as unknown as Record<string, unknown>)[key] = user;
    const policy = key === 'adapters' ? undefined : clean(key, managed[key]);
    if (policy !== undefined) {
      (settings as unknown as Record<string, unknown>)[key] = policy;
      locked.push(key);
    }
  }
  const managedAdapters = Array.isArray(managed.adapters) ? managed.adapters : [];
  if (managedAdapters.length > 0) locked.push('adapters');
  const allowedHosts = Array.isArray(managed.allowedHosts) ? managed.allowedHosts.filter((h): h is string => typeof h === 'string') : [];
  return { settings, locked, managedAdapters, allowedHosts };
}

function idOf(raw: unknown): string | undefined {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Validated adapters in the order they are tried: policy, central (served by the companion), the
 * user's, built in. A later adapter with an id already taken is dropped (a user's copy of a managed
 * or central adapter does not override it; a central one replaces a built-in one).
 */
export function resolveAdapters(given: Readonly<Partial<Record<AdapterSource, readonly unknown[]>>>) {
  const sources: Readonly<Record<AdapterSource, readonly unknown[]>> = { draft: [], managed: [], central: [], user: [], 'built-in': [], ...given };
  const adapters: ResolvedAdapter[] = [];
  const rejected: RejectedAdapter[] = [];
  const seen = new Set<string>();
  for (const source of ['draft', 'managed', 'central', 'user', 'built-in'] as const) {
    for (const raw of sources[source]) {
      const result = parseAdapter(raw);
      if (!result.ok) {
        const id = idOf(raw);
        rejected.push({ source, ...(id === undefined ? {} : { id }), errors: result.errors });
        continue;
      }
      if (seen.has(result.adapter.id)) continue;
      seen.add(result.adapter.id);
      adapters.push({ source, adapter: result.adapter });
    }
  }
  return { adapters, rejected };
}

let bundledCalendar: SerializedCalendar | undefined;

export function toPublicSettings(
  merged: ReturnType<typeof mergeSettings>,
  builtIn: readonly unknown[],
  central: CentralStored = EMPTY_CENTRAL,
  /** The adapter studio's draft (live preview), tried before every other adapter. */
  draft: readonly unknown[] = [],
): PublicSettings {
  const { adapters, rejected } = resolveAdapters({
    draft,
    managed: merged.managedAdapters,
    central: central.adapters?.adapters ?? [],
    user: merged.settings.adapters,
    'built-in': builtIn,
  });
  return {
    companionUrl: merged.settings.companionUrl,
    hasToken: merged.settings.token !== '',
    trainingMode: merged.settings.trainingMode,
    locale: merged.settings.locale,
    locked: merged.locked,
    adapters,
    rejectedAdapters: rejected,
    central: toCentralPublic(central),
    calendar: (bundledCalendar ??= serializeCalendar(defaultCalendar())),
  };
}

export type { Adapter };
