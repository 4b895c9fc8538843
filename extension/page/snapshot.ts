// DOM → case snapshot through an adapter. Locating is the costly part, so a reader resolves every
// field once (and again when the DOM changes); reading values from the resolved elements is cheap
// enough to run on every keystroke.
import type { Adapter } from '../../shared/adapters/schema';
import { FIELD_MAP } from '../../shared/case/fields';
import { readCaseSnapshot, type CaseSnapshot, type EnumLabels, type ReadSnapshot } from '../../shared/case/snapshot';
import { buildLabelIndex, locateField, wantedLabels, type Located } from './locate';
import { convert, readRaw, type Converted, type ReadIssueCode } from './read';

export interface ReadIssue {
  field: string;
  code: ReadIssueCode | 'invalid-enum' | 'invalid-text' | 'out-of-range' | 'not-an-object';
  /** What the page showed (kept in this frame: shown to the user, never sent anywhere). */
  value?: string;
}

export interface PageRead {
  /**
   * What to evaluate: canonical values, and the page's own text where it could not be read, so the
   * engine's data-consistency rule can say so (it reads raw values leniently itself).
   */
  values: Record<string, unknown>;
  /** Canonical values, keyed by case-field id (only fields that are filled in and readable). */
  snapshot: CaseSnapshot;
  /**
   * `values` read once by the registry (readCaseSnapshot): what `evaluate` consumes as it is, with
   * the issues of the text it could not read (the data-consistency rule's grey findings).
   */
  read: ReadSnapshot;
  /** The element each found field was read from, for anchoring its light. */
  elements: Map<string, Element>;
  /** Fields the adapter maps that this page does not show. */
  missing: string[];
  /** Values the page shows that could not be read (the field then counts as empty). */
  issues: ReadIssue[];
}

export interface PageReader {
  /** Locates every field again (after DOM changes). */
  resolve(): void;
  /** Reads the current values; re-resolves by itself when a located element left the page. */
  read(): PageRead;
}

/**
 * `labels`: the enum values' labels a page's Chinese label is read with (the wording's `values`,
 * which the background sends; this folder does not import the wording).
 */
export function createPageReader(doc: Document, adapter: Adapter, labels?: EnumLabels): PageReader {
  const entries = Object.entries(adapter.fields);
  const wanted = wantedLabels(entries.map(([, l]) => l));
  let located = new Map<string, Located>();
  /** Each field's last raw text and what it converted to: a field that did not change is not parsed again. */
  const converted = new Map<string, { key: string; out: Converted }>();
  /** The last read, returned again (its values, read and issues the same objects) while nothing changed. */
  let last: PageRead | null = null;

  function resolve() {
    const labels = buildLabelIndex(doc, wanted);
    const next = new Map<string, Located>();
    for (const [id, locator] of entries) {
      const loc = locateField(doc, locator, labels);
      if (loc) next.set(id, loc);
    }
    located = next;
    last = null;
  }

  function stale(): boolean {
    for (const loc of located.values()) if (!loc.element.isConnected) return true;
    return false;
  }

  function read(): PageRead {
    if (stale()) resolve();
    const raw: Record<string, unknown> = {};
    const elements = new Map<string, Element>();
    const missing: string[] = [];
    const issues: ReadIssue[] = [];
    const unread: Record<string, string> = {};
    let same = last !== null;
    for (const [id, locator] of entries) {
      const loc = located.get(id);
      if (!loc) {
        missing.push(id);
        continue;
      }
      elements.set(id, loc.element);
      const r = readRaw(loc, locator.read);
      const key = `${r.texts.join('\0')}\0${r.checked}`;
      let c = converted.get(id);
      if (c === undefined || c.key !== key) {
        converted.set(id, (c = { key, out: convert(r, locator, FIELD_MAP.get(id)?.type) }));
        same = false;
      }
      const { value, issue } = c.out;
      if (issue) {
        issues.push({ field: id, ...issue });
        unread[id] = issue.value;
      } else if (value !== undefined) raw[id] = value;
    }
    // Nothing the page shows changed (a poll, a keystroke that left the value as it was): the same read.
    if (same && last) return last;
    // The registry's own reader has the last word on types, ranges and enum values. It reads the
    // page's text it could not convert too (for the engine), once; the panel's issues and
    // `snapshot` are about the converted values.
    const values = { ...raw, ...unread };
    const read = readCaseSnapshot(values, labels);
    const snapshot: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(read.snapshot)) if (k in raw) snapshot[k] = v;
    for (const i of read.issues) {
      if (i.field in raw) issues.push({ field: i.field, code: i.code, ...(i.value === undefined ? {} : { value: String(raw[i.field] ?? '') }) });
    }
    return (last = { values, snapshot: snapshot as CaseSnapshot, read, elements, missing, issues });
  }

  resolve();
  return { resolve, read };
}

/** One-shot read (tests, the popup's diagnostics). */
export function readPage(doc: Document, adapter: Adapter, labels?: EnumLabels): PageRead {
  return createPageReader(doc, adapter, labels).read();
}
