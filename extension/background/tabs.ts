// Per-tab state in the background: each frame's latest report, and what the tab has shown of each
// case (so a tab of a single-page form that was switched away, or an iframe that went, still
// counts). Pure functions over plain data, so the worker can keep it in chrome.storage.session.
import type { FrameFindingRef } from '../finding-ref';
import { LIGHT_PALETTE, type Light } from '../../shared/light';
import type { FrameMerge, FrameReport, TabSummary } from '../protocol';

export interface TabState {
  url: string;
  frames: Record<string, FrameReport>;
  /** case number ('' when none is shown) → field → last value shown (null: shown empty). */
  memory: Record<string, Record<string, unknown>>;
}

export type TabsState = Record<string, TabState>;

const ORDER: Record<Light, number> = { red: 0, yellow: 1, grey: 2, green: 3 };

function caseOf(tab: TabState, report: FrameReport): string {
  if (report.caseNumber) return report.caseNumber;
  for (const f of Object.values(tab.frames)) if (f.caseNumber) return f.caseNumber;
  return '';
}

/** The stage the tab's frames read (the panel frame's first), ignoring `unknown`. */
function procedureOf(reports: readonly FrameReport[]): string | undefined {
  return reports.map((r) => r.procedure).find((p) => p !== undefined && p !== 'unknown');
}

/** The frame that draws the panel: the top frame when it has an adapter, else the lowest frame id. */
export function panelFrameId(tab: TabState): number | undefined {
  const ids = Object.entries(tab.frames)
    .filter(([, r]) => r.adapterId !== null)
    .map(([id]) => Number(id))
    .sort((a, b) => a - b);
  return ids[0];
}

/** What one frame should merge in: the case's memory minus the fields the frame shows itself. */
export function mergeFor(tab: TabState, frameId: number): FrameMerge {
  const own = tab.frames[frameId];
  const key = own ? caseOf(tab, own) : '';
  const remote: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(tab.memory[key] ?? {})) if (!own || !(field in own.values)) remote[field] = value;
  const frames = Object.values(tab.frames).filter((r) => r.adapterId !== null && caseOf(tab, r) === key).length;
  // The other frames' findings in tabSummary's order (the panel frame's first), once per occurrence.
  const others: FrameMerge['others'] = [];
  const seen = new Set<string>();
  for (const [, r] of reportsInOrder(tab)) {
    if (r === own) continue;
    for (const f of r.findings) {
      if (seen.has(f.occurrenceKey)) continue;
      seen.add(f.occurrenceKey);
      others.push({ occurrenceKey: f.occurrenceKey, light: f.light });
    }
  }
  return { remote, panel: panelFrameId(tab) === frameId, frames: Math.max(frames, 1), others };
}

/** The frames with an adapter, the panel frame first, then by frame id (the order tabSummary merges in). */
function reportsInOrder(tab: TabState): [string, FrameReport][] {
  const reports = Object.entries(tab.frames).filter(([, r]) => r.adapterId !== null);
  const panel = panelFrameId(tab);
  return reports.sort(([a], [b]) => (Number(a) === panel ? -1 : Number(b) === panel ? 1 : Number(a) - Number(b)));
}

function rememberFrames(frames: Record<string, FrameReport>): TabState['memory'] {
  const memory: TabState['memory'] = {};
  const tab: TabState = { url: '', frames, memory };
  for (const r of Object.values(frames)) if (r.adapterId !== null) memory[caseOf(tab, r)] = { ...memory[caseOf(tab, r)], ...r.values };
  return memory;
}

/**
 * Records a frame's report. The first report of a top frame (a new document) starts the tab's
 * memory afresh from the frames reporting now (an iframe of the new document may have reported
 * before its parent; frames of the old one said frame/gone on pagehide). Returns the new state,
 * the reporting frame's merge, and the other frames whose merge changed (to push to them).
 */
