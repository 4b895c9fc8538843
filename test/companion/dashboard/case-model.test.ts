import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import type { CaseDefectsResponse, Defect } from '../../../shared/api/index.ts';
import { CaseModel, deriveCaseSummary } from '../../../companion/dashboard/web/models/case-model.ts';
import type { RuleCatalogue } from '../../../companion/dashboard/web/models/rule-catalogue.ts';
import { fakeApi, ids } from './fake-api.ts';

const caseNumber = '苏检刑诉受〔2025〕320102000123号';
const defect = (id: string, ruleId: string, firstObservedAt: string, extra: Partial<Defect> = {}): Defect => ({
  id, caseNumber, ruleId, ruleVersion: 1, occurrenceKey: '2025-03-01', procedure: 'prosecution-review', points: 6,
  due: '2025-03-04', firstObservedAt, year: 2025, userId: ids.wang, userName: '王检', unitCode: '320102',
  rectifiedAt: null, voided: false, voidReason: null, objection: null, demo: false, ...extra,
});

const response: CaseDefectsResponse = {
  caseNumber, kind: 'prosecution', threshold: 40, totalPoints: 12, overThreshold: false,
  defects: [
    defect(ids.defect2, 'notice-victim-agent-3d', '2025-03-06T09:00:00+08:00', { rectifiedAt: '2025-03-08T10:00:00+08:00' }),
    defect(ids.defect1, 'notice-suspect-counsel-3d', '2025-03-05T09:00:00+08:00', { voided: true, voidReason: '笔录在卷', objection: { id: ids.objection1, status: 'accepted' } }),
    defect(ids.defect3, 'prosecution-review-1m', '2025-04-02T09:00:00+08:00'),
  ],
};

function setup() {
  const api = fakeApi().on('GET', `/api/v1/cases/${encodeURIComponent(caseNumber)}/defects`, () => response);
  const catalogue = signal<RuleCatalogue>(new Map([['notice-suspect-counsel-3d', {
    id: 'notice-suspect-counsel-3d', title: { zh: '告知辩护权', en: 'Right to counsel' }, basis: { zh: '刑诉法第34条', en: 'CPL, art. 34' }, deprecated: false,
  }]]));
  const unitNames = signal<ReadonlyMap<string, string>>(new Map([['320102', '玄武区院']]));
  return { api, model: new CaseModel({ api, catalogue, unitNames }) };
}

describe('CaseModel', () => {
  it('loads a case by its number, escaped in the path', async () => {
    const { api, model } = setup();
    await model.load(caseNumber);
    expect(api.calls[0].path).toBe(`/api/v1/cases/${encodeURIComponent(caseNumber)}/defects`);
    expect(model.summary.value).toMatchObject({ caseNumber, kind: 'prosecution', threshold: 40, totalPoints: 12, defects: 3, rectified: 1, voided: 1 });
    expect(model.summary.value?.progress).toBeCloseTo(0.3);
  });

  it('lists defects in the order they happened, with titles, units and what still counts', async () => {
    const { model } = setup();
    await model.load(caseNumber);
    const rows = model.defectRows.value;
    expect(rows.map((r) => r.ruleId)).toEqual(['notice-suspect-counsel-3d', 'notice-victim-agent-3d', 'prosecution-review-1m']);
    expect(rows[0]).toMatchObject({ title: { zh: '告知辩护权' }, voided: true, countedPoints: 0, voidReason: '笔录在卷', unit: '玄武区院' });
    expect(rows[1]).toMatchObject({ countedPoints: 6, rectifiedAt: '2025-03-08T10:00:00+08:00' });
    expect(rows[2].title).toEqual({ zh: 'prosecution-review-1m', en: 'prosecution-review-1m' });
  });

  it('shows nothing of a previous case while another one loads', async () => {
    const { model } = setup();
    await model.load(caseNumber);
    void model.load('other');
    expect(model.summary.value).toBeNull();
    expect(model.defectRows.value).toEqual([]);
  });

  it('caps the threshold bar at full', () => {
    expect(deriveCaseSummary({ ...response, totalPoints: 55, overThreshold: true }).progress).toBe(1);
  });
});
