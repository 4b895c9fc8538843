// SidePanelModel: the findings of one tab (the background's per-tab summary, merged over its
// frames), the case's objections, and what a click on 定位 found. The tab is the one named in the
// page's query (`sidepanel.html?tabId=…`, how the e2e test opens it in a tab) or the window's active
// tab, followed as the person switches tabs.
import { computed, signal } from '@preact/signals';
import type { FrameFindingRef } from '../../finding-ref';
import type { Light } from '../../../shared/light';
import { locale } from '../../i18n';
import type { LocateResult, MessageOf, MessageType, NewObjection, Objection, ResponseOf, TabSummary } from '../../protocol';
import type { PublicSettings } from '../../settings';

export interface SidePanelDeps {
  request<K extends MessageType>(message: MessageOf<K>): Promise<ResponseOf<K>>;
  /** The tab to show now (fixed by the query, else the active tab of this window). */
  tabId(): Promise<number | undefined>;
}

export const LIGHT_ORDER: readonly Light[] = ['red', 'yellow', 'grey', 'green'];

/** What 定位 answered for a field: found and flashed, on another tab of the form (its name), or not shown. */
export type LocateOutcome = { field: string } & ({ state: 'found' } | { state: 'tab'; tab: string } | { state: 'absent' });

/**
 * The tab of the host form a field sits on, from the adapters the page uses (their optional per-field
 * `tab`), or undefined.
 */
export function fieldTab(settings: PublicSettings | null, summary: TabSummary | null, field: string): string | undefined {
  if (!settings || !summary) return undefined;
  for (const a of summary.adapters) {
    const tab = settings.adapters.find((r) => r.adapter.id === a.id)?.adapter.fields[field]?.tab;
    if (tab) return tab;
  }
  return undefined;
}

export function createSidePanelModel(deps: SidePanelDeps) {
  const tabId = signal<number | undefined>(undefined);
  const summary = signal<TabSummary | null>(null);
  const settings = signal<PublicSettings | null>(null);
  const objections = signal<Objection[]>([]);
  const located = signal<LocateOutcome | null>(null);
  const loaded = signal(false);
  const byLight = computed(() => {
    const groups: Record<Light, FrameFindingRef[]> = { red: [], yellow: [], grey: [], green: [] };
    for (const f of summary.value?.findings ?? []) groups[f.light].push(f);
    return groups;
  });
  let lastCase: string | undefined;

  async function refresh() {
    const id = await deps.tabId();
    if (id !== tabId.peek()) located.value = null;
    tabId.value = id;
    const next = id === undefined ? null : await deps.request({ type: 'tab/summary', tabId: id });
    if (JSON.stringify(next) !== JSON.stringify(summary.peek())) summary.value = next;
    const cn = next?.caseNumber;
    if (cn !== lastCase || cn !== undefined) {
      lastCase = cn;
      const list = cn === undefined ? [] : await deps.request({ type: 'objection/list', caseNumber: cn });
      if (JSON.stringify(list) !== JSON.stringify(objections.peek())) objections.value = list;
    }
    loaded.value = true;
  }

  return {
    tabId, summary, settings, objections, located, loaded, byLight,
    async load() {
      const s = await deps.request({ type: 'settings/get' });
      settings.value = s;
      locale.value = s.locale;
      await refresh();
    },
    refresh,
    objectionFor(f: FrameFindingRef): Objection | undefined {
      return objections.value.find((o) => o.ruleId === f.ruleId && o.occurrenceKey === f.occurrenceKey);
    },
    /** Scrolls the host page to the field and flashes its light; says which tab to open when it is not shown. */
    async locate(field: string): Promise<LocateOutcome> {
      const id = tabId.peek();
      let res: LocateResult = { found: false };
      if (id !== undefined) res = await deps.request({ type: 'tab/locate', tabId: id, field });
      const tab = fieldTab(settings.peek(), summary.peek(), field);
      const out: LocateOutcome = res.found ? { field, state: 'found' } : tab ? { field, state: 'tab', tab } : { field, state: 'absent' };
      located.value = out;
      return out;
    },
    /** Files an objection through the background (the same store and sync hook as the in-page panel). */
    async object(f: FrameFindingRef, reason: string): Promise<{ ok: true } | { ok: false; error: string }> {
      const s = summary.peek();
      if (!s?.caseNumber || !f.anchor) return { ok: false, error: 'no case number' };
      const objection: NewObjection = {
        caseNumber: s.caseNumber, ruleId: f.ruleId, occurrenceKey: f.occurrenceKey, anchor: f.anchor,
        light: f.light, reason, training: s.training,
      };
      try {
        const res = await deps.request({ type: 'objection/add', objection });
        if (!res.ok) return res;
        objections.value = [...objections.peek().filter((o) => o.key !== res.objection.key), res.objection];
        return { ok: true };
      } catch (e) {
        return { ok: false, error: e instanceof Error ? e.message : String(e) };
      }
    },
  };
}

export type SidePanelModel = ReturnType<typeof createSidePanelModel>;
