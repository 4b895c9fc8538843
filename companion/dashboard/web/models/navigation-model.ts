// NavigationModel: the page, the year, the unit (and a page's own filter) live in the URL, so a drill-down can be bookmarked and sent on.
import { computed, createModel, effect, signal } from '@preact/signals';
import { parseYear, shanghaiYear } from '../url-state.ts';

export { parseYear, shanghaiQuarter, shanghaiYear } from '../url-state.ts';

export type Route =
  | { name: 'overview' }
  | { name: 'prosecutor'; id: string }
  | { name: 'case'; caseNumber: string }
  | { name: 'objections' }
  | { name: 'reports' }
  | { name: 'calendar' }
  | { name: 'training-records' }
  | { name: 'deploy' }
  | { name: 'notices' }
  | { name: 'rectification' }
  | { name: 'leaders' }
  | { name: 'evaluation' }
  | { name: 'chiefs' }
  | { name: 'assessments' }
  | { name: 'audit' }
  | { name: 'not-found'; path: string };

export interface Place {
  pathname: string;
  search: string;
}

/** The browser's location and history, or a fake in tests. */
export interface HistoryHost {
  location: Place;
  history: { pushState(data: unknown, unused: string, url: string): void };
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
}

function decode(segment: string): string | null {
  try { return decodeURIComponent(segment); } catch { return null; }
}

/**
 * `/` overview, `/prosecutors/<user id>`, `/cases/<案号>`, `/objections`, `/reports`, `/calendar`,
 * `/notices`, `/rectification`, `/leaders`, `/evaluation`, `/chiefs`, `/assessments`, `/deploy` and `/audit`
 * (administrators).
 * parseRoute('/cases/%E8%8B%8F%E6%A3%80') → { name: 'case', caseNumber: '苏检' }
 */
export function parseRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { name: 'overview' };
  if (path === '/objections') return { name: 'objections' };
  if (path === '/reports') return { name: 'reports' };
  if (path === '/calendar') return { name: 'calendar' };
  if (path === '/training-records') return { name: 'training-records' };
  if (path === '/deploy') return { name: 'deploy' };
  if (path === '/notices') return { name: 'notices' };
  if (path === '/rectification') return { name: 'rectification' };
  if (path === '/leaders') return { name: 'leaders' };
  if (path === '/evaluation') return { name: 'evaluation' };
  if (path === '/chiefs') return { name: 'chiefs' };
  if (path === '/assessments') return { name: 'assessments' };
  if (path === '/audit') return { name: 'audit' };
  const m = /^\/(prosecutors|cases)\/([^/]+)$/.exec(path);
  if (m) {
    const value = decode(m[2]);
    if (value) return m[1] === 'cases' ? { name: 'case', caseNumber: value } : { name: 'prosecutor', id: value };
  }
  return { name: 'not-found', path };
}

export function routePath(route: Route): string {
  switch (route.name) {
    case 'overview': return '/';
    case 'objections': return '/objections';
    case 'reports': return '/reports';
    case 'calendar': return '/calendar';
    case 'training-records': return '/training-records';
    case 'deploy': return '/deploy';
    case 'notices': return '/notices';
    case 'rectification': return '/rectification';
    case 'leaders': return '/leaders';
    case 'evaluation': return '/evaluation';
    case 'chiefs': return '/chiefs';
    case 'assessments': return '/assessments';
    case 'audit': return '/audit';
    case 'prosecutor': return `/prosecutors/${encodeURIComponent(route.id)}`;
    case 'case': return `/cases/${encodeURIComponent(route.caseNumber)}`;
    case 'not-found': return route.path;
  }
}

/** A real link to a page with the current filters, so it also opens in a new tab. */
export function hrefFor(to: Route, search: string): string {
  return `${routePath(to)}${search}`;
}

/** The years offered in the selector: this year and the four before it, plus a year from the URL outside that range. */
export function yearOptions(thisYear: number, selected: number): number[] {
  const years = Array.from({ length: 5 }, (_, i) => thisYear - i);
  if (!years.includes(selected)) years.push(selected);
  return years.sort((a, b) => b - a);
}

export const NavigationModel = createModel((host: HistoryHost, now: () => Date = () => new Date()) => {
  const place = signal<Place>({ pathname: host.location.pathname, search: host.location.search }, { name: 'place' });
  const query = computed(() => new URLSearchParams(place.value.search), { name: 'query' });
  const route = computed(() => parseRoute(place.value.pathname), { name: 'route' });
  const thisYear = shanghaiYear(now());
  const currentYear = signal(thisYear, { name: 'currentYear' });
  const year = computed(() => parseYear(query.value.get('year')) ?? currentYear.value, { name: 'year' });
  const unit = computed(() => query.value.get('unit') || null, { name: 'unit' });
  const years = computed(() => yearOptions(currentYear.value, year.value), { name: 'years' });

  effect(() => {
    const onPop = () => { place.value = { pathname: host.location.pathname, search: host.location.search }; };
    host.addEventListener('popstate', onPop);
    return () => host.removeEventListener('popstate', onPop);
  });

  function go(pathname: string, params: URLSearchParams) {
    const search = params.toString() ? `?${params.toString()}` : '';
    const current = place.peek();
    if (current.pathname === pathname && current.search === search) return;
    host.history.pushState(null, '', `${pathname}${search}`);
    place.value = { pathname, search };
  }

  /** Goes to a page, keeping the year and unit. */
  function navigate(to: Route) {
    go(routePath(to), new URLSearchParams(place.peek().search));
  }

  function setParam(key: string, value: string | null) {
    const params = new URLSearchParams(place.peek().search);
    if (value === null || value === '') params.delete(key); else params.set(key, value);
    go(place.peek().pathname, params);
  }

  /** The current year is the default, so it stays out of the URL. */
  function setYear(y: number) {
    setParam('year', y === currentYear.peek() ? null : String(y));
  }

  function setUnit(code: string | null) {
    setParam('unit', code);
  }

  /** Goes to a page with the defaults (this year, the user's own units): at sign-out, so the next person starts afresh. */
  function startOver(to: Route) {
    go(routePath(to), new URLSearchParams());
  }

  // `query` and setParam: a page's own filter kept in the URL (the audit trail's action), so it
  // survives a reload and goes along in a link. (A model's methods run untracked: read `query`.)
  return { place, route, query, year, unit, years, currentYear, navigate, setYear, setUnit, setParam, startOver };
});
export type NavigationModel = InstanceType<typeof NavigationModel>;
