// Where a field's lights go: beside the field, and for a checkbox or a radio button after its label
// text (a light beside the box itself would sit on the words 「无法通知…」). For a radio group (是/否)
// the lights follow the last option's text. Reads layout only; never touches the host page.

export interface Box { left: number; top: number; right: number; bottom: number; width: number; height: number }

function union(a: Box, b: Box): Box {
  const left = Math.min(a.left, b.left);
  const top = Math.min(a.top, b.top);
  const right = Math.max(a.right, b.right);
  const bottom = Math.max(a.bottom, b.bottom);
  return { left, top, right, bottom, width: right - left, height: bottom - top };
}

/** The element whose contents are the choice and its words: its <label>, else the smallest ancestor holding every option of its group. */
function choiceContainer(input: HTMLInputElement): Element | null {
  const label = input.closest('label') ?? input.labels?.[0] ?? null;
  if (input.type === 'checkbox') return label ?? input.parentElement;
  const name = input.name;
  let el: Element | null = input.parentElement;
  for (let i = 0; el && i < 3; i++, el = el.parentElement) {
    const options = name ? el.querySelectorAll(`input[type="radio"][name="${CSS.escape(name)}"]`).length : 1;
    const all = name ? input.ownerDocument.querySelectorAll(`input[type="radio"][name="${CSS.escape(name)}"]`).length : 1;
    if (options >= all) return el;
  }
  return label ?? input.parentElement;
}

/** The rectangle the lights go beside (their left edge at its right end); `r`: the anchor's rectangle when already read. */
export function anchorBox(anchor: Element, r: DOMRectReadOnly = anchor.getBoundingClientRect()): Box {
  const own: Box = { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
  if (!(anchor instanceof HTMLInputElement) || (anchor.type !== 'checkbox' && anchor.type !== 'radio')) return own;
  const container = choiceContainer(anchor);
  if (!container) return own;
  const range = anchor.ownerDocument.createRange();
  range.selectNodeContents(container);
  const words = range.getBoundingClientRect();
  if (words.width === 0 && words.height === 0) return own;
  // Keep the field's own line: the words' right end, the box's vertical place.
  const u = union(own, { left: words.left, top: words.top, right: words.right, bottom: words.bottom, width: words.width, height: words.height });
  return { ...u, top: own.top, bottom: own.bottom, height: own.height };
}
