// Finds the element a case field is shown in, through an adapter locator: a visible label, a CSS
// selector or a form-control name. Read-only: nothing here touches the host page.
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
function target(labelEl: Element): Element | null {
  const doc = labelEl.ownerDocument;
  if (labelEl.tagName === 'LABEL') {
    const htmlFor = labelEl.getAttribute('for');
    if (htmlFor) return doc.getElementById(htmlFor);
  }
  const inner = labelEl.querySelector(CONTROL_SELECTOR);
  if (inner) return inner;
  if (labelEl.tagName === 'TD' || labelEl.tagName === 'TH') {
    const next = labelEl.nextElementSibling;
    if (next && (next.tagName === 'TD' || next.tagName === 'TH')) return firstControl(next) ?? next;
    return null;
  }
  if (labelEl.tagName === 'DT') {
    const dd = labelEl.nextElementSibling;
    return dd && dd.tagName === 'DD' ? (firstControl(dd) ?? dd) : null;
  }
  const next = labelEl.nextElementSibling;
  return next ? firstControl(next) : null;
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
