import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { ProsecutorModel } from '../../../companion/dashboard/web/models/prosecutor-model.ts';
import { fakeApi, ids, row, tallyAnswer } from './fake-api.ts';

const thresholds = { prosecution: 40, other: 30, prosecutionProcedures: ['prosecution-review'] };

function setup() {
  const api = fakeApi()
    .on('GET', '/api/v1/tallies', ({ query }) => tallyAnswer('prosecutor', [row(ids.li, '李检', 12, 3), row(ids.wang, '王检', 44, 8, 2, 1), row(ids.zhao, '赵检', 0, 0)], query))
    // Pages of one case: the model asks until it has the total.
    .on('GET', '/api/v1/cases/over-threshold', ({ query }) => ({
      year: 2025, thresholds, total: 2, limit: 1, offset: Number(query.offset ?? 0),
      cases: [
        { caseNumber: 'A', kind: 'other' as const, threshold: 30, totalPoints: 31, defects: 5, unitCodes: ['320102'], prosecutors: [{ id: ids.wang, name: '王检' }] },
        { caseNumber: 'B', kind: 'other' as const, threshold: 30, totalPoints: 33, defects: 5, unitCodes: ['320102'], prosecutors: [{ id: ids.li, name: '李检' }] },
      ].slice(Number(query.offset ?? 0), Number(query.offset ?? 0) + 1),
    }))
    .on('GET', '/api/v1/objections', () => ({ total: 0, limit: 100, offset: 0, order: 'newest' as const, objections: [] }));
  const unitNames = signal<ReadonlyMap<string, string>>(new Map());
  return { api, model: new ProsecutorModel({ api, unitNames }) };
}

describe('ProsecutorModel', () => {
  it('shows one prosecutor\'s figures, rank and cases over threshold for the year and unit', async () => {
    const { api, model } = setup();
    await model.load(ids.wang, 2025, '320102');
    // Their row and rank only, not every prosecutor in view.
    expect(api.calls.map((c) => c.query)).toContainEqual({ groupBy: 'prosecutor', year: 2025, unit: '320102', user: ids.wang });
    expect(model.view.value).toMatchObject({ id: ids.wang, name: '王检', rank: 1, of: 3, figures: { points: 44, defects: 8, voided: 1 } });
    expect(model.view.value?.cases.map((c) => c.caseNumber)).toEqual(['A']);
    // Only this prosecutor's objections are asked for, so others' cannot crowd them out.
    expect(api.calls.find((c) => c.path === '/api/v1/objections')?.query).toEqual({ year: 2025, user: ids.wang, limit: 100 });
  });

  it('gathers every page of the cases over threshold', async () => {
    const { api, model } = setup();
    await model.load(ids.li, 2025, null);
    expect(model.view.value).toMatchObject({ rank: 2, of: 3, figures: { points: 12 } });
    expect(api.calls.filter((c) => c.path.startsWith('/api/v1/cases/over-threshold')).map((c) => c.query?.offset)).toEqual([undefined, 1]);
    expect(model.view.value?.cases.map((c) => c.caseNumber)).toEqual(['B']);
  });

  it('has no rank without points', async () => {
    const { model } = setup();
    await model.load(ids.zhao, 2025, null);
    expect(model.view.value?.rank).toBeNull();
    expect(model.view.value?.figures?.points).toBe(0);
  });
});
