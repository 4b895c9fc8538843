// Finds the element a case field is shown in, through an adapter locator: a visible label, a CSS
// selector or a form-control name. Read-only: nothing here touches the host page.
import { anchorKind, anchorValue, type Anchor } from '../../shared/adapters/anchors';
import type { FieldLocator } from '../../shared/adapters/schema';

const CONTROL_SELECTOR = 'input:not([type=hidden]):not([type=button]):not([type=submit]):not([type=reset]):not([type=image]), select, textarea';
const SKIP_TEXT = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'OPTION', 'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
/** Elements that may carry a field's label text. */
const LABEL_CANDIDATES = 'label, th, td, dt, span, div, b, strong, font, p, legend';

export type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export function isControl(el: Element): el is FormControl {
  return el.matches(CONTROL_SELECTOR);
}

/**
 * Label text as a user reads it, normalised for comparison: all white space removed (forms pad
 * labels like `姓\u3000\u3000名`), colons `:` `：` and a leading required mark `*` trimmed.
 *
 * @example normalizeLabel(' *受理 日期： ') // '受理日期'
 */
export function normalizeLabel(text: string): string {
  return text
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/^[*＊]+/, '')
    .replace(/^[:：]+|[:：]+$/g, '');
}

/** The text of an element without the text of controls inside it (a wrapping label's select options). */
export function ownText(el: Element): string {
  let out = '';
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1 && !SKIP_TEXT.has((c as Element).tagName) && !(c as Element).hasAttribute('hidden')) walk(c);
    }
  };
  walk(el);
  return out;
}

function firstControl(el: Element): FormControl | null {
  if (isControl(el)) return el;
  return el.querySelector<FormControl>(CONTROL_SELECTOR);
}

/**
 * What a label element points at:
 * - `<label for=id>` → the element with that id;
 * - a label (or a cell, a `div`) wrapping a control → that control;
 * - a table cell → the next cell in the row (the value cell's nearest preceding label cell is this
 *   one): its control, or the cell itself when it only shows text;
 * - `<dt>` → its `<dd>`;
 * - otherwise the next sibling element when it is, or holds, a control.
 */
function target(labelEl: Element, loose = false): Element | null {
  const doc = labelEl.ownerDocument;
  if (labelEl.tagName === 'LABEL') {
    const htmlFor = labelEl.getAttribute('for');
    if (htmlFor) return doc.getElementById(htmlFor);
  }
  const inner = labelEl.querySelector(CONTROL_SELECTOR);
  if (inner) return inner;
  if (labelEl.tagName === 'TD' || labelEl.tagName === 'TH') {
    const next = labelEl.nextElementSibling;
    if (next && (next.tagName === 'TD' || next.tagName === 'TH')) return firstControl(next) ?? (loose ? innermost(next) : next);
    return null;
  }
  if (labelEl.tagName === 'DT') {
    const dd = labelEl.nextElementSibling;
    return dd && dd.tagName === 'DD' ? (firstControl(dd) ?? dd) : null;
  }
  const next = labelEl.nextElementSibling;
  if (!next) return null;
  // v2 (loose): a grid-style form's label cell (`div`, `span`) before a read-only value cell.
  return firstControl(next) ?? (loose && next.tagName !== 'BUTTON' && next.textContent?.trim() ? innermost(next) : null);
}

/**
 * The element that holds a value cell's text: down through wrappers with one child element and no
 * text of their own (`<div class=val><span>2025.09.08</span></div>` → the span).
 */
export function innermost(el: Element): Element {
  let n = el;
  while (n.children.length === 1 && [...n.childNodes].every((c) => c.nodeType !== 3 || !(c.nodeValue ?? '').trim())) n = n.children[0];
  return n;
}

/** Normalised label text → candidate label elements, in document order; built once per resolve. */
export type LabelIndex = Map<string, Element[]>;

export function buildLabelIndex(root: ParentNode, wanted: ReadonlySet<string>): LabelIndex {
  const index: LabelIndex = new Map();
  if (wanted.size === 0) return index;
  let maxLen = 0;
  for (const w of wanted) maxLen = Math.max(maxLen, w.length);
  for (const el of root.querySelectorAll(LABEL_CANDIDATES)) {
    // Cheap filter before walking: a label is short text.
    const raw = el.textContent ?? '';
    if (raw.length === 0 || raw.length > maxLen * 4 + 40) continue;
    const key = normalizeLabel(ownText(el));
    if (!wanted.has(key)) continue;
    const list = index.get(key);
    if (list) list.push(el);
    else index.set(key, [el]);
  }
  return index;
}

/** All controls sharing a name (a radio group), or the single control / element found. */
export interface Located {
  element: Element;
  /** Radio buttons of a group, when the field is one. */
  group?: HTMLInputElement[];
}

function radioGroup(el: Element): HTMLInputElement[] | undefined {
  // tagName, not instanceof: elements of another frame have another realm's constructors.
  if (el.tagName !== 'INPUT' || (el as HTMLInputElement).type !== 'radio' || !(el as HTMLInputElement).name) return undefined;
  const input = el as HTMLInputElement;
  const scope: ParentNode = input.form ?? el.ownerDocument;
  const group = [...scope.querySelectorAll<HTMLInputElement>('input[type=radio]')].filter((r) => r.name === input.name);
  return group.length > 1 ? group : undefined;
}

function located(el: Element | null): Located | null {
  if (!el) return null;
  const group = radioGroup(el);
  return group ? { element: group[group.length - 1], group } : { element: el };
}

