// The overlay of one frame as a signals model. `createOverlayModel`: UI state that is not the case
// itself (which card is open, where the panel sits, this frame's role), plus the pure placement rule
// for the panel. `createCaseLightModel`: everything the content script knows, as inputs (settings,
// the frame's URL, whether the rule text is in place, other frames' merge) and what follows from
// them as `computed` (the adapter, the central rules and calendar, the engine inputs, the findings
// through FormCheckModel). overlay/caselight.tsx only wires the page's and the browser's events to
// the setters here.
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Adapter } from '../../shared/adapters/schema';
import { deserializeCalendar } from '../../shared/calendar/serialized';
import { withRuleConfigs } from '../../shared/engine/config';
import type { Finding } from '../../shared/engine';
import type { Rule } from '../../shared/rules/lib/types';
import { pickAdapter } from '../page/adapters';
import type { FrameMerge } from '../protocol';
import { isTraining, type PublicSettings } from '../settings';
import { createFormCheckModel, type Clock, type EngineInputs, type Evaluate } from './form-check';

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

/**
 * The panel's 检查于 time, to the minute: the check that runs every second (and on every input)
 * writes the same text within a minute, which changes no signal and re-renders nothing.
 */
export function checkedAtText(d: Date): string {
  return d.toTimeString().slice(0, 5);
}

export interface AdapterInfo {
  id: string;
  name: string;
  training: boolean;
  /** field → the host form's tab it sits on (the adapter's optional per-field `tab`). */
  tabs?: Record<string, string>;
}

/** field → tab of an adapter's fields that name one. */
export function adapterTabs(fields: Readonly<Record<string, object>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, f] of Object.entries(fields)) {
    const tab = (f as { tab?: unknown }).tab;
    if (typeof tab === 'string' && tab !== '') out[id] = tab;
  }
  return out;
}

/** Structural equality of JSON-like data (settings as the background sends them: a new object each push). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) if (!Object.hasOwn(b, k) || !sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}

/** A computed that keeps its previous value while the next one is `equal` to it, so its dependants do not re-run. */
export function stableComputed<T>(derive: () => T, equal: (a: T, b: T) => boolean, name?: string): ReadonlySignal<T> {
  let prev: { value: T } | null = null;
  return computed(() => {
    const next = derive();
    if (prev && equal(prev.value, next)) return prev.value;
    prev = { value: next };
    return next;
  }, name ? { name } : undefined);
}

export interface OverlayInputs {
  /** The adapter of this frame (createCaseLightModel derives it from the settings); a plain signal otherwise. */
  adapter?: ReadonlySignal<AdapterInfo | null>;
  trainingMode?: ReadonlySignal<boolean>;
  /** This frame is the top frame (it draws the panel until the background says otherwise); default: window.top === window. */
  topFrame?: boolean;
}

export function createOverlayModel(inputs: OverlayInputs = {}) {
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
    panelFrame: signal(inputs.topFrame ?? window.top === window),
    adapter: inputs.adapter ?? (signal<AdapterInfo | null>(null) as ReadonlySignal<AdapterInfo | null>),
    trainingMode: inputs.trainingMode ?? (signal(false) as ReadonlySignal<boolean>),
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
  /** Sets (or with null clears) the light group drawn for a field's element; a new group is measured at the next flush. */
  set(field: string, group: HTMLElement | null, anchor?: Element): void;
  /** Marks a field's group for measuring at the next flush (it re-rendered: its size may have changed). */
  touch(field: string): void;
  /** Measures and places the marked groups only (after a commit). */
  flush(): void;
  /** flush() in a microtask (a group that re-rendered on its own, after the commit). */
  flushSoon(): void;
  /** Repositions every group now. */
  update(): void;
  /** Repositions on the next animation frame (coalesced). */
  schedule(): void;
  /** Clears cached scroll containers (after the page's DOM changed). */
  invalidate(): void;
}

