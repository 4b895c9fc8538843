// RectificationModel: 整改跟踪 — open red defects per unit and prosecutor, how long the oldest has
// been open, and the cases each handles (GET /rectification, narrowed to the selected unit).
import { computed, createModel } from '@preact/signals';
import { type RectificationResponse, type RectificationRow } from '../../../../shared/api/index.ts';
import type { ApiClient } from '../api/client.ts';
import { createLoader } from './resource.ts';

export interface UnitGroup {
  unitCode: string;
  rows: RectificationRow[];
  openDefects: number;
  openPoints: number;
  oldestOpenDays: number;
}

/** Per unit (in code order), prosecutors with the longest-open defect first. */
export function groupByUnit(rows: readonly RectificationRow[]): UnitGroup[] {
  const groups = new Map<string, RectificationRow[]>();
  for (const r of rows) {
    const list = groups.get(r.unitCode);
    if (list) list.push(r); else groups.set(r.unitCode, [r]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([unitCode, list]) => {
    const sorted = [...list].sort((a, b) => b.oldestOpenDays - a.oldestOpenDays || b.openDefects - a.openDefects || a.userName.localeCompare(b.userName));
    return {
      unitCode, rows: sorted,
      openDefects: list.reduce((s, r) => s + r.openDefects, 0),
      openPoints: list.reduce((s, r) => s + r.openPoints, 0),
      oldestOpenDays: Math.max(0, ...list.map((r) => r.oldestOpenDays)),
    };
  });
}

export const RectificationModel = createModel((deps: { api: ApiClient }) => {
  const loader = createLoader<RectificationResponse>('rectification');
  const groups = computed(() => groupByUnit(loader.state.value.data?.rows ?? []), { name: 'groups' });
  function load(unit: string | null): Promise<void> {
    return loader.load((abort) => deps.api.call('rectification', { query: unit ? { unit } : {}, signal: abort }));
  }
  return { state: loader.state, groups, load };
});
export type RectificationModel = InstanceType<typeof RectificationModel>;
