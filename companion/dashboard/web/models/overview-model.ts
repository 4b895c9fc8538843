// OverviewModel: this year's points by unit and prosecutor, top rules, rectification and cases over threshold.
import { computed, createModel, signal, type ReadonlySignal } from '@preact/signals';
import {
  TALLY_MAX_LIMIT, type OverThresholdCase, type QueryIn, type TallyFigures, type TallyGroup, type TallyResponse, type TallyRow, type Thresholds,
} from '../../../../shared/api/index.ts';
import type { ApiClient } from '../api/client.ts';
import type { Localized } from '../i18n.ts';
import { createLoader } from './resource.ts';
import { ruleInfo, type RuleCatalogue } from './rule-catalogue.ts';

/** What the overview shows; from one /summary call, or (for one sub-unit) from tallies. */
export interface OverviewData {
  year: number;
  unit: string | null;
  /** null when it cannot be told (unit view). */
  containsDemoData: boolean | null;
  totals: TallyFigures;
  byUnit: TallyRow[];
  /** The prosecutors with the most points (ten from /summary). */
  byProsecutor: TallyRow[];
  topRules: TallyRow[];
  overThreshold: { count: number; cases: OverThresholdCase[] };
  /**
   * The objection queue's length (what the 异议审核 page lists: everything the caller may decide,
   * whichever unit the overview shows); null only while unknown.
   */
  pendingObjections: number | null;
  thresholds: Thresholds | null;
}

export interface OverviewFilter {
  year: number;
  unit: string | null;
}

export const TOP_PROSECUTORS = 10;
export const TOP_RULES = 5;
/** Cases over threshold the overview lists at first (as /summary does), and at most on "show all". */
export const TOP_OVER_THRESHOLD = 10;
export const ALL_OVER_THRESHOLD = 1000;

/** Prosecutors per page of the full table (the server orders and pages them: ~2,000 in a province). */
export const PROSECUTORS_PAGE = 50;

/**
 * Query of the tallies endpoint (TallyQuerySchema); no unit means every unit in scope. Without a
 * page: every row (units and rules are bounded by the organisation and the catalogue).
 */
export function talliesQuery(groupBy: TallyGroup, year: number, unit: string | null, page: { limit?: number; offset?: number } = {}): QueryIn<'tallies'> {
  return { groupBy, year, ...(unit ? { unit } : {}), limit: page.limit ?? TALLY_MAX_LIMIT, ...(page.offset ? { offset: page.offset } : {}) };
}

/** "Most common": by how often the defect occurred, then by points. */
export function byCountDesc<T extends { points: number; defects: number; label: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => b.defects - a.defects || b.points - a.points || a.label.localeCompare(b.label));
}

export function byPointsDesc<T extends { points: number; defects: number; label: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => b.points - a.points || b.defects - a.defects || a.label.localeCompare(b.label, 'zh-CN'));
}

/** For one unit: the same picture as /summary, built from the tallies of that unit and the cases over threshold in it. */
export function composeOverview(
  filter: OverviewFilter,
  parts: { units: TallyResponse; prosecutors: TallyResponse; rules: TallyResponse; overThreshold: { thresholds: Thresholds; total: number; cases: OverThresholdCase[] }; pendingObjections?: number | null },
): OverviewData {
  return {
    year: filter.year,
    unit: filter.unit,
    containsDemoData: null,
    totals: parts.units.totals,
    byUnit: byPointsDesc(parts.units.rows),
    byProsecutor: byPointsDesc(parts.prosecutors.rows).slice(0, TOP_PROSECUTORS),
    topRules: byCountDesc(parts.rules.rows).slice(0, TOP_RULES),
    overThreshold: { count: parts.overThreshold.total, cases: parts.overThreshold.cases },
    pendingObjections: parts.pendingObjections ?? null,
    thresholds: parts.overThreshold.thresholds,
  };
}

export interface FigureRow {
  key: string;
  label: string;
  points: number;
  defects: number;
  rectified: number;
  rectificationRate: number | null;
  voided: number;
}

export interface RuleRow extends FigureRow {
  title: Localized;
  basis: Localized;
}

export interface OverThresholdRow {
  caseNumber: string;
  kind: 'prosecution' | 'other';
  threshold: number;
  totalPoints: number;
  defects: number;
  units: string[];
  prosecutors: { id: string; name: string }[];
}

export interface Kpis {
  points: number;
  defects: number;
  rectified: number;
  rectificationRate: number | null;
  overThreshold: number;
  pendingObjections: number | null;
}

export function deriveKpis(data: OverviewData): Kpis {
  return {
    points: data.totals.points,
    defects: data.totals.defects,
    rectified: data.totals.rectified,
    rectificationRate: data.totals.rectificationRate,
    overThreshold: data.overThreshold.count,
    pendingObjections: data.pendingObjections,
  };
}

function figures(row: TallyRow): FigureRow {
  return {
    key: row.key, label: row.label, points: row.points, defects: row.defects,
    rectified: row.rectified, rectificationRate: row.rectificationRate, voided: row.voided,
  };
}

