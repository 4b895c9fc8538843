// UI state of the overlay that is not the case itself: which card is open, where the panel sits,
// which adapter and frame role this frame has. Plus the pure placement rule for the panel.
import { signal } from '@preact/signals';
import type { Finding } from '../../shared/engine';

export type Corner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';
export const CORNERS: readonly Corner[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left'];

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const MARGIN = 8;

/** The rectangle the panel would take in a corner of the viewport. */
export function panelRect(corner: Corner, size: { width: number; height: number }, viewport: { width: number; height: number }): Rect {
  const left = corner.endsWith('left') ? MARGIN : viewport.width - MARGIN - size.width;
  const top = corner.startsWith('top') ? MARGIN : viewport.height - MARGIN - size.height;
  return { left, top, right: left + size.width, bottom: top + size.height };
}

function overlaps(a: Rect, b: Rect, pad = 4): boolean {
  return a.left < b.right + pad && b.left < a.right + pad && a.top < b.bottom + pad && b.top < a.bottom + pad;
}

export interface Placement {
  corner: Corner;
  /** True when no corner leaves the field free at full size: the panel shrinks to its header. */
  shrink: boolean;
}

/**
 * Where the panel goes so it never covers the field being edited: the current corner if it is
 * clear, else the first clear corner, else shrunk to its header in the first corner that clears.
 *
 * @example placePanel('bottom-right', { left: 900, top: 700, right: 1100, bottom: 720 }, { width: 380, height: 300 }, { width: 1280, height: 800 })
 * // { corner: 'bottom-left', shrink: false }
 */
export function placePanel(
  current: Corner,
  focus: Rect | null,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  headerHeight = 32,
): Placement {
  if (!focus) return { corner: current, shrink: false };
  const order = [current, ...CORNERS.filter((c) => c !== current)];
  for (const c of order) if (!overlaps(panelRect(c, size, viewport), focus)) return { corner: c, shrink: false };
  const small = { width: Math.min(size.width, 200), height: headerHeight };
  for (const c of order) if (!overlaps(panelRect(c, small, viewport), focus)) return { corner: c, shrink: true };
  return { corner: current, shrink: true };
}

export interface AdapterInfo {
  id: string;
  name: string;
  training: boolean;
  /** field → the host form's tab it sits on (the adapter's optional per-field `tab`). */
  tabs?: Record<string, string>;
}

export function createOverlayModel() {
  return {
    /** The finding whose card is open, with the light's rectangle. */
    card: signal<{ finding: Finding; rect: Rect; pinned: boolean } | null>(null),
    /**
     * Collapsed to its header (counts and a button). Starts collapsed: a list over the form would
     * hide fields the user wants to click; the counts and the lights are there at a glance.
     */
    collapsed: signal(true),
    placement: signal<Placement>({ corner: 'bottom-right', shrink: false }),
    /** This frame draws the panel (the top frame, or the first frame reporting when the top has no adapter). */
    panelFrame: signal(window.top === window),
    adapter: signal<AdapterInfo | null>(null),
    trainingMode: signal(false),
    /** Element each field was read from, for this frame. */
    elements: signal<ReadonlyMap<string, Element>>(new Map()),
    checkedAt: signal<string | null>(null),
    frames: signal(1),
    /** Where the person dragged the collapsed counter to (viewport px); null: the placement's corner. */
    moved: signal<{ left: number; top: number } | null>(null),
    /** The field whose light flashes (the side panel's 定位). */
    flash: signal<string | null>(null),
  };
}

export type OverlayModel = ReturnType<typeof createOverlayModel>;

/** Keeps each field's light group beside its field (implemented by overlay/positions.ts). */
export interface PositionTracker {
  /** Sets (or with null clears) the light group drawn for a field's element. */
  set(field: string, group: HTMLElement | null, anchor?: Element): void;
  /** Repositions every group now. */
  update(): void;
  /** Repositions on the next animation frame (coalesced). */
  schedule(): void;
  /** Clears cached scroll containers (after the page's DOM changed). */
  invalidate(): void;
}
