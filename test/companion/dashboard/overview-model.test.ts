import { signal } from '@preact/signals';
import { describe, expect, it, vi } from 'vitest';
import type { OverThresholdResponse, SummaryResponse } from '../../../shared/api/index.ts';
import { byCountDesc, composeOverview, OverviewModel } from '../../../companion/dashboard/web/models/overview-model.ts';
import type { RuleCatalogue } from '../../../companion/dashboard/web/models/rule-catalogue.ts';
import { fakeApi, figures, forbidden, ids, row, tally, tallyAnswer } from './fake-api.ts';

const thresholds = { prosecution: 40, other: 30, prosecutionProcedures: ['prosecution-review'] };
const overCase = {
  caseNumber: '苏检刑诉受〔2025〕320102000123号', kind: 'prosecution' as const, threshold: 40, totalPoints: 44, defects: 7,
  unitCodes: ['320102'], prosecutors: [{ id: ids.wang, name: '王检' }],
};

const summary: SummaryResponse = {
  year: 2025,
  containsDemoData: false,
  totals: figures(120, 30, 12, 2),
  byUnit: [row('320104', '秦淮区院', 50, 10, 4), row('320102', '玄武区院', 70, 20, 8, 2)],
  byProsecutor: [row(ids.li, '李检', 40, 9), row(ids.wang, '王检', 44, 7)],
  topRules: [row('notice-victim-agent-3d', 'notice-victim-agent-3d', 20, 5), row('notice-suspect-counsel-3d', 'notice-suspect-counsel-3d', 36, 9)],
  overThreshold: { count: 1, cases: [overCase] },
  pendingObjections: 3,
};

function setup() {
  const api = fakeApi()
    .on('GET', '/api/v1/summary', () => summary)
    .on('GET', '/api/v1/rule-config', () => ({ rules: [], thresholds, updatedAt: null }))
    .on('GET', '/api/v1/tallies', ({ query }) => {
      if (query.unit === '999999') return forbidden('无权查看该单位', 'You may not see that unit');
      if (query.groupBy === 'unit') return tally('unit', [row('320102', '玄武区院', 70, 20, 8, 2)], '320102');
      if (query.groupBy === 'prosecutor') return tallyAnswer('prosecutor', Array.from({ length: 120 }, (_, i) => row(`p${i}`, `检察官${i}`, i, i)), query, (query.unit as string | undefined) ?? null);
      if (query.groupBy === 'rule') return tally('rule', [row('notice-suspect-counsel-3d', 'notice-suspect-counsel-3d', 30, 7)], '320102');
      throw new Error(`unexpected ${String(query.groupBy)}`);
    })
    .on('GET', '/api/v1/objections', ({ query }) => ({ total: query.status === 'pending' ? 3 : 9, limit: Number(query.limit ?? 100), offset: 0, order: 'newest', objections: [] }))
    .on('GET', '/api/v1/cases/over-threshold', ({ query }) => ({ year: 2025, thresholds, total: query.unit === '320102' ? 1 : 0, limit: Number(query.limit ?? 100), offset: 0, cases: query.unit === '320102' ? [overCase] : [] }) satisfies OverThresholdResponse);
  const catalogue = signal<RuleCatalogue>(new Map());
  const unitNames = signal<ReadonlyMap<string, string>>(new Map([['320102', '玄武区院']]));
  const overview = new OverviewModel({ api, catalogue, unitNames });
  return { api, overview, catalogue };
}