export interface CaseLightOptions {
  evaluate: Evaluate;
  clock: Clock;
  /** The rule registry central settings are applied to (withRuleConfigs of shared/engine/config.ts). */
  rules: readonly Rule[];
  /** The URL that decides the adapter (page/adapters.ts `frameUrl`). */
  url: string;
  /** This frame is the top frame (default: window.top === window). */
  topFrame?: boolean;
}

/**
 * The content script's state for one frame. Inputs are signals written by the setters; the rest is
 * computed, so a settings push that changes nothing recomputes nothing, and a change of the central
 * rules re-evaluates the findings without any caller asking.
 */
export function createCaseLightModel(options: CaseLightOptions) {
  /** The settings as last pushed by the background (null before the first answer). */
  const settings = signal<PublicSettings | null>(null);
  /** The rule text is in place (`rules/text`): nothing is chosen, evaluated or drawn before. */
  const textReady = signal(false);
  const url = signal(options.url);

  /** This frame's adapter: the first whose patterns cover the URL; the same object while it is equal. */
  const adapter = stableComputed<Adapter | null>(() => {
    const s = settings.value;
    return s && textReady.value ? pickAdapter(s.adapters.map((a) => a.adapter), url.value) : null;
  }, sameData, 'adapter');
  const adapterInfo = computed<AdapterInfo | null>(() => {
    const a = adapter.value;
    return a ? { id: a.id, name: a.name, training: a.training ?? false, tabs: adapterTabs(a.fields) } : null;
  }, { name: 'adapterInfo' });
  const trainingMode = computed(() => settings.value?.trainingMode ?? false, { name: 'trainingMode' });
  /** Findings here are training, never the ledger's (settings.ts `isTraining`, decided once). */
  const training = computed(() => isTraining({ adapter: adapter.value, trainingMode: trainingMode.value }), { name: 'training' });

  // Central configuration: the rules as the background resolved them (withRuleConfigs of
  // shared/engine/config.ts), the calendar rebuilt beside
  // Calendar in shared/calendar; each rebuilt only when its part of the settings changes.
  const centralRuleSettings = stableComputed(() => (textReady.value ? settings.value?.central?.configured : undefined), sameData, 'centralRuleSettings');
  // The calendar in force: the central one, else the bundled official one the background sends
  // (PublicSettings `calendar`; the checker bundles no holiday table).
  const centralCalendarData = stableComputed(() => (textReady.value ? settings.value?.central?.calendar ?? settings.value?.calendar : undefined), sameData, 'centralCalendarData');
  const centralRules = computed(() => {
    const r = centralRuleSettings.value;
    return r && Object.keys(r).length > 0 ? withRuleConfigs(options.rules, r) : undefined;
  }, { name: 'centralRules' });
  const centralCalendar = computed(() => {
    const c = centralCalendarData.value;
    return c ? deserializeCalendar(c) : undefined;
  }, { name: 'centralCalendar' });
  const engine = computed<EngineInputs>(() => ({ rules: centralRules.value, calendar: centralCalendar.value }), { name: 'engine' });

  const check = createFormCheckModel({ evaluate: options.evaluate, clock: options.clock, engine });
  const ui = createOverlayModel({ adapter: adapterInfo, trainingMode, ...(options.topFrame === undefined ? {} : { topFrame: options.topFrame }) });

  return {
    settings,
    textReady,
    url,
    adapter,
    training,
    centralRules,
    centralCalendar,
    engine,
    /** The case: read, merged, evaluated (FormCheckModel). */
    check,
    /** UI state (OverlayModel). */
    ui,
    setSettings(next: PublicSettings) {
      settings.value = next;
    },
    setTextReady() {
      textReady.value = true;
    },
    setUrl(next: string) {
      url.value = next;
    },
    /** What the background merged for this frame: other frames' values and findings, the panel role. */
    applyMerge(merge: FrameMerge) {
      check.setRemote(merge.remote);
      check.setOtherFindings(merge.others ?? []);
      ui.panelFrame.value = merge.panel;
      ui.frames.value = merge.frames;
    },
  };
}

export type CaseLightModel = ReturnType<typeof createCaseLightModel>;
