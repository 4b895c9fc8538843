// The studio's picker, injected on demand into every frame of the mapped tab
// (chrome.scripting.executeScript, allFrames). While armed it outlines the element under the
// pointer and reports a click to the studio instead of letting the page have it: the click,
// mousedown and the rest never reach the page, so no checkbox toggles and no select opens. It
// draws its outlines in a closed shadow root of its own, never touches the page's elements, and
// `dispose()` removes every listener and everything it drew.
import type { Adapter } from '../../shared/adapters/schema';
import { FIELD_MAP } from '../../shared/case/fields';
import { fieldLabel } from '../../shared/case/field-text';
import { fieldElementOf, frameChainOf, labelTextFor, proposeAnchors } from '../page/anchors';
import { buildLabelIndex, frameMatches, isControl, locateField, ownText, wantedLabels, type AnchorTrial } from '../page/locate';
import { convert, readRaw } from '../page/read';
import type { Pick } from './draft';

/** Per field, what this frame finds for a draft adapter (the studio merges frames). */
export interface FrameProbe {
  frame?: string[];
  url: string;
  fields: Record<string, { found: boolean; trials: AnchorTrial[]; text?: string; value?: unknown; issue?: string }>;
}

export interface PickerApi {
  arm(): void;
  disarm(): void;
  /** Outlines the draft's fields this frame shows and says what it reads from each. */
  probe(adapter: Adapter | null): FrameProbe;
  dispose(): void;
  /** Listeners currently attached to the page (0 after dispose; the e2e test reads it). */
  listeners(): number;
}

export const PICKER_GLOBAL = '__caselightStudioPicker';
/** runtime port name: the picker's line to the studio page; its disconnect disposes the picker. */
export const STUDIO_PORT = 'caselight-studio';
const BLOCKED = ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'dblclick', 'auxclick', 'contextmenu'] as const;

