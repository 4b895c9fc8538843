// CaseModel: one case's defects (rule, points, dates, rectified, voided) and how close it is to its threshold.
import { computed, createModel, signal } from '@preact/signals';
import { type CaseDefectsResponse, type Defect } from '../../../../shared/api/index.ts';
import type { ApiClient } from '../api/client.ts';
import type { Localized } from '../i18n.ts';
import { createLoader } from './resource.ts';
import { ruleInfo, type RuleCatalogue } from './rule-catalogue.ts';
import type { ReadonlySignal } from '@preact/signals';

export interface DefectRow {
  id: string;
  ruleId: string;
  title: Localized;
  basis: Localized;
  occurrenceKey: string;
  procedure: string;
  points: number;
  /** Points that count: 0 when an accepted objection voided the defect. */
  countedPoints: number;
  due: string | null;
  firstObservedAt: string;
  year: number;
  prosecutorId: string;
  prosecutor: string;
  unit: string;
  rectifiedAt: string | null;
  voided: boolean;
  voidReason: string | null;
  objection: Defect['objection'];
  demo: boolean;
}

/** Oldest first: the order the defects happened in. */
export function deriveDefectRows(defects: readonly Defect[], catalogue: RuleCatalogue, unitNames: ReadonlyMap<string, string>): DefectRow[] {
  return [...defects]
    .sort((a, b) => a.firstObservedAt.localeCompare(b.firstObservedAt) || a.ruleId.localeCompare(b.ruleId))
    .map((d) => {
      const info = ruleInfo(catalogue, d.ruleId);
      return {
        id: d.id, ruleId: d.ruleId, title: info.title, basis: info.basis, occurrenceKey: d.occurrenceKey,
        procedure: d.procedure, points: d.points, countedPoints: d.voided ? 0 : d.points, due: d.due,
        firstObservedAt: d.firstObservedAt, year: d.year, prosecutorId: d.userId, prosecutor: d.userName,
        unit: unitNames.get(d.unitCode) ?? d.unitCode, rectifiedAt: d.rectifiedAt, voided: d.voided,
        voidReason: d.voidReason, objection: d.objection, demo: d.demo,
      };
    });
}

export interface CaseSummary {
  caseNumber: string;
  kind: CaseDefectsResponse['kind'];
  threshold: number;
  totalPoints: number;
  overThreshold: boolean;
  defects: number;
  rectified: number;
  voided: number;
  /** Share of the threshold reached, capped at 1 for the progress bar. */
  progress: number;
}

export function deriveCaseSummary(c: CaseDefectsResponse): CaseSummary {
  return {
    caseNumber: c.caseNumber,
    kind: c.kind,
    threshold: c.threshold,
    totalPoints: c.totalPoints,
    overThreshold: c.overThreshold,
    defects: c.defects.length,
    rectified: c.defects.filter((d) => d.rectifiedAt !== null).length,
    voided: c.defects.filter((d) => d.voided).length,
    progress: c.threshold > 0 ? Math.min(1, c.totalPoints / c.threshold) : 0,
  };
}

export interface CaseDeps {
  api: ApiClient;
  catalogue: ReadonlySignal<RuleCatalogue>;
  unitNames: ReadonlySignal<ReadonlyMap<string, string>>;
}

export const CaseModel = createModel((deps: CaseDeps) => {
  const loader = createLoader<CaseDefectsResponse>('case');
  const caseNumber = signal<string | null>(null, { name: 'caseNumber' });
  const response = computed(() => {
    const d = loader.state.value.data;
    return d && d.caseNumber === caseNumber.value ? d : null;
  }, { name: 'response' });
  const summary = computed(() => (response.value ? deriveCaseSummary(response.value) : null), { name: 'summary' });
  const defectRows = computed(
    () => deriveDefectRows(response.value?.defects ?? [], deps.catalogue.value, deps.unitNames.value),
    { name: 'defectRows' },
  );

  function load(number: string, options: { force?: boolean } = {}): Promise<void> {
    if (caseNumber.peek() === number && !options.force && loader.state.peek().status === 'ready') return Promise.resolve();
    caseNumber.value = number;
    return loader.load((abort) => deps.api.call('caseDefects', { params: { caseNumber: number }, signal: abort }));
  }

  return { state: loader.state, caseNumber, response, summary, defectRows, load };
});
export type CaseModel = InstanceType<typeof CaseModel>;
