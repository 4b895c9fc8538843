// AssessmentsModel: 社会危险性评估 — per unit, band × decision counts of the arrest-review cases'
// latest assessments and the share decided against the band (GET /assessments/summary).
import { createModel, signal } from '@preact/signals';
import type { AssessmentSummary } from '../../../../shared/api/index.ts';
import type { ApiClient } from '../api/client.ts';
import { createLoader } from './resource.ts';

type Summary = AssessmentSummary;
export type UnitSummary = Summary['units'][number];

/** The count of one band × decision cell of a unit. */
export function cell(unit: UnitSummary, band: string, decision: 'arrest' | 'no-arrest'): number {
  return unit.cells.find((c) => c.band === band && c.decision === decision)?.count ?? 0;
}

/** The share of a unit's cases decided against their band (null without cases). */
export function againstShare(unit: UnitSummary): number | null {
  return unit.cases === 0 ? null : unit.againstBand / unit.cases;
}

export const AssessmentsModel = createModel((deps: { api: ApiClient }) => {
  const loader = createLoader<Summary>('assessments');
  const training = signal(false);
  function load(year: number, unit: string | null): Promise<void> {
    const query = { year, training: training.peek() ? 'true' as const : 'false' as const, ...(unit ? { unit } : {}) };
    return loader.load((abort) => deps.api.call('assessmentSummary', { query, signal: abort }));
  }
  return { state: loader.state, training, load };
});
export type AssessmentsModel = InstanceType<typeof AssessmentsModel>;
