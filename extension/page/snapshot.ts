// DOM → case snapshot through an adapter. Locating is the costly part, so a reader resolves every
// field once (and again when the DOM changes); reading values from the resolved elements is cheap
// enough to run on every keystroke.
import type { Adapter, FieldLocator } from '../../shared/adapters/schema';
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
  /**
   * Reads the current values; re-resolves by itself when a located element left the page. With
   * `target` (an input event's element) only the fields read from that element are read again, the
   * others kept from the last read; an element no field was read from reads every field.
   */
  read(target?: EventTarget | null): PageRead;
}

/**
 * `o` with `id` set to `v` (removed when undefined), as a copy of it: a key deleted, or added one
 * by one, puts an object of a form's hundred fields into the engine's slow dictionary mode
 * (shared/case/snapshot.ts `compact`); a spread keeps it fast.
 */
function edit<T extends object>(o: T, id: string, v: unknown): T {
  if (v !== undefined) return { ...o, [id]: v };
  if (!(id in o)) return o;
  const { [id]: _, ...rest } = o as Record<string, unknown>;
  return rest as T;
}

/**
 * `labels`: the enum values' labels a page's Chinese label is read with (the wording's `values`,
 * which the background sends; this folder does not import the wording).
 */
export function createPageReader(doc: Document, adapter: Adapter, labels?: EnumLabels): PageReader {
  const entries = Object.entries(adapter.fields);
  const wanted = wantedLabels(entries.map(([, l]) => l));
  let located = new Map<string, Located>();
  /** The element each field is read from (a radio group: each of its buttons) → those fields. */
  let byElement = new Map<Element, string[]>();
  /** Where each field was found and which are missing: the same objects from one resolve to the next. */
  let elements = new Map<string, Element>();
  let missing: string[] = [];
  /** Each field's last raw text and what it converted to: a field that did not change is not parsed again. */
  const converted = new Map<string, { key: string; out: Converted }>();
  /** The last read, returned again (its values, read and issues the same objects) while nothing changed. */
  let last: PageRead | null = null;

  function resolve() {
    const labels = buildLabelIndex(doc, wanted);
    located = new Map();
    byElement = new Map();
    elements = new Map();
    missing = [];
    for (const [id, locator] of entries) {
      const loc = locateField(doc, locator, labels);
      if (!loc) {
        missing.push(id);
        continue;
      }
      located.set(id, loc);
      elements.set(id, loc.element);
      for (const el of loc.group ?? [loc.element]) byElement.set(el, [...(byElement.get(el) ?? []), id]);
    }
    last = null;
  }

  /** Reads a field's raw value again; true when it changed since the last read. */
  function reread(id: string, locator: FieldLocator): boolean {
    const r = readRaw(located.get(id)!, locator.read);
    const key = `${r.texts.join('\0')}\0${r.checked}`;
    const c = converted.get(id);
    if (c?.key === key) return false;
    converted.set(id, { key, out: convert(r, locator, FIELD_MAP.get(id)?.type) });
    return true;
  }

  function read(target?: EventTarget | null): PageRead {
    // An input on a located element, nothing re-resolved since the last read: that element's fields only.
    const only = last && byElement.get(target as Element);
    if (only && only.every((id) => located.get(id)!.element.isConnected)) {
      if (!only.map((id) => reread(id, adapter.fields[id])).includes(true)) return last!;
    } else {
      for (const loc of located.values()) {
        if (!loc.element.isConnected) {
          resolve();
          break;
        }
      }
      let same = last !== null;
      for (const [id, locator] of entries) if (located.has(id) && reread(id, locator)) same = false;
      // Nothing the page shows changed (a poll, a keystroke that left the value as it was): the same read.
      if (same) return last!;
    }
    // The registry's own reader has the last word on types, ranges and enum values. It reads the
    // page's text it could not convert too (for the engine), once; the panel's issues and
    // `snapshot` are about the converted values.
    const out = (id: string) => converted.get(id)!.out;
    /** What the engine gets: the converted value, or the page's text where it could not be converted. */
    const text = (id: string) => out(id).issue?.value ?? out(id).value;
    /** Read as converted (no issue, filled in): in `snapshot`, and its range issue is the panel's. */
    const ok = (id: string) => !out(id).issue && out(id).value !== undefined;
    let values: Record<string, unknown> = {};
    let snapshot: Record<string, unknown> = {};
    let read: ReadSnapshot;
    const one = last && only;
    if (one) {
      // The registry reads each field by itself: the input's fields are read, and put into copies
      // of the last read (as mergeCaseReads would, keys in place). The read's object is the
      // registry's own (readCaseSnapshot's), so the engine takes it as it is.
      for (const id of one) values[id] = text(id);
      read = readCaseSnapshot(values, labels);
      values = last!.values;
      snapshot = last!.snapshot;
      let engine = last!.read.snapshot as Record<string, unknown>;
      for (const id of one) {
        const v = (read.snapshot as Record<string, unknown>)[id];
        values = edit(values, id, text(id));
        engine = edit(engine, id, v);
        snapshot = edit(snapshot, id, ok(id) ? v : undefined);
      }
      Object.assign(read, { snapshot: engine, issues: [...last!.read.issues.filter((i) => !one.includes(i.field)), ...read.issues] });
    } else {
      for (const id of elements.keys()) if (text(id) !== undefined) values[id] = text(id);
      read = readCaseSnapshot(values, labels);
      for (const [k, v] of Object.entries(read.snapshot)) if (ok(k)) snapshot[k] = v;
    }
    // In the page's order: what could not be converted, then what the registry refused.
    const issues: ReadIssue[] = [];
    for (const id of elements.keys()) {
      const { issue } = out(id);
      if (issue) issues.push({ field: id, ...issue });
    }
    const found = new Map(read.issues.map((i) => [i.field, i]));
    for (const id of elements.keys()) {
      const i = found.get(id);
      if (i && ok(id)) issues.push({ field: id, code: i.code, ...(i.value === undefined ? {} : { value: String(out(id).value) }) });
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
