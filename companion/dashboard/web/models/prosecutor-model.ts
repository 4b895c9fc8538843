// ProsecutorModel: one prosecutor's year — their figures, their cases over threshold, and the objections they filed.
import { computed, createModel, signal, type ReadonlySignal } from '@preact/signals';
import {
  type Objection, type OverThresholdResponse, type TallyResponse,
} from '../../../../shared/api/index.ts';
import type { ApiClient } from '../api/client.ts';
import { createLoader } from './resource.ts';
import { deriveOverThresholdRows, type FigureRow, type OverThresholdRow } from './overview-model.ts';

export interface ProsecutorData {
  id: string;
  year: number;
  unit: string | null;
  tally: TallyResponse;
  overThreshold: OverThresholdResponse;
  objections: Objection[];
}

export interface ProsecutorView {
  id: string;
  name: string | null;
  figures: FigureRow | null;
  /** Rank by points among the prosecutors in view (1 = most points), or null without points. */
  rank: number | null;
  of: number;
  cases: OverThresholdRow[];
  objections: Objection[];
}

/** `tally`: the answer to `user=<id>` (their row, if any, and its rank among `total`). */
export function deriveProsecutorView(d: ProsecutorData, unitNames: ReadonlyMap<string, string>): ProsecutorView {
  const row = d.tally.rows.find((r) => r.key === d.id) ?? null;
  const mine = d.objections.filter((o) => o.userId === d.id).sort((a, b) => b.filedAt.localeCompare(a.filedAt));
  const cases = d.overThreshold.cases.filter((c) => c.prosecutors.some((p) => p.id === d.id));
  const name = row?.label ?? mine[0]?.userName ?? cases.flatMap((c) => c.prosecutors).find((p) => p.id === d.id)?.name ?? null;
  return {
    id: d.id,
    name,
    figures: row ? {
      key: row.key, label: row.label, points: row.points, defects: row.defects, rectified: row.rectified,
      rectificationRate: row.rectificationRate, voided: row.voided,
    } : null,
    rank: row && row.points > 0 ? d.tally.rank ?? null : null,
    of: d.tally.total,
    cases: deriveOverThresholdRows(cases, unitNames),
    objections: mine,
  };
}

export interface ProsecutorDeps {
  api: ApiClient;
  unitNames: ReadonlySignal<ReadonlyMap<string, string>>;
}

/** Every case over threshold in view: the endpoint answers pages of at most 1,000. */
async function allOverThreshold(api: ApiClient, year: number, unit: string | null, abort: AbortSignal): Promise<OverThresholdResponse> {
  const limit = 1000;
  const first = await api.call('casesOverThreshold', { query: { year, unit: unit ?? undefined, limit }, signal: abort });
  const cases = [...first.cases];
  while (cases.length < first.total) {
    const next = await api.call('casesOverThreshold', { query: { year, unit: unit ?? undefined, limit, offset: cases.length }, signal: abort });
    if (next.cases.length === 0) break;
    cases.push(...next.cases);
  }
  return { ...first, offset: 0, cases };
}

/** How many of a prosecutor's objections the page lists, newest first. */
export const PROSECUTOR_OBJECTIONS = 100;

export const ProsecutorModel = createModel((deps: ProsecutorDeps) => {
  const loader = createLoader<ProsecutorData>('prosecutor');
  const key = signal<string | null>(null, { name: 'key' });
  const view = computed(() => {
    const d = loader.state.value.data;
    return d ? deriveProsecutorView(d, deps.unitNames.value) : null;
  }, { name: 'view' });

  function load(id: string, year: number, unit: string | null): Promise<void> {
    const k = `${id}|${year}|${unit ?? ''}`;
    if (key.peek() === k && loader.state.peek().status === 'ready') return Promise.resolve();
    key.value = k;
    return loader.load(async (abort) => {
      const [tally, overThreshold, objections] = await Promise.all([
        // Their row and rank only: the server orders every prosecutor in view (~2,000 in a province).
        deps.api.call('tallies', { query: { groupBy: 'prosecutor', year, ...(unit ? { unit } : {}), user: id }, signal: abort }),
        allOverThreshold(deps.api, year, unit, abort),
        // Their newest objections of the year (one page; the server filters by prosecutor).
        deps.api.call('objections', { query: { year, user: id, limit: PROSECUTOR_OBJECTIONS }, signal: abort }),
      ]);
      return { id, year, unit, tally, overThreshold, objections: objections.objections };
    });
  }

  return { state: loader.state, view, load };
});
export type ProsecutorModel = InstanceType<typeof ProsecutorModel>;
