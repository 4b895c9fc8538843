// OptionsModel: the settings form, adapter import (validated, with the host permission it needs)
// and the list of hosts still waiting for permission.
import { computed, signal } from '@preact/signals';
import { parseAdapter } from '../../../shared/adapters';
import { toPermissionOrigin } from '../../../shared/adapters/parse';
import { dynamicOrigins } from '../../background/registration';
import { locale, t } from '../../i18n';
import type { MessageOf, MessageType, ResponseOf } from '../../protocol';
import { STORAGE_KEYS, type PublicSettings, type SettingKey } from '../../settings';
import type { Connection } from '../../background/connection';

export interface OptionsDeps {
  local: { get(keys: string[]): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
  managed: { get(): Promise<Record<string, unknown>> };
  permissions: { contains(p: { origins: string[] }): Promise<boolean>; request(p: { origins: string[] }): Promise<boolean> };
  request<K extends MessageType>(message: MessageOf<K>): Promise<ResponseOf<K>>;
  /** 测试连接: the background asks the companion who the token is (background/connection.ts). */
  testConnection?(): Promise<Connection>;
  /** The sync status (its lastSuccessAt is the last successful sync). */
  syncStatus?(): Promise<{ lastSuccessAt?: string | null } | undefined>;
}

export type Notice = { kind: 'ok' | 'error'; text: string } | null;

function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

export function createOptionsModel(deps: OptionsDeps) {
  const settings = signal<PublicSettings | null>(null);
  const userAdapters = signal<unknown[]>([]);
  const companionUrl = signal('');
  /** A new token typed in; empty keeps the stored one. */
  const token = signal('');
  const trainingMode = signal(false);
  const formLocale = signal<'zh-CN' | 'en'>('zh-CN');
  const pending = signal<string[]>([]);
  const notice = signal<Notice>(null);
  const importText = signal('');
  const importErrors = signal<string[]>([]);
  const locked = computed(() => new Set<SettingKey>(settings.value?.locked ?? []), { name: 'locked' });
  const connection = signal<Connection | null>(null);
  const testing = signal(false);
  const lastSyncAt = signal<string | null>(null);
  /** A wrong token or address is said once, beside its field (not again at the top of the page). */
  const fieldError = (field: 'token' | 'companionUrl') => computed(() => {
    const c = connection.value;
    return c && !c.ok && c.field === field ? c.message : null;
  });
  const tokenError = fieldError('token');
  const urlError = fieldError('companionUrl');

  async function testConnection(): Promise<Connection | null> {
    if (!deps.testConnection) return null;
    testing.value = true;
    try {
      const [c, status] = await Promise.all([deps.testConnection(), deps.syncStatus?.().catch(() => undefined)]);
      connection.value = c;
      lastSyncAt.value = status?.lastSuccessAt ?? null;
      return c;
    } finally {
      testing.value = false;
    }
  }

  async function refreshPending(pub: PublicSettings, managed: Record<string, unknown>) {
    const hosts = Array.isArray(managed.allowedHosts) ? managed.allowedHosts.filter((h): h is string => typeof h === 'string') : [];
    const origins = new Set([...dynamicOrigins(pub.adapters), ...hosts.flatMap((h) => toPermissionOrigin(h) ?? [])]);
    const waiting: string[] = [];
    for (const o of origins) if (!(await deps.permissions.contains({ origins: [o] }))) waiting.push(o);
    pending.value = waiting;
  }

  return {
    settings,
    userAdapters,
    companionUrl,
    token,
    trainingMode,
    locale: formLocale,
    pending,
    notice,
    importText,
    importErrors,
    locked,
    connection,
    testing,
    lastSyncAt,
    tokenError,
    urlError,
    testConnection,
    /** "Sync now": pulls the central configuration, then shows what applies. */
    async refreshCentral() {
      try {
        await deps.request({ type: 'central/refresh' });
      } finally {
        settings.value = await deps.request({ type: 'settings/get' });
      }
    },
    async load() {
      const [local, pub, managed] = await Promise.all([
        deps.local.get([STORAGE_KEYS.adapters]),
        deps.request({ type: 'settings/get' }),
        deps.managed.get(),
      ]);
      settings.value = pub;
      userAdapters.value = Array.isArray(local[STORAGE_KEYS.adapters]) ? (local[STORAGE_KEYS.adapters] as unknown[]) : [];
      companionUrl.value = pub.companionUrl;
      trainingMode.value = pub.trainingMode;
      formLocale.value = pub.locale;
      locale.value = pub.locale;
      await refreshPending(pub, managed);
    },
    async save() {
      const url = companionUrl.value.trim();
      if (!locked.value.has('companionUrl') && !isHttpUrl(url)) {
        notice.value = { kind: 'error', text: t('options.invalidUrl') };
        return false;
      }
      const items: Record<string, unknown> = {};
      if (!locked.value.has('companionUrl')) items[STORAGE_KEYS.companionUrl] = url.replace(/\/+$/, '');
      if (!locked.value.has('token') && token.value.trim() !== '') items[STORAGE_KEYS.token] = token.value.trim();
      if (!locked.value.has('trainingMode')) items[STORAGE_KEYS.trainingMode] = trainingMode.value;
      if (!locked.value.has('locale')) items[STORAGE_KEYS.locale] = formLocale.value;
      await deps.local.set(items);
      token.value = '';
      locale.value = formLocale.value;
      notice.value = { kind: 'ok', text: t('options.saved') };
      // Say at once whether the new address and token work.
      await testConnection();
      return true;
    },
    /**
     * Validates pasted adapter JSON, asks for its hosts' permission and stores it. Must run from a
     * click: permissions.request needs the user gesture, so it is the first await.
     */
    async importAdapter(text: string = importText.value) {
      const result = parseAdapter(text);
      if (!result.ok) {
        importErrors.value = result.errors.map((e) => `${e.path || '(adapter)'}: ${e.zh} / ${e.en}`);
        notice.value = { kind: 'error', text: t('options.adapters.invalid') };
        return false;
      }
      importErrors.value = [];
      const adapter = result.adapter;
      const origins = dynamicOrigins([{ source: 'user', adapter }]);
      let granted = true;
      if (origins.length > 0) {
        try {
          granted = await deps.permissions.request({ origins });
        } catch {
          granted = false;
        }
      }
      const rest = userAdapters.value.filter((a) => (a as { id?: unknown })?.id !== adapter.id);
      const next = [...rest, adapter];
      await deps.local.set({ [STORAGE_KEYS.adapters]: next });
      userAdapters.value = next;
      importText.value = '';
      notice.value = granted
        ? { kind: 'ok', text: t('options.adapters.imported', { name: adapter.name }) }
        : { kind: 'error', text: t('options.adapters.permissionDenied', { hosts: origins.join(', ') }) };
      return true;
    },
    async removeAdapter(id: string) {
      const next = userAdapters.value.filter((a) => (a as { id?: unknown })?.id !== id);
      await deps.local.set({ [STORAGE_KEYS.adapters]: next });
      userAdapters.value = next;
    },
    async grant(origins: string[]) {
      const ok = await deps.permissions.request({ origins });
      if (ok) pending.value = pending.value.filter((o) => !origins.includes(o));
      return ok;
    },
  };
}

export type OptionsModel = ReturnType<typeof createOptionsModel>;
