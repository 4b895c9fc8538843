// The adapter studio's pure logic: the draft adapter built from picks, field suggestions for a
// picked element, date formats guessed from what the page shows, the value map a select or yes/no
// text needs, the coverage of the rule catalogue, and the diff between two adapter versions.
import type { Anchor } from '../../shared/adapters/anchors';
import { compileDateFormat, matchesPattern, parseAs, parseYesNo } from '../../shared/adapters/parse';
import type { Adapter, FieldLocator, ReadKind } from '../../shared/adapters/schema';
import { FIELDS, FIELD_MAP, PROCEDURES, type FieldDef } from '../../shared/case/fields';
import { valueLabel } from '../../shared/case/field-text';
import { fieldLabel } from '../../shared/case/field-text';
import { ruleText } from '../../shared/rules/text';
import type { Rule } from '../../shared/rules';

/** What the picker reports about a clicked element (extension/studio/picker.ts). */
export interface Pick {
  /** Frame selectors from the top page (none at the top). */
  frame?: string[];
  url: string;
  tag: string;
  inputType?: string;
  /** The label a person reads beside the element. */
  label?: string;
  anchors: { anchor: Anchor; count: number; usable: boolean }[];
  /** What CaseLight reads from the element now (shown text first). */
  texts: string[];
  checked?: boolean;
  /** A select's option texts, or a radio group's labels (for the value map). */
  options?: string[];
  /** A stable key of the pick in its frame (to highlight it). */
  readHint: ReadKind | undefined;
}

/** A date format that reads `text` exactly, from the spellings host systems use, or undefined. */
export function guessFormat(text: string, withTime: boolean): string | undefined {
  const s = text.trim();
  const candidates = withTime
    ? ['YYYY-MM-DD HH:mm', 'YYYY-M-D H:m', 'YYYY/M/D H:m', 'YYYY.MM.DD HH:mm', 'YYYY年M月D日 H时m分', 'YYYY年M月D日 H点m分', 'YYYY-MM-DD HH:mm:ss']
    : ['YYYY-MM-DD', 'YYYY-M-D', 'YYYY.MM.DD', 'YYYY.M.D', 'YYYY/MM/DD', 'YYYY/M/D', 'YYYY年M月D日', 'YYYYMMDD'];
  return candidates.find((f) => compileDateFormat(f)?.parse(s) !== undefined);
}

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < s.length - 1; i++) out.add(s.slice(i, i + 2));
  if (s.length === 1) out.add(s);
  return out;
}

/** How close a page label is to a field's label: shared character pairs (Dice), 0..1. */
export function labelSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let both = 0;
  for (const g of x) if (y.has(g)) both++;
  return (2 * both) / (x.size + y.size);
}

/** Whether a value read from the page fits a field of this type at all. */
function fits(def: FieldDef, texts: string[], checked: boolean | undefined): boolean {
  const t = texts[0];
  switch (def.type) {
    case 'date':
      return t === undefined || parseAs('date', t) !== undefined;
    case 'datetime':
      return t === undefined || parseAs('datetime', t) !== undefined;
    case 'boolean':
      return true;
    case 'number':
      return t === undefined || parseAs('number', t) !== undefined;
    default:
      return checked === undefined;
  }
}

/**
 * Registry fields for a picked element, best first: filtered by `query` (Chinese or English label,
 * or id) when given, else ranked by how like the page's label they are, among fields whose type
 * suits the value shown.
 */