export function applyReport(state: TabsState, tabId: number, frameId: number, report: FrameReport, first: boolean) {
  const prev = state[tabId];
  const before = prev ? Object.fromEntries(Object.keys(prev.frames).map((id) => [id, JSON.stringify(mergeFor(prev, Number(id)))])) : {};
  const frames = { ...prev?.frames };
  delete frames[0];
  const fresh = frameId === 0 && first;
  const tab: TabState = fresh
    ? { url: report.url, frames, memory: {} }
    : { url: prev?.url ?? report.url, frames: { ...prev?.frames }, memory: { ...prev?.memory } };
  if (frameId === 0) tab.url = report.url;
  tab.frames[frameId] = report;
  // With the new top frame in place: iframes that reported before it and show no case number
  // (sub-forms two frames deep) belong to the case the top frame shows, not to "no case".
  if (fresh) tab.memory = rememberFrames(tab.frames);
  else if (report.adapterId !== null) {
    const key = caseOf(tab, report);
    tab.memory[key] = { ...tab.memory[key], ...report.values };
  }
  const next = { ...state, [tabId]: tab };
  const changed: [number, FrameMerge][] = [];
  for (const id of Object.keys(tab.frames)) {
    if (Number(id) === frameId) continue;
    const m = mergeFor(tab, Number(id));
    if (JSON.stringify(m) !== before[id]) changed.push([Number(id), m]);
  }
  return { state: next, merge: mergeFor(tab, frameId), changed };
}

export function removeFrame(state: TabsState, tabId: number, frameId: number) {
  const tab = state[tabId];
  if (!tab || !(frameId in tab.frames)) return { state, changed: [] as [number, FrameMerge][] };
  if (frameId === 0) {
    const next = { ...state };
    delete next[tabId];
    return { state: next, changed: [] as [number, FrameMerge][] };
  }
  const frames = { ...tab.frames };
  delete frames[frameId];
  const nextTab = { ...tab, frames };
  const changed = Object.keys(frames).map((id) => [Number(id), mergeFor(nextTab, Number(id))] as [number, FrameMerge]);
  return { state: { ...state, [tabId]: nextTab }, changed };
}

export function removeTab(state: TabsState, tabId: number): TabsState {
  if (!(tabId in state)) return state;
  const next = { ...state };
  delete next[tabId];
  return next;
}

/**
 * The tab's findings: the panel frame's (it evaluates the whole case), plus any other frame's
 * finding it does not have yet, worst first.
 */
export function tabSummary(state: TabsState, tabId: number): TabSummary | null {
  const tab = state[tabId];
  if (!tab) return null;
  const reports = reportsInOrder(tab);
  if (reports.length === 0) return null;
  const byKey = new Map<string, FrameFindingRef>();
  for (const [, r] of reports) for (const f of r.findings) if (!byKey.has(f.occurrenceKey)) byKey.set(f.occurrenceKey, f);
  const findings = [...byKey.values()].sort((a, b) => ORDER[a.light] - ORDER[b.light] || a.ruleId.localeCompare(b.ruleId));
  const counts: Record<Light, number> = { red: 0, yellow: 0, green: 0, grey: 0 };
  for (const f of findings) counts[f.light]++;
  const adapters = new Map<string, string | undefined>();
  for (const [, r] of reports) adapters.set(r.adapterId!, r.adapterName);
  const top = reports[0][1];
  return {
    tabId,
    url: tab.url,
    adapters: [...adapters].map(([id, name]) => (name === undefined ? { id } : { id, name })),
    ...(top.caseNumber ? { caseNumber: top.caseNumber } : {}),
    ...(procedureOf(reports.map(([, r]) => r)) ? { procedure: procedureOf(reports.map(([, r]) => r)) } : {}),
    training: reports.some(([, r]) => r.training),
    counts,
    worst: findings[0]?.light ?? null,
    findings,
    frames: reports.length,
    checkedAt: reports.map(([, r]) => r.checkedAt).sort().at(-1) ?? '',
  };
}

/** Frames of a tab whose latest report read `field` (it is on their page now), the panel frame first. */
export function framesShowing(state: TabsState, tabId: number, field: string): number[] {
  const tab = state[tabId];
  if (!tab) return [];
  const panel = panelFrameId(tab);
  return Object.entries(tab.frames)
    .filter(([, r]) => r.adapterId !== null && field in r.values)
    .map(([id]) => Number(id))
    .sort((a, b) => (a === panel ? -1 : b === panel ? 1 : a - b));
}

/** The toolbar badge of a tab: the number of red findings on the colour of the worst one. */
export function badgeFor(summary: TabSummary | null): { text: string; color: string } {
  if (!summary) return { text: '', color: LIGHT_PALETTE.grey.fill };
  return { text: String(summary.counts.red), color: LIGHT_PALETTE[summary.worst ?? 'green'].fill };
}