export function deriveRuleRows(rows: readonly TallyRow[], catalogue: RuleCatalogue): RuleRow[] {
  return rows.map((row) => {
    const info = ruleInfo(catalogue, row.key);
    return { ...figures(row), title: info.title, basis: info.basis };
  });
}

export function deriveOverThresholdRows(cases: readonly OverThresholdCase[], unitNames: ReadonlyMap<string, string>): OverThresholdRow[] {
  return [...cases]
    .sort((a, b) => b.totalPoints - a.totalPoints || a.caseNumber.localeCompare(b.caseNumber))
    .map((c) => ({
      caseNumber: c.caseNumber,
      kind: c.kind,
      threshold: c.threshold,
      totalPoints: c.totalPoints,
      defects: c.defects,
      units: c.unitCodes.map((code) => unitNames.get(code) ?? code),
      prosecutors: c.prosecutors,
    }));
}

export interface OverviewDeps {
  api: ApiClient;
  catalogue: ReadonlySignal<RuleCatalogue>;
  unitNames: ReadonlySignal<ReadonlyMap<string, string>>;
}

/**
 * "Show all" for the prosecutors: the full table a page at a time (PROSECUTORS_PAGE, by points),
 * the first page fetched before it opens so the button can say how many there are.
 */
function pagedExpandable(name: string, filter: ReadonlySignal<OverviewFilter | null>, fetch: (f: OverviewFilter, offset: number, abort: AbortSignal) => Promise<TallyResponse>) {
  const loader = createLoader<TallyResponse>(name);
  const open = signal(false, { name: `${name}Open` });
  const at = (offset: number): Promise<void> => {
    const f = filter.peek();
    return f ? loader.load((abort) => fetch(f, offset, abort)) : Promise.resolve();
  };
  /** Where this page sits among all of them; null before the first answer or without rows. */
  const range = computed(() => {
    const d = loader.state.value.data;
    return d && d.rows.length > 0 ? { from: d.offset + 1, to: d.offset + d.rows.length, total: d.total } : null;
  }, { name: `${name}Range` });
  const hasPrevious = computed(() => (loader.state.value.data?.offset ?? 0) > 0, { name: `${name}HasPrevious` });
  const hasNext = computed(() => {
    const d = loader.state.value.data;
    return d !== undefined && d.offset + d.rows.length < d.total;
  }, { name: `${name}HasNext` });
  return {
    state: loader.state,
    open,
    range,
    hasPrevious,
    hasNext,
    toggle(): Promise<void> {
      const next = !open.peek();
      open.value = next;
      const s = loader.state.peek();
      if (!next || s.status === 'ready' || s.status === 'loading') return Promise.resolve();
      return at(0);
    },
    prefetch(): Promise<void> {
      return loader.state.peek().status === 'idle' ? at(0) : Promise.resolve();
    },
    nextPage(): Promise<void> {
      const d = loader.state.peek().data;
      return d ? at(d.offset + d.rows.length) : Promise.resolve();
    },
    previousPage(): Promise<void> {
      const d = loader.state.peek().data;
      return d ? at(Math.max(0, d.offset - PROSECUTORS_PAGE)) : Promise.resolve();
    },
    reset() {
      open.value = false;
      loader.reset();
    },
  };
}

/** "Show all": a list the overview shortens, loaded in full on request for the same filter. */
function expandable<T>(name: string, filter: ReadonlySignal<OverviewFilter | null>, fetch: (f: OverviewFilter, abort: AbortSignal) => Promise<T>) {
  const loader = createLoader<T>(name);
  const open = signal(false, { name: `${name}Open` });
  return {
    state: loader.state,
    open,
    toggle(): Promise<void> {
      const next = !open.peek();
      open.value = next;
      const f = filter.peek();
      if (!next || !f || loader.state.peek().status === 'ready') return Promise.resolve();
      return loader.load((abort) => fetch(f, abort));
    },
    /** Loads the full list without opening it, so the button can say how many there are. */
    prefetch(): Promise<void> {
      const f = filter.peek();
      if (!f || loader.state.peek().status !== 'idle') return Promise.resolve();
      return loader.load((abort) => fetch(f, abort));
    },
    reset() {
      open.value = false;
      loader.reset();
    },
  };
}