export function suggestFields(pick: Pick | null, query: string, limit = 40): FieldDef[] {
  const q = query.trim().toLowerCase();
  if (q !== '') {
    return FIELDS.filter((f) => fieldLabel(f.id).zh.includes(q) || fieldLabel(f.id).en.toLowerCase().includes(q) || f.id.toLowerCase().includes(q)).slice(0, limit);
  }
  if (!pick) return FIELDS.slice(0, limit);
  const label = pick.label ?? '';
  return FIELDS.filter((f) => fits(f, pick.texts, pick.checked))
    .map((f) => ({ f, score: labelSimilarity(label, fieldLabel(f.id).zh) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((x) => x.f);
}

/** Rules that read a field, and whether they cannot decide without it. */
export function rulesReading(rules: readonly Rule[], field: string): { rule: Rule; required: boolean }[] {
  return rules.filter((r) => r.meta.fields.includes(field as never)).map((rule) => ({ rule, required: (rule.meta.requires ?? []).includes(field as never) }));
}

/**
 * The texts that need a value map for this field: a select's or radio group's options (or the
 * shown text) that the field's type does not read by itself. Empty when none is needed.
 */
export function valuesNeedingMap(field: string, pick: Pick): string[] {
  const def = FIELD_MAP.get(field);
  if (!def || (def.type !== 'enum' && def.type !== 'boolean')) return [];
  const shown = (pick.options && pick.options.length > 0 ? pick.options : pick.texts.slice(0, 1)).filter((t) => t.trim() !== '');
  if (def.type === 'boolean') return pick.checked !== undefined && shown.length === 0 ? [] : shown.filter((t) => parseYesNo(t) === undefined);
  const values = def.values ?? [];
  return shown.filter((t) => !values.includes(t));
}

/** Canonical values a map may give for the field: enum values (with labels) or 是/否. */
export function mapTargets(field: string): { value: string; label: { zh: string; en: string } }[] {
  const def = FIELD_MAP.get(field);
  if (!def) return [];
  if (def.type === 'boolean') return [{ value: '是', label: { zh: '是', en: 'yes' } }, { value: '否', label: { zh: '否', en: 'no' } }];
  return (def.values ?? []).map((value) => ({ value, label: valueLabel(field, value) }));
}

/** A value map proposed from the option texts: the enum value whose label is the text, or 是/否 words. */
export function proposeMap(field: string, texts: readonly string[]): Record<string, string> {
  const def = FIELD_MAP.get(field);
  const out: Record<string, string> = {};
  for (const t of texts) {
    if (def?.type === 'enum') {
      const labelled = (def.values ?? []).map((v) => [v, valueLabel(field, v)] as const);
      const hit = labelled.find(([, l]) => l.zh === t) ?? labelled.find(([, l]) => t.includes(l.zh) || l.zh.includes(t));
      if (hit) out[t] = hit[0];
    } else if (def?.type === 'boolean') {
      if (/^(未|不|非|无)/.test(t)) out[t] = '否';
      else if (t !== '') out[t] = '是';
    }
  }
  return out;
}

/** The locator a pick gives a field: its usable anchors in fallback order, frame, read mode and date format. */
export function locatorFor(field: string, pick: Pick, map?: Record<string, string>): FieldLocator {
  const def = FIELD_MAP.get(field);
  const anchors = pick.anchors.filter((a) => a.usable).map((a) => a.anchor);
  const loc: FieldLocator = { anchors: anchors.length > 0 ? anchors : pick.anchors.slice(-1).map((a) => a.anchor) };
  if (pick.frame && pick.frame.length > 0) loc.frame = [...pick.frame];
  if (def?.type === 'boolean' && pick.checked !== undefined && pick.inputType === 'checkbox') loc.read = 'checked';
  else if (pick.readHint) loc.read = pick.readHint;
  if ((def?.type === 'date' || def?.type === 'datetime') && pick.texts[0]) {
    const f = guessFormat(pick.texts[0], def.type === 'datetime');
    if (f) loc.format = f;
  }
  if (map && Object.keys(map).length > 0) loc.map = { ...map };
  return loc;
}

/** A match pattern for the host of a URL: any port, the first path segment (`http://10.1.2.3/ajxx/*`). */
export function matchFor(url: string): string {
  const u = new URL(url);
  const first = u.pathname.split('/').filter(Boolean)[0];
  const pattern = `${u.protocol}//${u.hostname}/${first && !first.includes('.') ? `${first}/*` : '*'}`;
  return matchesPattern(url, pattern) ? pattern : `${u.protocol}//${u.hostname}/*`;
}

/** An adapter id from a host: lower-case letters, digits, hyphens. */
export function idFor(url: string): string {
  const host = new URL(url).hostname.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `host-${host || 'page'}`.slice(0, 64);
}

export interface ProcedureCoverage {
  procedure: string;
  label: { zh: string; en: string };
  /** Fields the procedure's rules read that the adapter does not map. */
  unmapped: string[];
  /** Rules that stay grey: a field they require is not mapped. */
  grey: { id: string; title: { zh: string; en: string }; missing: string[] }[];
  /** Rules with every required field mapped. */
  ready: number;
  /** Mapped fields this page shows but that could not be read (or are not found). */
  unreadable: string[];
}

/**
 * Per procedure: which fields its rules read that the adapter leaves unmapped, which rules
 * therefore stay grey (a required field is unmapped), and which mapped fields the page could not read.
 */
export function coverage(rules: readonly Rule[], mapped: ReadonlySet<string>, unreadable: ReadonlySet<string> = new Set()): ProcedureCoverage[] {
  return PROCEDURES.map((procedure) => {
    const label = valueLabel('procedure', procedure);
    const own = rules.filter((r) => r.meta.procedures === 'any' || (r.meta.procedures as readonly string[]).includes(procedure));
    const read = new Set(own.flatMap((r) => r.meta.fields as readonly string[]));
    const grey = own
      .map((r) => ({ id: r.meta.id, title: ruleText(r.meta.id)?.title ?? { zh: r.meta.id, en: r.meta.id }, missing: ((r.meta.requires ?? []) as readonly string[]).filter((f) => !mapped.has(f)) }))
      .filter((g) => g.missing.length > 0);
    return {
      procedure, label,
      unmapped: [...read].filter((f) => !mapped.has(f) && f !== 'procedure').sort(),
      grey,
      ready: own.length - grey.length,
      unreadable: [...read].filter((f) => mapped.has(f) && unreadable.has(f)).sort(),
    };
  });
}

export interface AdapterDiff {
  added: string[];
  removed: string[];
  changed: string[];
  /** Other top-level keys that changed (name, match, …). */
  other: string[];
}

/** What changed between two versions of an adapter, field by field. */
export function diffAdapters(before: Adapter | null | undefined, after: Adapter): AdapterDiff {
  const a = before?.fields ?? {};
  const b = after.fields;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const out: AdapterDiff = { added: [], removed: [], changed: [], other: [] };
  for (const k of [...keys].sort()) {
    if (!(k in a)) out.added.push(k);
    else if (!(k in b)) out.removed.push(k);
    else if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) out.changed.push(k);
  }
  for (const k of ['name', 'description', 'match', 'training'] as const) {
    if (JSON.stringify(before?.[k]) !== JSON.stringify(after[k])) out.other.push(k);
  }
  return out;
}
