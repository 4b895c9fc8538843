// StudioModel: maps a host page by pointing at it. 开始映射 injects the picker into every frame of
// the tab (scripting.executeScript, allFrames) and arms it; a click on the page arrives as a Pick;
// choosing a case field for it adds a v2 locator to the draft adapter. Every change of the draft
// goes to storage.session (the background then lights the page from it: the live preview) and is
// probed in every frame (which fields are found, what they read, outlines on the page). Save keeps
// the adapter in this browser (`adapters`), export/import moves it as JSON, publish sends it to the
// companion. Closing disposes the picker in every frame and drops the draft.
import { computed, signal } from '@preact/signals';
import { parseAdapter, type Adapter, type AdapterError } from '../../../shared/adapters';
import { toPermissionOrigin } from '../../../shared/adapters/parse';
import type { FieldLocator } from '../../../shared/adapters/schema';
import type { AdapterVersion } from '../../../shared/api/settings';
import { FIELD_MAP } from '../../../shared/case/fields';
import { rules } from '../../../shared/rules';
import { STORAGE_KEYS, STUDIO_DRAFT_KEY } from '../../settings';
import { coverage, diffAdapters, idFor, locatorFor, matchFor, proposeMap, valuesNeedingMap, type AdapterDiff, type Pick } from '../../studio/draft';
import type { FrameProbe } from '../../studio/picker';
import type { Bilingual } from '../../studio/access';
import type { StudioMessageKey } from '../../i18n/studio';