describe('OverviewModel', () => {
  it('renders the whole overview from one /summary call', async () => {
    const { api, overview } = setup();
    await overview.load({ year: 2025, unit: null });
    expect(api.calls.filter((c) => c.path === '/api/v1/summary')).toHaveLength(1);
    expect(api.calls.filter((c) => c.path !== '/api/v1/summary' && c.path !== '/api/v1/rule-config')).toEqual([]);
    expect(api.calls.find((c) => c.path === '/api/v1/summary')?.query).toEqual({ year: 2025 });
    expect(overview.kpis.value).toEqual({ points: 120, defects: 30, rectified: 12, rectificationRate: 0.4, overThreshold: 1, pendingObjections: 3 });
  });

  it('sorts units, prosecutors and rules by points, most first', async () => {
    const { overview } = setup();
    await overview.load({ year: 2025, unit: null });
    expect(overview.unitRows.value.map((r) => r.label)).toEqual(['玄武区院', '秦淮区院']);
    expect(overview.prosecutorRows.value.map((r) => r.label)).toEqual(['王检', '李检']);
    expect(overview.ruleRows.value.map((r) => r.key)).toEqual(['notice-suspect-counsel-3d', 'notice-victim-agent-3d']);
  });

  it('orders the most common defects by how often they occurred', async () => {
    const { overview } = setup();
    await overview.load({ year: 2025, unit: null });
    expect(byCountDesc([row('a', 'a', 50, 2), row('b', 'b', 10, 5), row('c', 'c', 12, 5)]).map((r) => r.key)).toEqual(['c', 'b', 'a']);
  });

  it('titles rules from the registry once it has loaded, and shows ids until then', async () => {
    const { overview, catalogue } = setup();
    await overview.load({ year: 2025, unit: null });
    expect(overview.ruleRows.value[0].title).toEqual({ zh: 'notice-suspect-counsel-3d', en: 'notice-suspect-counsel-3d' });
    catalogue.value = new Map([['notice-suspect-counsel-3d', {
      id: 'notice-suspect-counsel-3d', title: { zh: '告知犯罪嫌疑人有权委托辩护人', en: 'Tell the suspect of the right to counsel' },
      basis: { zh: '刑诉法第34条', en: 'CPL, art. 34' }, deprecated: false,
    }]]);
    expect(overview.ruleRows.value[0].title.zh).toBe('告知犯罪嫌疑人有权委托辩护人');
    expect(overview.ruleRows.value[0].basis.en).toBe('CPL, art. 34');
  });

  it('names the units of cases over threshold and knows the thresholds', async () => {
    const { overview } = setup();
    await overview.load({ year: 2025, unit: null });
    expect(overview.overThresholdRows.value).toEqual([{ ...overCase, units: ['玄武区院'] }].map(({ unitCodes: _u, ...r }) => r));
    await vi.waitFor(() => expect(overview.thresholds.value).toEqual(thresholds));
  });

  it('for one sub-unit, builds the same picture from that unit\'s tallies', async () => {
    const { api, overview } = setup();
    await overview.load({ year: 2025, unit: '320102' });
    const paths = api.calls.filter((c) => c.path !== '/api/v1/rule-config').map((c) => `${c.path}?${String(c.query?.groupBy ?? '')}`);
    // Ten prosecutors shown, so the full table's first page is fetched too: "显示全部（120）" names its count before it is pressed.
    expect(paths.sort()).toEqual(['/api/v1/cases/over-threshold?', '/api/v1/objections?', '/api/v1/tallies?prosecutor', '/api/v1/tallies?prosecutor', '/api/v1/tallies?rule', '/api/v1/tallies?unit']);
    await vi.waitFor(() => expect(overview.allProsecutors.state.value.data).toMatchObject({ total: 120, offset: 0, limit: 50 }));
    expect(overview.allProsecutors.state.value.data?.rows).toHaveLength(50);
    // The top ten are asked for as ten rows, not the whole list.
    expect(api.calls.filter((c) => c.query?.groupBy === 'prosecutor').map((c) => c.query?.limit).sort()).toEqual([10, 50]);
    expect(overview.allProsecutors.open.value).toBe(false);
    expect(api.calls.every((c) => c.path === '/api/v1/rule-config' || c.path === '/api/v1/objections' || c.query?.unit === '320102')).toBe(true);
    // The queue's length stays (the nav badge and the 待审异议 figure), as without a unit.
    expect(overview.kpis.value).toMatchObject({ points: 70, defects: 20, overThreshold: 1, pendingObjections: 3 });
    expect(overview.prosecutorRows.value).toHaveLength(10);
    expect(overview.prosecutorRows.value[0].label).toBe('检察官119');
  });

  it('shows the server reason when a unit is out of reach', async () => {
    const { overview } = setup();
    await overview.load({ year: 2025, unit: '999999' });
    const state = overview.state.value;
    expect(state.status).toBe('error');
    expect(state.error?.status).toBe(403);
    expect(state.error?.reason.zh).toBe('无权查看该单位');
  });

  it('does not reload for the same filter unless forced', async () => {
    const { api, overview } = setup();
    await overview.load({ year: 2025, unit: null });
    await overview.load({ year: 2025, unit: null });
    expect(api.calls.filter((c) => c.path === '/api/v1/summary')).toHaveLength(1);
    await overview.reload();
    expect(api.calls.filter((c) => c.path === '/api/v1/summary')).toHaveLength(2);
  });

  it('keeps only the answer to the latest filter', async () => {
    const { overview } = setup();
    const first = overview.load({ year: 2024, unit: null });
    const second = overview.load({ year: 2025, unit: '320102' });
    await Promise.all([first, second]);
    expect(overview.data.value?.unit).toBe('320102');
  });

  it('lists every prosecutor on request, a page of 50 at a time by points, and back to the top ten', async () => {
    const { overview, api } = setup();
    await overview.load({ year: 2025, unit: null });
    expect(overview.mayHaveMoreProsecutors.value).toBe(false);
    await overview.allProsecutors.toggle();
    expect(api.calls.filter((c) => c.path === '/api/v1/tallies').map((c) => c.query)).toEqual([{ groupBy: 'prosecutor', year: 2025, limit: 50 }]);
    expect(overview.prosecutorRows.value).toHaveLength(50);
    expect(overview.prosecutorRows.value[0].label).toBe('检察官119');
    expect(overview.allProsecutors.range.value).toEqual({ from: 1, to: 50, total: 120 });
    expect(overview.allProsecutors.hasPrevious.value).toBe(false);
    await overview.allProsecutors.nextPage();
    await overview.allProsecutors.nextPage();
    expect(overview.allProsecutors.range.value).toEqual({ from: 101, to: 120, total: 120 });
    expect(overview.prosecutorRows.value.map((r) => r.label)).toEqual(Array.from({ length: 20 }, (_, i) => `检察官${19 - i}`));
    expect(overview.allProsecutors.hasNext.value).toBe(false);
    await overview.allProsecutors.previousPage();
    expect(overview.allProsecutors.range.value).toEqual({ from: 51, to: 100, total: 120 });
    expect(api.calls.filter((c) => c.path === '/api/v1/tallies').map((c) => c.query?.offset)).toEqual([undefined, 50, 100, 50]);
    await overview.allProsecutors.toggle();
    expect(overview.prosecutorRows.value).toHaveLength(2);
  });
});

