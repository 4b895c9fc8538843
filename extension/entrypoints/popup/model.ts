// PopupModel: the active tab's summary and the settings, loaded once when the popup opens.
import { computed, signal } from '@preact/signals';
import { missingCalendarYears, todayInShanghai } from '../../../shared/calendar';
import { locale } from '../../i18n';
import { deserializeCalendar } from '../../../shared/calendar/serialized';
import type { MessageOf, MessageType, ResponseOf, TabSummary } from '../../protocol';
import type { PublicSettings } from '../../settings';
import type { Connection } from '../../background/connection';

export interface SyncStatusView {
  pending: number;
  deadLetters: number;
  lastSuccessAt?: string | null;
  lastError?: { message: { zh: string; en: string } } | null;
}

export interface PopupDeps {
  activeTabId(): Promise<number | undefined>;
  request<K extends MessageType>(message: MessageOf<K>): Promise<ResponseOf<K>>;
  syncStatus(): Promise<unknown>;
  /** Who the token signs in as (the background's last good check, or a fresh one). */
  connection?(): Promise<Connection>;
  /** The clock (tests pass a fixed one). */
  now?: () => Date;
}

export function createPopupModel(deps: PopupDeps) {
  const summary = signal<TabSummary | null>(null);
  const settings = signal<PublicSettings | null>(null);
  const sync = signal<SyncStatusView | null>(null);
  const loaded = signal(false);
  const connection = signal<Connection | null>(null);
  const now = deps.now ?? (() => new Date());
  const adapterNames = computed(
    () => summary.value?.adapters.map((a) => settings.value?.adapters.find((r) => r.adapter.id === a.id)?.adapter.name ?? a.name ?? a.id) ?? [],
    { name: 'adapterNames' },
  );
  const points = computed(() => summary.value?.findings.reduce((n, f) => n + (f.light === 'red' ? (f.points ?? 0) : 0), 0) ?? 0, { name: 'points' });
  /** Years whose holiday arrangement is needed and not loaded (bundled data or central overrides). */
  const missingYears = computed(() => {
    const c = settings.value?.central.calendar;
    return missingCalendarYears(todayInShanghai((deps.now ?? (() => new Date()))()), c ? deserializeCalendar(c) : undefined);
  }, { name: 'missingYears' });
  return {
    summary,
    settings,
    sync,
    loaded,
    adapterNames,
    points,
    missingYears,
    connection,
    now,
    async load() {
      const [tabId, s] = await Promise.all([deps.activeTabId(), deps.request({ type: 'settings/get' })]);
      settings.value = s;
      locale.value = s.locale;
      summary.value = tabId === undefined ? null : await deps.request({ type: 'tab/summary', tabId });
      try {
        sync.value = (await deps.syncStatus()) as SyncStatusView;
      } catch {
        sync.value = null;
      }
      loaded.value = true;
      try {
        connection.value = (await deps.connection?.()) ?? null;
      } catch {
        connection.value = null;
      }
    },
  };
}

export type PopupModel = ReturnType<typeof createPopupModel>;
