// AuditModel: the 审计记录 page (administrators). The trail comes newest first a page at a time from
// the server (GET /audit with limit/offset, as the objections queue pages), optionally one action
// only; each entry's before/after is turned into lines of plain text here (the page renders text,
// never HTML: the values are whatever was recorded).
import { computed, createModel, signal } from '@preact/signals';
import type { AuditAction, AuditEntry, AuditResponse } from '../../../../shared/api/index.ts';
import type { ApiClient } from '../api/client.ts';
import { AUDIT_FIELD_NAMES, AUDIT_VALUE_NAMES, aut } from '../audit-i18n.ts';
import { pick, type Lang } from '../i18n.ts';
import { createLoader } from './resource.ts';

/** Entries per page. */
export const AUDIT_PAGE = 50;

/** One field of an entry: its name, and its value before and after as text (null: the side has no such field). */
export interface ChangeLine {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
  /** A list on both sides: what was added and removed, instead of the two whole lists. */
  list?: { added: string[]; removed: string[]; unchanged: number };
}

const MAX_TEXT = 300;
const MAX_ITEMS = 20;

function clip(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

function fieldName(lang: Lang, key: string): string {
  return pick(lang, AUDIT_FIELD_NAMES[key], key);
}

/** A recorded value as one line of text: names for known values, `k: v` for objects, `、`/`, ` between list items. */
export function valueText(lang: Lang, value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return aut(lang, value ? 'yes' : 'no');
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return clip(pick(lang, AUDIT_VALUE_NAMES[value], value));
  if (Array.isArray(value)) return clip(value.map((v) => valueText(lang, v)).join(lang === 'zh' ? '、' : ', '));
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    // A calendar day, a post: the date first, then what it is.
    if (typeof o.date === 'string') {
      return clip([o.date, ...Object.entries(o).filter(([k]) => k !== 'date').map(([, v]) => valueText(lang, v))].join(' '));
    }
    return clip(Object.entries(o).map(([k, v]) => `${fieldName(lang, k)}: ${valueText(lang, v)}`).join(lang === 'zh' ? '；' : '; '));
  }
  return clip(String(value));
}

function listDiff(lang: Lang, before: unknown[], after: unknown[]): NonNullable<ChangeLine['list']> {
  const key = (v: unknown) => JSON.stringify(v);
  const was = new Set(before.map(key));
  const now = new Set(after.map(key));
  const added = after.filter((v) => !was.has(key(v)));
  const removed = before.filter((v) => !now.has(key(v)));
  const shown = (items: unknown[]) => {
    const texts = items.slice(0, MAX_ITEMS).map((v) => valueText(lang, v));
    if (items.length > MAX_ITEMS) texts.push('…');
    return texts;
  };
  return { added: shown(added), removed: shown(removed), unchanged: after.filter((v) => was.has(key(v))).length };
}

/**
 * An entry's before and after as lines, one per field: a field on both sides shows `before → after`
 * (a list: what was added and removed); a field on one side only, with the other side present, is
 * context (the case of a corrected defect); a missing side (first publication, withdrawal) is `—`.
 */
export function describeChange(lang: Lang, before: Record<string, unknown> | null, after: Record<string, unknown> | null): ChangeLine[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return keys.map((field): ChangeLine => {
    const label = fieldName(lang, field);
    const inBefore = before !== null && field in before;
    const inAfter = after !== null && field in after;
    const b = before?.[field];
    const a = after?.[field];
    if (inBefore && inAfter && Array.isArray(b) && Array.isArray(a)) {
      return { field, label, before: null, after: null, list: listDiff(lang, b, a) };
    }
    if (inBefore && inAfter) return { field, label, before: valueText(lang, b), after: valueText(lang, a) };
    if (before === null) return { field, label, before: '—', after: valueText(lang, a) };
    if (after === null) return { field, label, before: valueText(lang, b), after: '—' };
    // Present on one side only, the other side recorded: context, shown once.
    return inBefore ? { field, label, before: valueText(lang, b), after: null } : { field, label, before: null, after: valueText(lang, a) };
  });
}

/** The case an entry is about, when what was recorded names it (a corrected defect, a notice). */
export function entryCaseNumber(entry: AuditEntry): string | null {
  for (const side of [entry.before, entry.after]) {
    const c = side?.caseNumber;
    if (typeof c === 'string' && c.trim() !== '') return c;
  }
  return null;
}

export interface AuditDeps {
  api: ApiClient;
}

export const AuditModel = createModel((deps: AuditDeps) => {
  const list = createLoader<AuditResponse>('audit');
  const offset = signal(0, { name: 'offset' });
  const action = signal<AuditAction | null>(null, { name: 'action' });

  const entries = computed(() => list.state.value.data?.entries ?? [], { name: 'entries' });
  const range = computed(() => {
    const d = list.state.value.data;
    if (!d || d.entries.length === 0) return null;
    return { from: d.offset + 1, to: d.offset + d.entries.length, total: d.total };
  }, { name: 'range' });
  const hasPrevious = computed(() => (list.state.value.data?.offset ?? 0) > 0, { name: 'hasPrevious' });
  const hasNext = computed(() => {
    const d = list.state.value.data;
    return d !== undefined && d.offset + d.entries.length < d.total;
  }, { name: 'hasNext' });

  function load(): Promise<void> {
    const at = offset.peek();
    const only = action.peek();
    return list.load((abort) =>
      deps.api.call('audit', { query: { ...(only ? { action: only } : {}), limit: AUDIT_PAGE, offset: at }, signal: abort }));
  }

  /** Another action (null: all) starts again at the newest entry. */
  function setAction(next: AuditAction | null): Promise<void> {
    action.value = next;
    offset.value = 0;
    return load();
  }

  function nextPage(): Promise<void> {
    const d = list.state.peek().data;
    if (!d || d.offset + d.entries.length >= d.total) return Promise.resolve();
    offset.value = d.offset + d.entries.length;
    return load();
  }

  function previousPage(): Promise<void> {
    offset.value = Math.max(0, (list.state.peek().data?.offset ?? 0) - AUDIT_PAGE);
    return load();
  }

  return { state: list.state, action, entries, range, hasPrevious, hasNext, load, setAction, nextPage, previousPage };
});
export type AuditModel = InstanceType<typeof AuditModel>;
