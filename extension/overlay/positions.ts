// Keeps each field's group of lights beside its field, in the overlay layer (position: fixed), as
// the page scrolls, resizes or re-lays out. Reads every rectangle first, then writes every
// position, so one update costs one layout. Never touches the host page's elements. A checkbox's or
// radio's lights go after its label text (anchor-rect.ts), never on it.
// Only what moved is measured: a group that is new, a field or group whose size changed (both
// reported by a ResizeObserver, after the frame's layout, so the commit forces no layout),
// everything on scroll, resize, a change of the page's size or its DOM (`schedule`). An input that
// changes no light measures nothing. Without ResizeObserver, new and re-rendered groups are
// measured after the commit (`flush`).
import { anchorBox, type Box } from './anchor-rect';

import type { PositionTracker } from '../models/overlay';

export type { PositionTracker };

interface Entry {
  group: HTMLElement;
  anchor: Element;
  /** What was last written (its left and top, or '' while hidden): an unchanged group is not written again. */
  at?: string;
}

const GAP = 4;

export function createPositionTracker(win: Window, signal: AbortSignal): PositionTracker {
  const entries = new Map<string, Entry>();
  /** Fields whose group must be measured at the next flush. */
  const dirty = new Set<string>();
  const fieldOf = new Map<Element, string>();
  let clippers = new WeakMap<Element, Element[]>();
  let frame = 0;
  let microtask = false;
  const RO = (win as Window & { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
  // A field or group changing size: measure that one; the page's root changing size: measure all.
  const sizes = RO ? new RO((list) => {
    for (const r of list) {
      if (r.target === win.document.documentElement) {
        schedule();
        continue;
      }
      const field = fieldOf.get(r.target);
      if (field !== undefined) dirty.add(field);
    }
    flush();
  }) : null;
  if (sizes && win.document.documentElement) sizes.observe(win.document.documentElement);

  /** Ancestors that clip their content (inner scroll containers), so a light hides with its field. */
  function clippingAncestors(el: Element): Element[] {
    let list = clippers.get(el);
    if (list) return list;
    list = [];
    for (let p = el.parentElement; p && p !== win.document.body && p !== win.document.documentElement; p = p.parentElement) {
      const style = win.getComputedStyle(p);
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible') list.push(p);
    }
    clippers.set(el, list);
    return list;
  }

  function update() {
    if (frame !== 0) win.cancelAnimationFrame(frame);
    frame = 0;
    dirty.clear();
    place(entries.values());
  }

  /** Measures and places the groups marked dirty (new, re-rendered or resized) only. */
  function flush() {
    if (dirty.size === 0) return;
    const list: Entry[] = [];
    for (const f of dirty) {
      const e = entries.get(f);
      if (e) list.push(e);
    }
    dirty.clear();
    place(list);
  }

  function place(list: Iterable<Entry>) {
    const vw = win.innerWidth;
    const vh = win.innerHeight;
    const rects: [Entry, Box | null, number, number][] = [];
    for (const e of list) {
      const r = e.anchor.getBoundingClientRect();
      let visible = e.anchor.isConnected && (r.width > 0 || r.height > 0) && r.bottom >= 0 && r.top <= vh;
      if (visible) {
        for (const c of clippingAncestors(e.anchor)) {
          const cr = c.getBoundingClientRect();
          if (r.bottom <= cr.top || r.top >= cr.bottom || r.right <= cr.left || r.left >= cr.right) {
            visible = false;
            break;
          }
        }
      }
      rects.push([e, visible ? anchorBox(e.anchor, r) : null, 0, 0]);
    }
    // Groups beside a field out of view are not rendered at all (display: none), so a form of
    // hundreds of fields costs each frame's style, layout and paint only the groups in view. Those
    // coming into view are shown first, then measured together (one layout of the overlay).
    for (const [e, r] of rects) if (r && !e.at) e.group.style.display = '';
    for (const x of rects) if (x[1]) [x[2], x[3]] = [x[0].group.offsetWidth, x[0].group.offsetHeight];
    // Writes only what changed: a group that stays put (or stays hidden) costs no style work.
    for (const [e, r, width, height] of rects) {
      if (!r) {
        if (e.at !== '') e.group.style.display = 'none';
        e.at = '';
        continue;
      }
      // Beside the field; inside its right end when the viewport has no room to the right.
      let x = r.right + GAP;
      if (x + width > vw) x = Math.max(0, r.right - width - GAP);
      const y = r.top + Math.max(0, (r.height - height) / 2);
      const left = `${Math.round(x)}px`;
      const top = `${Math.round(y)}px`;
      const at = `${left} ${top}`;
      if (e.at === at) continue;
      // left/top, not a transform: a transform per group gives the compositor a paint chunk of its
      // own to layerize for each of a form's hundreds of groups, on every frame.
      e.group.style.left = left;
      e.group.style.top = top;
      if (!e.at) e.group.style.visibility = 'visible';
      e.at = at;
    }
  }

  function schedule() {
    if (frame !== 0 || signal.aborted) return;
    frame = win.requestAnimationFrame(update);
  }

  const opts = { capture: true, passive: true, signal } as const;
  // Capture catches scrolling of inner containers too (scroll does not bubble).
  win.addEventListener('scroll', schedule, opts);
  win.addEventListener('resize', schedule, opts);
  signal.addEventListener('abort', () => {
    if (frame !== 0) win.cancelAnimationFrame(frame);
    sizes?.disconnect();
    entries.clear();
  });

  function forget(field: string) {
    const old = entries.get(field);
    if (!old) return;
    entries.delete(field);
    fieldOf.delete(old.anchor);
    fieldOf.delete(old.group);
    sizes?.unobserve(old.anchor);
    sizes?.unobserve(old.group);
  }

  return {
    set(field, group, anchor) {
      const old = entries.get(field);
      if (old && old.group === group && old.anchor === anchor) return;
      forget(field);
      if (!group || !anchor) return;
      entries.set(field, { group, anchor });
      fieldOf.set(anchor, field);
      fieldOf.set(group, field);
      if (sizes) {
        // The observer's first callback for a new element comes in this frame, after layout: the
        // group is placed then, without forcing a layout in the middle of the commit.
        sizes.observe(anchor);
        sizes.observe(group);
      } else dirty.add(field);
    },
    touch(field) {
      // A group that rendered again moves only if its size changed, which the observer reports.
      if (!sizes) dirty.add(field);
    },
    flush,
    flushSoon() {
      if (microtask) return;
      microtask = true;
      queueMicrotask(() => {
        microtask = false;
        flush();
      });
    },
    update,
    schedule,
    invalidate() {
      clippers = new WeakMap();
    },
  };
}