describe('OverviewModel, lists the summary shortens', () => {
  it('offers the rest of the cases over threshold when the summary holds back some', async () => {
    const many = { ...summary, overThreshold: { count: 12, cases: [overCase] } };
    const { api, overview } = setup();
    api.on('GET', '/api/v1/summary', () => many);
    await overview.load({ year: 2025, unit: null });
    expect(overview.moreOverThreshold.value).toBe(11);
    api.on('GET', '/api/v1/cases/over-threshold', () => ({ year: 2025, thresholds, total: 12, limit: 1000, offset: 0, cases: Array.from({ length: 12 }, (_, i) => ({ ...overCase, caseNumber: `案${i}`, totalPoints: 40 + i })) }));
    await overview.allOverThreshold.toggle();
    expect(api.calls.at(-1)?.query).toMatchObject({ limit: 1000 });
    expect(overview.overThresholdRows.value).toHaveLength(12);
    expect(overview.overThresholdRows.value[0].caseNumber).toBe('案11');
  });

  it('loads every rule on request and forgets the full lists when the filter changes', async () => {
    const { overview } = setup();
    await overview.load({ year: 2025, unit: null });
    await overview.allRules.toggle();
    expect(overview.allRules.open.value).toBe(true);
    expect(overview.ruleRows.value.map((r) => r.key)).toEqual(['notice-suspect-counsel-3d']);
    await overview.load({ year: 2024, unit: null });
    expect(overview.allRules.open.value).toBe(false);
    expect(overview.allRules.state.value.status).toBe('idle');
  });
});

describe('composeOverview', () => {
  it('carries totals from the unit tally and marks what it cannot know', () => {
    const units = tally('unit', [row('a', 'A', 5, 1)], 'a');
    const data = composeOverview({ year: 2025, unit: 'a' }, {
      units, prosecutors: tally('prosecutor', []), rules: tally('rule', []), overThreshold: { thresholds, total: 0, cases: [] },
    });
    expect(data.overThreshold).toEqual({ count: 0, cases: [] });
    expect(data.totals).toEqual(units.totals);
    expect(data.pendingObjections).toBeNull();
    expect(data.containsDemoData).toBeNull();
    expect(data.thresholds).toEqual(thresholds);
  });
});