export interface StudioDeps {
  /** The host tab to map. */
  tabId(): Promise<number | undefined>;
  tabUrl(tabId: number): Promise<string | undefined>;
  /** Runs a function in every frame of the tab (or injects a file); results per frame. */
  inject(tabId: number): Promise<void>;
  call<T>(tabId: number, method: 'arm' | 'disarm' | 'dispose' | 'probe' | 'listeners', arg?: unknown): Promise<T[]>;
  onPick(listener: (pick: Pick) => void): () => void;
  local: { get(keys: string[]): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
  session: { set(items: Record<string, unknown>): Promise<void>; remove(key: string): Promise<void> };
  permissions: { contains(p: { origins: string[] }): Promise<boolean>; request(p: { origins: string[] }): Promise<boolean> };
  /** PUT /adapters on the companion with the stored token; the companion's answer or its error. */
  publish?(adapters: Adapter[]): Promise<{ ok: true; versions?: Record<string, number> } | { ok: false; error: Bilingual }>;
  /** The companion's current adapters (to bump the version and show the diff). */
  published?(): Promise<Adapter[]>;
  /** Every version the companion keeps of one adapter, newest first. */
  versions?(id: string): Promise<AdapterVersion[]>;
  /** Publishes an earlier version again; the adapter as now served. */
  rollback?(id: string, version: number): Promise<{ ok: true; adapter: Adapter | undefined } | { ok: false; error: Bilingual }>;
}

/** One mapped field as the page shows it now (merged over frames). */
export interface FieldState {
  found: boolean;
  counts: number[];
  text?: string;
  value?: unknown;
  issue?: string;
}

/** A failure with the companion's reason in both languages (`{ reason: { zh, en } }`, or the HTTP status). */
export class ReasonError extends Error {
  constructor(readonly reason: Bilingual) {
    super(reason.en);
  }
}

/** The reason of a thrown error: the companion's `{ zh, en }`, else the error's message (the same in both). */
export function reasonOf(e: unknown): Bilingual {
  if (e instanceof ReasonError) return e.reason;
  const m = e instanceof Error ? e.message : String(e);
  return { zh: m, en: m };
}

/**
 * What the studio says, kept as a message key (`studio.notice.*` in extension/i18n/pages.ts) with its
 * parameters, not as text: the view renders it in the locale of the moment. `reason` (the companion's,
 * in both languages) fills the message's `{{reason}}` in the same locale.
 */
export type Notice = {
  kind: 'ok' | 'error';
  key: StudioMessageKey;
  params?: Record<string, string | number>;
  reason?: Bilingual;
  errors?: AdapterError[];
} | null;

export function createStudioModel(deps: StudioDeps) {
  const tabId = signal<number | undefined>(undefined);
  const url = signal<string>('');
  const armed = signal(false);
  const injected = signal(false);
  const pick = signal<Pick | null>(null);
  const query = signal('');
  const draft = signal<Adapter | null>(null);
  const states = signal<Record<string, FieldState>>({});
  const notice = signal<Notice>(null);
  const procedure = signal('prosecution-review');
  const lastDiff = signal<AdapterDiff | null>(null);
  const history = signal<AdapterVersion[] | null>(null);
  const mapped = computed(() => new Set(Object.keys(draft.value?.fields ?? {})));
  const cover = computed(() => {
    const unreadable = new Set(Object.entries(states.value).filter(([, s]) => !s.found || s.issue !== undefined).map(([f]) => f));
    return coverage(rules, mapped.value, unreadable);
  });
  let unlisten: (() => void) | null = null;

  function blank(pageUrl: string): Adapter {
    const host = new URL(pageUrl).hostname;
    return { id: idFor(pageUrl), name: `${host} 案件系统`, version: 1, match: [matchFor(pageUrl)], fields: {} } as Adapter;
  }

  async function load() {
    const id = await deps.tabId();
    tabId.value = id;
    url.value = id === undefined ? '' : ((await deps.tabUrl(id)) ?? '');
    if (url.value.startsWith('http') && !draft.peek()) {
      // An adapter this browser already keeps for the page is the starting point.
      const stored = ((await deps.local.get([STORAGE_KEYS.adapters]))[STORAGE_KEYS.adapters] as unknown[] | undefined) ?? [];
      const mine = stored.map((a) => parseAdapter(a)).find((r) => r.ok && r.adapter.match.some((m) => m === matchFor(url.value)));
      draft.value = mine?.ok ? mine.adapter : blank(url.value);
      // With access to the host already, show at once what the adapter finds (outlines, values).
      const origin = toPermissionOrigin(matchFor(url.value));
      if (id !== undefined && origin && (await deps.permissions.contains({ origins: [origin] }).catch(() => false)) && Object.keys(draft.peek()?.fields ?? {}).length > 0) {
        try {
          await deps.inject(id);
          injected.value = true;
          await probe();
        } catch {
          /* a page the browser does not let extensions into (chrome://, the web store): nothing to show */
        }
      }
    }
  }

  /** Writes the draft for the live preview (only once it maps a field: an empty adapter is invalid). */
  async function preview() {
    const d = draft.peek();
    if (d && Object.keys(d.fields).length > 0) await deps.session.set({ [STUDIO_DRAFT_KEY]: d });
    else await deps.session.remove(STUDIO_DRAFT_KEY);
  }

  async function probe() {
    const id = tabId.peek();
    if (id === undefined || !injected.peek()) return;
    // Frames loaded since (a tab's form, a reload) get the picker too, armed as the others.
    await deps.inject(id);
    if (armed.peek()) await deps.call(id, 'arm');
    const frames = await deps.call<FrameProbe | null>(id, 'probe', draft.peek());
    const merged: Record<string, FieldState> = {};
    for (const f of Object.keys(draft.peek()?.fields ?? {})) merged[f] = { found: false, counts: [] };
    for (const frame of frames) {
      if (!frame) continue;
      for (const [field, got] of Object.entries(frame.fields)) {
        const cur = merged[field] ?? { found: false, counts: [] };
        if (cur.found) continue;
        merged[field] = got.found
          ? { found: true, counts: got.trials.map((t) => t.count), ...(got.text !== undefined ? { text: got.text } : {}), ...(got.value !== undefined ? { value: got.value } : {}), ...(got.issue ? { issue: got.issue } : {}) }
          : { found: false, counts: got.trials.map((t) => t.count) };
      }
    }
    states.value = merged;
    const p = merged.procedure?.value;
    if (typeof p === 'string') procedure.value = p;
  }

  async function changed() {
    await preview();
    await probe();
  }

  return {
    tabId, url, armed, pick, query, draft, states, notice, procedure, mapped, cover, lastDiff, injected, history,
    load,
    probe,
    /** 开始映射: asks for the host (a click's gesture), injects the picker in every frame and arms it. */
    async start() {
      const id = tabId.peek();
      if (id === undefined || !url.peek().startsWith('http')) {
        notice.value = { kind: 'error', key: 'studio.notice.notWebPage' };
        return;
      }
      const origin = toPermissionOrigin(matchFor(url.peek()));
      if (origin && !(await deps.permissions.contains({ origins: [origin] }))) {
        const ok = await deps.permissions.request({ origins: [origin] }).catch(() => false);
        if (!ok) {
          notice.value = { kind: 'error', key: 'studio.notice.notGranted', params: { origin } };
          return;
        }
      }
      unlisten ??= deps.onPick((p) => {
        pick.value = p;
        query.value = '';
      });
      await deps.inject(id);
      injected.value = true;
      await deps.call(id, 'arm');
      armed.value = true;
      notice.value = null;
      await probe();
    },
    async stop() {
      const id = tabId.peek();
      armed.value = false;
      if (id !== undefined && injected.peek()) await deps.call(id, 'disarm');
    },
    /** Closing the studio: every frame's picker removes its listeners and outlines; the draft preview ends. */
    async close() {
      const id = tabId.peek();
      armed.value = false;
      unlisten?.();
      unlisten = null;
      if (id !== undefined && injected.peek()) await deps.call(id, 'dispose').catch(() => undefined);
      injected.value = false;
      await deps.session.remove(STUDIO_DRAFT_KEY);
    },
    /** Maps the picked element to a case field (with the value map it proposes) and previews it. */
    async assign(field: string) {
      const p = pick.peek();
      const d = draft.peek();
      if (!p || !d) return;
      const needs = valuesNeedingMap(field, p);
      const map = needs.length > 0 ? proposeMap(field, p.options && p.options.length > 0 ? p.options : p.texts) : undefined;
      const loc = locatorFor(field, p, map);
      draft.value = { ...d, fields: { ...d.fields, [field]: loc } };
      pick.value = null;
      await changed();
    },
    /** The value map editor: shown text → canonical value ('' removes the entry). */
    async setMap(field: string, text: string, value: string) {
      const d = draft.peek();
      const loc = d?.fields[field];
      if (!d || !loc) return;
      const map = { ...(loc.map ?? {}) };
      if (value === '') delete map[text];
      else map[text] = value;
      const next: FieldLocator = { ...loc };
      if (Object.keys(map).length > 0) next.map = map;
      else delete next.map;
      draft.value = { ...d, fields: { ...d.fields, [field]: next } };
      await changed();
    },
    async remove(field: string) {
      const d = draft.peek();
      if (!d) return;
      const fields = { ...d.fields };
      delete fields[field];
      draft.value = { ...d, fields };
      await changed();
    },
    rename(name: string) {
      const d = draft.peek();
      if (d) draft.value = { ...d, name };
    },
    /** The draft as validated adapter JSON, or its problems (zh + en). */
    validated(): { ok: true; adapter: Adapter } | { ok: false; errors: AdapterError[] } {
      return parseAdapter(draft.peek());
    },
    /** 保存到本浏览器: replaces the adapter with the same id in `adapters`, or adds it. */
    async save(): Promise<boolean> {
      const r = parseAdapter(draft.peek());
      if (!r.ok) {
        notice.value = { kind: 'error', key: 'studio.notice.notSaved', errors: r.errors };
        return false;
      }
      const stored = ((await deps.local.get([STORAGE_KEYS.adapters]))[STORAGE_KEYS.adapters] as unknown[] | undefined) ?? [];
      const others = stored.filter((a) => (a as { id?: unknown } | null)?.id !== r.adapter.id);
      await deps.local.set({ [STORAGE_KEYS.adapters]: [...others, r.adapter] });
      notice.value = { kind: 'ok', key: 'studio.notice.saved', params: { name: r.adapter.name, n: Object.keys(r.adapter.fields).length } };
      return true;
    },
    exportJson(): string {
      return `${JSON.stringify(draft.peek(), null, 2)}\n`;
    },
    async importJson(text: string): Promise<boolean> {
      const r = parseAdapter(text);
      if (!r.ok) {
        notice.value = { kind: 'error', key: 'studio.notice.importFailed', errors: r.errors };
        return false;
      }
      draft.value = r.adapter;
      notice.value = { kind: 'ok', key: 'studio.notice.imported', params: { name: r.adapter.name } };
      await changed();
      return true;
    },
    /** 发布到伴随服务 (administrators): the next version number, the diff against the published one, PUT. */
    async publish(): Promise<boolean> {
      const r = parseAdapter(draft.peek());
      if (!r.ok) {
        notice.value = { kind: 'error', key: 'studio.notice.notPublished', errors: r.errors };
        return false;
      }
      if (!deps.publish || !deps.published) return false;
      try {
        const current = await deps.published();
        const before = current.find((a) => a.id === r.adapter.id) ?? null;
        const next: Adapter = { ...r.adapter, version: Math.max(r.adapter.version, (before?.version ?? 0) + 1) };
        lastDiff.value = diffAdapters(before, next);
        const res = await deps.publish([...current.filter((a) => a.id !== next.id), next]);
        if (!res.ok) {
          notice.value = { kind: 'error', key: 'studio.notice.publishFailed', reason: res.error };
          return false;
        }
        draft.value = next;
        notice.value = { kind: 'ok', key: 'studio.notice.published', params: { id: next.id, version: next.version } };
        return true;
      } catch (e) {
        notice.value = { kind: 'error', key: 'studio.notice.publishFailed', reason: reasonOf(e) };
        return false;
      }
    },
    /** 版本历史: the versions the companion keeps of this adapter. */
    async loadHistory() {
      const d = draft.peek();
      if (!d || !deps.versions) return;
      try {
        history.value = await deps.versions(d.id);
      } catch (e) {
        notice.value = { kind: 'error', key: 'studio.notice.historyFailed', reason: reasonOf(e) };
      }
    },
    /** 回滚: the companion publishes that version again as the next one; the draft follows it. */
    async rollback(version: number): Promise<boolean> {
      const d = draft.peek();
      if (!d || !deps.rollback) return false;
      const res = await deps.rollback(d.id, version);
      if (!res.ok) {
        notice.value = { kind: 'error', key: 'studio.notice.rollbackFailed', reason: res.error };
        return false;
      }
      if (res.adapter) draft.value = res.adapter;
      notice.value = { kind: 'ok', key: 'studio.notice.rolledBack', params: { version, as: res.adapter?.version ?? '?' } };
      await this.loadHistory();
      await changed();
      return true;
    },
    fieldType(field: string) {
      return FIELD_MAP.get(field)?.type;
    },
  };
}

export type StudioModel = ReturnType<typeof createStudioModel>;
