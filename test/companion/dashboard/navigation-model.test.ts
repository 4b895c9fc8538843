import { describe, expect, it } from 'vitest';
import { hrefFor, NavigationModel, parseRoute, routePath, shanghaiQuarter, shanghaiYear, yearOptions, type HistoryHost, type Route } from '../../../companion/dashboard/web/models/navigation-model.ts';

function fakeHost(url: string) {
  const u = new URL(url, 'http://127.0.0.1');
  const listeners = new Set<() => void>();
  const host = {
    location: { pathname: u.pathname, search: u.search },
    pushed: [] as string[],
    history: { pushState(_d: unknown, _u: string, to: string) { host.pushed.push(to); const n = new URL(to, 'http://127.0.0.1'); host.location = { pathname: n.pathname, search: n.search }; } },
    addEventListener: (_t: 'popstate', l: () => void) => { listeners.add(l); },
    removeEventListener: (_t: 'popstate', l: () => void) => { listeners.delete(l); },
    back(to: string) { const n = new URL(to, 'http://127.0.0.1'); host.location = { pathname: n.pathname, search: n.search }; listeners.forEach((l) => l()); },
    listeners,
  };
  return host satisfies HistoryHost;
}

const june2025 = () => new Date('2025-06-30T17:00:00Z'); // 2025-07-01 01:00 in Shanghai

describe('parseRoute', () => {
  const cases: [string, Route][] = [
    ['/', { name: 'overview' }],
    ['', { name: 'overview' }],
    ['/objections', { name: 'objections' }],
    ['/reports/', { name: 'reports' }],
    ['/calendar', { name: 'calendar' }],
    ['/audit', { name: 'audit' }],
    ['/prosecutors/22222222-2222-4222-8222-222222222222', { name: 'prosecutor', id: '22222222-2222-4222-8222-222222222222' }],
    [`/cases/${encodeURIComponent('苏检刑诉受〔2025〕320102000123号')}`, { name: 'case', caseNumber: '苏检刑诉受〔2025〕320102000123号' }],
    ['/cases/%E0%A4%A', { name: 'not-found', path: '/cases/%E0%A4%A' }],
    ['/nope', { name: 'not-found', path: '/nope' }],
  ];
  it.each(cases)('%s', (path, route) => {
    expect(parseRoute(path)).toEqual(route);
  });

  it('round-trips through routePath', () => {
    const r: Route = { name: 'case', caseNumber: '京检刑诉〔2025〕12/3号' };
    expect(parseRoute(routePath(r))).toEqual(r);
    expect(hrefFor(r, '?year=2024')).toBe(`${routePath(r)}?year=2024`);
    expect(parseRoute('/training-records')).toEqual({ name: 'training-records' });
    expect(routePath({ name: 'training-records' })).toBe('/training-records');
  });
});

describe('years and quarters', () => {
  it('counts in Asia/Shanghai', () => {
    expect(shanghaiYear(new Date('2025-12-31T16:30:00Z'))).toBe(2026);
    expect(shanghaiQuarter(june2025())).toBe(3);
  });
  it('offers five years and keeps a year from the URL', () => {
    expect(yearOptions(2025, 2025)).toEqual([2025, 2024, 2023, 2022, 2021]);
    expect(yearOptions(2025, 2012)).toEqual([2025, 2024, 2023, 2022, 2021, 2012]);
  });
});

describe('NavigationModel', () => {
  it('reads the page, year and unit from the URL', () => {
    const nav = new NavigationModel(fakeHost('/reports?year=2024&unit=320102'), june2025);
    expect(nav.route.value).toEqual({ name: 'reports' });
    expect(nav.year.value).toBe(2024);
    expect(nav.unit.value).toBe('320102');
  });

  it('starts over at sign-out: this year, no unit', () => {
    const host = fakeHost('/reports?year=2023&unit=320102');
    const nav = new NavigationModel(host, june2025);
    nav.startOver({ name: 'overview' });
    expect(nav.route.value).toEqual({ name: 'overview' });
    expect(nav.year.value).toBe(2025);
    expect(nav.unit.value).toBeNull();
    expect(host.pushed.at(-1)).toBe('/');
  });

  it('defaults to this year and all visible units', () => {
    const nav = new NavigationModel(fakeHost('/?year=abc'), june2025);
    expect(nav.year.value).toBe(2025);
    expect(nav.unit.value).toBeNull();
  });

  it('keeps the filters when moving between pages, and pushes history', () => {
    const host = fakeHost('/?unit=320102');
    const nav = new NavigationModel(host, june2025);
    nav.setYear(2024);
    nav.navigate({ name: 'prosecutor', id: 'abc' });
    expect(nav.route.value).toEqual({ name: 'prosecutor', id: 'abc' });
    expect(host.pushed.at(-1)).toBe('/prosecutors/abc?unit=320102&year=2024');
    nav.setYear(2025);
    expect(host.pushed.at(-1)).toBe('/prosecutors/abc?unit=320102');
    nav.setUnit(null);
    expect(nav.unit.value).toBeNull();
    expect(host.pushed.at(-1)).toBe('/prosecutors/abc');
  });

  it('keeps a page’s own filter in the URL beside the year and unit, and drops it when emptied', () => {
    const host = fakeHost('/audit?year=2024&action=adapter-publish');
    const nav = new NavigationModel(host, june2025);
    expect(nav.query.value.get('action')).toBe('adapter-publish');
    nav.setParam('action', 'calendar-overrides');
    expect(host.pushed.at(-1)).toBe('/audit?year=2024&action=calendar-overrides');
    expect(nav.query.value.get('action')).toBe('calendar-overrides');
    nav.setParam('action', null);
    expect(host.pushed.at(-1)).toBe('/audit?year=2024');
    expect(nav.query.value.get('action')).toBeNull();
    host.back('/audit?action=rule-config');
    expect(nav.query.value.get('action')).toBe('rule-config');
  });

  it('does not push the same place twice', () => {
    const host = fakeHost('/objections');
    const nav = new NavigationModel(host, june2025);
    nav.navigate({ name: 'objections' });
    expect(host.pushed).toEqual([]);
  });

  it('follows the back button, and stops listening once disposed', () => {
    const host = fakeHost('/');
    const nav = new NavigationModel(host, june2025);
    nav.navigate({ name: 'reports' });
    host.back('/?year=2023');
    expect(nav.route.value).toEqual({ name: 'overview' });
    expect(nav.year.value).toBe(2023);
    nav[Symbol.dispose]();
    expect(host.listeners.size).toBe(0);
  });
});