/** Finds the element of one field; null when the page does not show it. */
export function locate(root: Document, locator: FieldLocator, labels: LabelIndex): Located | null {
  if (locator.selector !== undefined) {
    let el: Element | null;
    try {
      el = root.querySelector(locator.selector);
    } catch {
      return null; // an invalid selector in a user's adapter is a missing field, not a crash
    }
    if (!el) return null;
    if (el.tagName === 'LABEL') return located(target(el));
    return located(isControl(el) ? el : (firstControl(el) ?? el));
  }
  if (locator.name !== undefined) {
    const named = [...root.getElementsByName(locator.name)].filter((e) => isControl(e));
    return located(named[0] ?? null);
  }
  if (locator.label !== undefined) {
    const candidates = labels.get(normalizeLabel(locator.label)) ?? [];
    let textOnly: Element | null = null;
    for (const c of candidates) {
      const t = target(c);
      if (!t) continue;
      if (isControl(t)) return located(t);
      textOnly ??= t;
    }
    return located(textOnly);
  }
  return null;
}

// ── format v2: anchors in fallback order, frame chain, section ─────────────────────────────────

/**
 * True when this window is the frame a field's `frame` chain names: the chain lists, from the top
 * page down, a selector of each frame element on the way. No chain: every frame. A frame whose
 * parent it cannot see (another origin) does not match a chain.
 */
export function frameMatches(win: Window, chain: readonly string[] | undefined): boolean {
  if (!chain || chain.length === 0) return true;
  const path: Element[] = [];
  let w: Window = win;
  try {
    while (w !== w.parent) {
      const fe = w.frameElement;
      if (!fe) return false;
      path.unshift(fe);
      w = w.parent;
    }
  } catch {
    return false;
  }
  if (path.length !== chain.length) return false;
  return path.every((fe, i) => {
    try {
      return fe.matches(chain[i]);
    } catch {
      return false;
    }
  });
}

/** The section a v2 field is looked for in (`within`), the document without one; null when absent. */
export function scopeOf(doc: Document, within: string | undefined): ParentNode | null {
  if (within === undefined) return doc;
  try {
    return doc.querySelector(within);
  } catch {
    return null;
  }
}

function inScope(scope: ParentNode, el: Element): boolean {
  return scope === el.ownerDocument || (scope as Node).contains(el);
}

function quoteAttr(v: string): string {
  return `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * Every distinct field element an anchor finds in the scope (a radio group counts once). The
 * caller takes the anchor only when this is exactly one.
 */
export function anchorMatches(doc: Document, scope: ParentNode, anchor: Anchor, labels: LabelIndex): Located[] {
  let found: Element[] = [];
  const value = anchorValue(anchor);
  try {
    switch (anchorKind(anchor)) {
      case 'label':
        for (const c of labels.get(normalizeLabel(value)) ?? []) {
          if (!inScope(scope, c)) continue;
          const t = target(c, true);
          if (t) found.push(t);
        }
        break;
      case 'name':
        found = [...scope.querySelectorAll(`[name=${quoteAttr(value)}]`)].filter((e) => isControl(e));
        break;
      case 'id':
        found = [...scope.querySelectorAll(`[id=${quoteAttr(value)}]`)].map((e) => (isControl(e) ? e : (firstControl(e) ?? e)));
        break;
      case 'aria': {
        const want = normalizeLabel(value);
        found = [...scope.querySelectorAll('[aria-label]')].filter((e) => normalizeLabel(e.getAttribute('aria-label') ?? '') === want);
        break;
      }
      case 'selector':
        found = [...scope.querySelectorAll(value)].map((e) => (e.tagName === 'LABEL' ? target(e, true) : isControl(e) ? e : (firstControl(e) ?? e))).filter((e): e is Element => e !== null);
        break;
    }
  } catch {
    return []; // an invalid selector in a user's adapter finds nothing; it never throws into the page
  }
  const out: Located[] = [];
  const seen = new Set<Element>();
  for (const el of found) {
    const loc = located(el)!;
    if (seen.has(loc.element)) continue;
    seen.add(loc.element);
    out.push(loc);
  }
  return out;
}

/** Which anchor found a v2 field, and how many elements each anchor matched on the way. */
export interface AnchorTrial {
  anchor: Anchor;
  count: number;
}

/**
 * Finds a field: v1 locators as before (first match); v2 anchors in order, the first that matches
 * exactly one element (an anchor matching none or several is skipped). `trials` receives the count
 * of each anchor tried.
 */
export function locateField(doc: Document, locator: FieldLocator, labels: LabelIndex, trials?: AnchorTrial[]): Located | null {
  if (!locator.anchors) return locate(doc, locator, labels);
  if (!frameMatches(doc.defaultView ?? window, locator.frame)) return null;
  const scope = scopeOf(doc, locator.within);
  if (!scope) return null;
  for (const anchor of locator.anchors) {
    const hits = anchorMatches(doc, scope, anchor as Anchor, labels);
    trials?.push({ anchor: anchor as Anchor, count: hits.length });
    if (hits.length === 1) return hits[0];
  }
  return null;
}

/** Normalised label texts an adapter's fields look for (v1 labels and v2 label anchors). */
export function wantedLabels(fields: readonly FieldLocator[]): Set<string> {
  const out = new Set<string>();
  for (const f of fields) {
    if (f.label !== undefined) out.add(normalizeLabel(f.label));
    for (const a of f.anchors ?? []) if ('label' in a && a.label !== undefined) out.add(normalizeLabel(a.label));
  }
  return out;
}