function squash(s: string): string {
  return s.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/** What the studio needs to know about a clicked element. */
export function describePick(doc: Document, clicked: Element): Pick {
  const el = fieldElementOf(clicked);
  const loc = { element: el };
  const raw = readRaw(loc);
  const tag = el.tagName.toLowerCase();
  const pick: Pick = {
    url: doc.location.href,
    tag,
    anchors: proposeAnchors(doc, el),
    texts: raw.texts,
    readHint: isControl(el) ? (tag === 'select' ? 'selectText' : undefined) : 'text',
  };
  const frame = frameChainOf(doc.defaultView ?? window);
  if (frame) pick.frame = frame;
  const label = labelTextFor(el);
  if (label) pick.label = label;
  if (tag === 'input') pick.inputType = (el as HTMLInputElement).type;
  if (raw.checked !== undefined) pick.checked = raw.checked;
  if (tag === 'select') {
    pick.options = [...(el as HTMLSelectElement).options].filter((o) => o.value !== '').map((o) => squash(o.text));
  }
  if (pick.readHint === 'text') pick.texts = [squash(ownText(el))].filter((t) => t !== '');
  return pick;
}

export function createPicker(win: Window, onPick: (pick: Pick) => void): PickerApi {
  const doc = win.document;
  const host = doc.createElement('caselight-studio');
  const shadow = host.attachShadow({ mode: 'closed' });
  shadow.innerHTML = '<style>:host{all:initial}.box{position:fixed;pointer-events:none;z-index:2147483646;box-sizing:border-box;border:2px solid #1a73e8;background:rgba(26,115,232,.08);border-radius:3px}.box.mapped{border:2px dashed #188038;background:rgba(24,128,56,.08)}.box.hover{border-color:#e37400;background:rgba(227,116,0,.10)}.tag{position:absolute;top:-18px;left:-2px;font:12px/16px system-ui,"Noto Sans CJK SC",sans-serif;background:#188038;color:#fff;padding:0 4px;border-radius:3px;white-space:nowrap}</style><div data-layer></div>';
  const layer = shadow.querySelector<HTMLElement>('[data-layer]')!;
  const hoverBox = doc.createElement('div');
  hoverBox.className = 'box hover';
  hoverBox.hidden = true;
  shadow.append(hoverBox);
  let attached = false;
  let armed = false;
  let count = 0;
  const marks: { el: Element; box: HTMLElement }[] = [];
  const removers: (() => void)[] = [];

  function listen<K extends string>(target: EventTarget, type: K, fn: (e: Event) => void) {
    target.addEventListener(type, fn, true);
    count++;
    removers.push(() => {
      target.removeEventListener(type, fn, true);
      count--;
    });
  }

  function attach() {
    if (!attached) (doc.body ?? doc.documentElement).append(host);
    attached = true;
  }

  function place(box: HTMLElement, el: Element) {
    const r = el.getBoundingClientRect();
    box.style.left = `${r.left - 2}px`;
    box.style.top = `${r.top - 2}px`;
    box.style.width = `${r.width + 4}px`;
    box.style.height = `${r.height + 4}px`;
    box.hidden = r.width === 0 && r.height === 0;
  }

  function isOurs(e: Event): boolean {
    return e.composedPath().includes(host);
  }

  const onMove = (e: Event) => {
    if (!armed || isOurs(e)) return;
    const t = e.target as Element | null;
    if (!t || t.nodeType !== 1) return;
    place(hoverBox, fieldElementOf(t));
  };
  const block = (e: Event) => {
    if (!armed || isOurs(e)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    if (e.type === 'click' && e.isTrusted) {
      const t = e.target as Element | null;
      if (t && t.nodeType === 1) onPick(describePick(doc, t));
    }
  };
  const reposition = () => {
    for (const m of marks) place(m.box, m.el);
  };

  function arm() {
    if (armed) return;
    attach();
    armed = true;
    listen(doc, 'mousemove', onMove);
    for (const type of BLOCKED) listen(doc, type, block);
    // Keys would type into the field the click would have focused; the picker keeps the page still.
    listen(win, 'scroll', reposition);
    listen(win, 'resize', reposition);
  }

  function disarm() {
    armed = false;
    hoverBox.hidden = true;
    while (removers.length > 0) removers.pop()!();
    if (marks.length > 0) {
      // Outlines of mapped fields stay; keep them in place.
      listen(win, 'scroll', reposition);
      listen(win, 'resize', reposition);
    }
  }

  function probe(adapter: Adapter | null): FrameProbe {
    const out: FrameProbe = { url: doc.location.href, fields: {} };
    const frame = frameChainOf(win);
    if (frame) out.frame = frame;
    layer.replaceChildren();
    marks.length = 0;
    if (!adapter) return out;
    const entries = Object.entries(adapter.fields);
    const labels = buildLabelIndex(doc, wantedLabels(entries.map(([, l]) => l)));
    for (const [id, locator] of entries) {
      if (locator.anchors && !frameMatches(win, locator.frame)) continue;
      const trials: AnchorTrial[] = [];
      const loc = locateField(doc, locator, labels, trials);
      if (!loc) {
        if (trials.length > 0) out.fields[id] = { found: false, trials };
        continue;
      }
      const raw = readRaw(loc, locator.read);
      const { value, issue } = convert(raw, locator, FIELD_MAP.get(id)?.type);
      out.fields[id] = {
        found: true, trials,
        ...(raw.texts[0] !== undefined ? { text: raw.texts[0] } : raw.checked !== undefined ? { text: raw.checked ? '☑' : '☐' } : {}),
        ...(value !== undefined ? { value } : {}),
        ...(issue ? { issue: issue.code } : {}),
      };
      attach();
      const box = doc.createElement('div');
      box.className = 'box mapped';
      box.dataset.field = id;
      const tag = doc.createElement('span');
      tag.className = 'tag';
      tag.textContent = fieldLabel(id).zh; // text, never HTML
      box.append(tag);
      layer.append(box);
      place(box, loc.element);
      marks.push({ el: loc.element, box });
    }
    if (!armed && marks.length > 0 && removers.length === 0) {
      listen(win, 'scroll', reposition);
      listen(win, 'resize', reposition);
    }
    return out;
  }

  function dispose() {
    armed = false;
    while (removers.length > 0) removers.pop()!();
    marks.length = 0;
    host.remove();
    attached = false;
  }

  return { arm, disarm, probe, dispose, listeners: () => count };
}
