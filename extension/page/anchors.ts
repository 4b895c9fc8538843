// Proposing anchors for a page element (the adapter studio's picker): the ways the element could
// be found again on the next load, each with how many elements it matches now. Generated ids are
// never proposed; an anchor is usable only when it finds exactly this element. Read-only.
import { isGeneratedId, selectorUsesGeneratedId, type Anchor } from '../../shared/adapters/anchors';
import { anchorMatches, buildLabelIndex, innermost, isControl, normalizeLabel, ownText, scopeOf, type Located } from './locate';

const LABEL_MAX = 30;

export interface ProposedAnchor {
  anchor: Anchor;
  /** How many distinct field elements the anchor matches on the page now. */
  count: number;
  /** True when it matches exactly one element, and that is the picked one. */
  usable: boolean;
}

/**
 * The element a click on the page stands for: a control (an `option` stands for its `select`, a
 * label for what it labels), else the element clicked (a read-only value in a `span` or cell).
 */
export function fieldElementOf(clicked: Element): Element {
  const ctl = clicked.closest('select, textarea, input');
  if (ctl) return ctl;
  const label = clicked.closest('label');
  if (label) {
    const inner = label.querySelector('input, select, textarea');
    if (inner) return inner;
    const forId = label.getAttribute('for');
    const t = forId ? label.ownerDocument.getElementById(forId) : null;
    if (t) return t;
  }
  return innermost(clicked);
}

function shortText(el: Element | null): string | undefined {
  if (!el || el.querySelector('input, select, textarea')) return undefined;
  const t = normalizeLabel(ownText(el));
  return t !== '' && t.length <= LABEL_MAX ? t : undefined;
}

/**
 * The label a person reads for the element: its `<label>`, or the nearest short text before it —
 * the previous sibling, or the previous sibling of a cell holding it (a `th`/`td`, a `div`/`span`
 * label cell of a grid-style form), up to three levels up.
 */
export function labelTextFor(el: Element): string | undefined {
  const labels = isControl(el) ? (el as HTMLInputElement).labels : null;
  if (labels && labels.length > 0) {
    const t = shortText(labels[0]) ?? normalizeLabel(ownText(labels[0]));
    if (t && t.length <= LABEL_MAX) return t;
  }
  let node: Element | null = el;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    if (node.tagName === 'BODY' || node.tagName === 'FORM') break;
    const prev = node.previousElementSibling;
    const t = shortText(prev);
    if (t) return t;
    if (prev) break; // a sibling that holds a control or long text: no label at this level
  }
  return undefined;
}

function cssEscape(s: string): string {
  return s.replace(/[^\w\u00a0-\uffff-]/g, (c) => `\\${c}`);
}

/** A CSS path to the element that avoids generated ids: from the nearest ancestor with a stable id, by tag and position. */
export function stableSelector(el: Element): string {
  const parts: string[] = [];
  let node: Element | null = el;
  while (node && node.tagName !== 'HTML') {
    if (node.id && !isGeneratedId(node.id) && /^[A-Za-z][\w-]*$/.test(node.id)) {
      parts.unshift(`#${cssEscape(node.id)}`);
      break;
    }
    if (node.tagName === 'BODY') {
      parts.unshift('body');
      break;
    }
    const tag = node.tagName.toLowerCase();
    const name = node.getAttribute('name');
    if (name && !isGeneratedId(name) && node === el) {
      parts.unshift(`${tag}[name="${name.replace(/"/g, '\\"')}"]`);
    } else {
      const parent: Element | null = node.parentElement;
      const same = parent ? [...parent.children].filter((c) => c.tagName === node!.tagName) : [node];
      parts.unshift(same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(node) + 1})` : tag);
    }
    node = node.parentElement;
  }
  return parts.join(' > ');
}

function isThis(hits: Located[], el: Element): boolean {
  return hits.length === 1 && (hits[0].element === el || hits[0].group?.includes(el as HTMLInputElement) === true);
}

/**
 * Candidate anchors for the element, in the v2 fallback order (label, name, id, aria, selector),
 * each with its match count now. `within` limits the search as the field's `within` will.
 */
export function proposeAnchors(doc: Document, el: Element, within?: string): ProposedAnchor[] {
  const candidates: Anchor[] = [];
  const label = labelTextFor(el);
  if (label) candidates.push({ label });
  const name = el.getAttribute('name');
  if (name && isControl(el) && !isGeneratedId(name)) candidates.push({ name });
  if (el.id && !isGeneratedId(el.id)) candidates.push({ id: el.id });
  const aria = el.getAttribute('aria-label')?.trim();
  if (aria) candidates.push({ aria });
  const selector = stableSelector(el);
  if (!selectorUsesGeneratedId(selector)) candidates.push({ selector });
  const scope = scopeOf(doc, within) ?? doc;
  const labels = buildLabelIndex(doc, new Set(label ? [normalizeLabel(label)] : []));
  return candidates.map((anchor) => {
    const hits = anchorMatches(doc, scope, anchor, labels);
    return { anchor, count: hits.length, usable: isThis(hits, el) };
  });
}

/** The frame chain from the top page to this window: a selector of each frame element, or undefined at the top / across origins. */
export function frameChainOf(win: Window): string[] | undefined {
  const chain: string[] = [];
  let w = win;
  try {
    while (w !== w.parent) {
      const fe = w.frameElement;
      if (!fe) return undefined;
      const tag = fe.tagName.toLowerCase();
      const name = fe.getAttribute('name');
      const src = fe.getAttribute('src');
      chain.unshift(
        name && !isGeneratedId(name) ? `${tag}[name="${name}"]`
          : fe.id && !isGeneratedId(fe.id) ? `${tag}#${cssEscape(fe.id)}`
            : src && !/[?#]/.test(src) ? `${tag}[src="${src.replace(/"/g, '\\"')}"]` : stableSelector(fe),
      );
      w = w.parent;
    }
  } catch {
    return undefined;
  }
  return chain.length > 0 ? chain : undefined;
}