export const OverviewModel = createModel((deps: OverviewDeps) => {
  const overview = createLoader<OverviewData>('overview');
  const config = createLoader<Thresholds>('thresholds');
  const filter = signal<OverviewFilter | null>(null, { name: 'filter' });
  const tallies = (groupBy: TallyGroup, page: { limit?: number; offset?: number } = {}) => (f: OverviewFilter, abort: AbortSignal) =>
    deps.api.call('tallies', { query: talliesQuery(groupBy, f.year, f.unit, page), signal: abort });
  const allProsecutors = pagedExpandable('allProsecutors', filter, (f, offset, abort) => tallies('prosecutor', { limit: PROSECUTORS_PAGE, offset })(f, abort));
  const allRules = expandable('allRules', filter, tallies('rule'));
  const allOverThreshold = expandable('allOverThreshold', filter, (f, abort) =>
    deps.api.call('casesOverThreshold', { query: { year: f.year, unit: f.unit ?? undefined, limit: ALL_OVER_THRESHOLD }, signal: abort }));

  const data = computed(() => overview.state.value.data ?? null, { name: 'data' });
  const kpis = computed(() => (data.value ? deriveKpis(data.value) : null), { name: 'kpis' });
  const unitRows = computed(() => byPointsDesc(data.value?.byUnit ?? []).map(figures), { name: 'unitRows' });
  const prosecutorRows = computed(() => {
    const all = allProsecutors.state.value.data;
    const rows = allProsecutors.open.value && all ? all.rows : data.value?.byProsecutor ?? [];
    return byPointsDesc(rows).map(figures);
  }, { name: 'prosecutorRows' });
  const ruleRows = computed(() => {
    const all = allRules.state.value.data;
    const rows = allRules.open.value && all ? all.rows : data.value?.topRules ?? [];
    return deriveRuleRows(byCountDesc(rows), deps.catalogue.value);
  }, { name: 'ruleRows' });
  const overThresholdRows = computed(() => {
    const all = allOverThreshold.state.value.data;
    const cases = allOverThreshold.open.value && all ? all.cases : data.value?.overThreshold.cases ?? [];
    return deriveOverThresholdRows(cases, deps.unitNames.value);
  }, { name: 'overThresholdRows' });
  /** 公诉 ≥ 40, other ≥ 30 unless the administrator changed them. */
  const thresholds = computed(() => data.value?.thresholds ?? config.state.value.data ?? null, { name: 'thresholds' });
  /** The summary lists only the top ten prosecutors and five rules: offer the rest when there may be more. */
  const mayHaveMoreProsecutors = computed(() => (data.value?.byProsecutor.length ?? 0) >= TOP_PROSECUTORS, { name: 'mayHaveMoreProsecutors' });
  const mayHaveMoreRules = computed(() => (data.value?.topRules.length ?? 0) >= TOP_RULES, { name: 'mayHaveMoreRules' });
  /** How many cases are over threshold in all (the lists hold at most the first ten, or 1,000). */
  const overThresholdCount = computed(() => data.value?.overThreshold.count ?? null, { name: 'overThresholdCount' });
  const moreOverThreshold = computed(() => {
    const d = data.value;
    return d ? Math.max(0, d.overThreshold.count - d.overThreshold.cases.length) : 0;
  }, { name: 'moreOverThreshold' });

  async function fetchOverview(f: OverviewFilter, abort: AbortSignal): Promise<OverviewData> {
    if (f.unit === null) {
      const s = await deps.api.call('summary', { query: { year: f.year }, signal: abort });
      return { ...s, unit: null, thresholds: null };
    }
    const [units, prosecutors, rules, over, queue] = await Promise.all([
      tallies('unit')(f, abort),
      tallies('prosecutor', { limit: TOP_PROSECUTORS })(f, abort),
      tallies('rule')(f, abort),
      deps.api.call('casesOverThreshold', { query: { year: f.year, unit: f.unit ?? undefined, limit: TOP_OVER_THRESHOLD }, signal: abort }),
      // The queue's length, as /summary gives it without a unit: the badge and the 待审异议 figure stay when a unit is picked.
      deps.api.call('objections', { query: { status: 'pending', limit: 1 }, signal: abort }),
    ]);
    return composeOverview(f, { units, prosecutors, rules, overThreshold: over, pendingObjections: queue.total });
  }

  /** Loads for a year and unit; a repeated call with the same filter only reloads when asked. */
  function load(f: OverviewFilter, options: { force?: boolean } = {}): Promise<void> {
    const prev = filter.peek();
    const same = prev !== null && prev.year === f.year && prev.unit === f.unit;
    if (same && !options.force && overview.state.peek().status !== 'error') return Promise.resolve();
    filter.value = f;
    allProsecutors.reset();
    allRules.reset();
    allOverThreshold.reset();
    // The thresholds only label the list; ask after the overview so they never delay it.
    return overview.load((abort) => fetchOverview(f, abort)).then(() => {
      // "显示全部（n）" names its count before it is pressed: fetch the full lists the overview shortened.
      if (mayHaveMoreProsecutors.peek()) void allProsecutors.prefetch();
      if (mayHaveMoreRules.peek()) void allRules.prefetch();
      if (config.state.peek().status === 'idle') {
        void config.load(async (abort) => (await deps.api.call('ruleConfig', { signal: abort })).thresholds);
      }
    });
  }

  function reload(): Promise<void> {
    const f = filter.peek();
    return f ? load(f, { force: true }) : Promise.resolve();
  }

  return {
    state: overview.state,
    filter,
    allProsecutors,
    allRules,
    allOverThreshold,
    data,
    kpis,
    unitRows,
    prosecutorRows,
    ruleRows,
    overThresholdRows,
    thresholds,
    mayHaveMoreProsecutors,
    mayHaveMoreRules,
    overThresholdCount,
    moreOverThreshold,
    load,
    reload,
  };
});
export type OverviewModel = InstanceType<typeof OverviewModel>;
