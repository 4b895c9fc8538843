// A fake ApiClient for the dashboard's model tests: answers by method and path (from the endpoint
// table, as the real client builds them), and runs every answer through the endpoint's response
// schema, as the real client does, so fixtures that drift from the contract fail loudly.
import { ApiError, type ApiClient, type Download, type Parser, type Query } from '../../../companion/dashboard/web/api/client.ts';
import { ENDPOINTS, apiPath, type EndpointName, type TallyFigures, type TallyResponse, type TallyRow } from '../../../shared/api/index.ts';

export interface Call { method: 'GET' | 'POST' | 'PUT' | 'DOWNLOAD'; path: string; query?: Query; body?: unknown; token: string | null }

type Handler = (req: { query: Query; body?: unknown; token: string | null }) => unknown;

export interface FakeApi extends ApiClient {
  calls: Call[];
  on(method: Call['method'], path: string, handler: Handler): FakeApi;
}

export function fakeApi(token: string | null = 'tok', shared?: { handlers: Map<string, Handler>; calls: Call[] }): FakeApi {
  const handlers = shared?.handlers ?? new Map<string, Handler>();
  const calls: Call[] = shared?.calls ?? [];
  const run = async <T>(method: Call['method'], path: string, parser: Parser<T> | null, query: Query = {}, body?: unknown): Promise<T> => {
    calls.push({ method, path, query, body, token });
    await Promise.resolve();
    const handler = handlers.get(`${method} ${path}`);
    if (!handler) throw new ApiError(404, 'not-found', { zh: `未找到 ${path}`, en: `Not found ${path}` });
    const out = handler({ query, body, token });
    if (out instanceof ApiError) throw out;
    if (!parser) return out as T;
    const parsed = parser.safeParse(out);
    if (!parsed.success) throw new Error(`fixture for ${method} ${path} does not match its schema: ${String(parsed.error)}`);
    return parsed.data;
  };
  const api: FakeApi = {
    calls,
    on(method, path, handler) { handlers.set(`${method} ${path}`, handler); return api; },
    call: ((name: EndpointName, input: { params?: Record<string, string>; query?: Query; body?: unknown } = {}) => {
      const e = ENDPOINTS[name];
      return run(e.method.toUpperCase() as Call['method'], apiPath(name, input.params), e.response.schema as Parser<unknown>, input.query, input.body);
    }) as ApiClient['call'],
    download: ((name: EndpointName, input: { params?: Record<string, string>; query?: Query } = {}) =>
      run<Download>('DOWNLOAD', apiPath(name, input.params), null, input.query)) as ApiClient['download'],
    getJson: (path, parser) => run('GET', path, parser),
    downloadPath: (path) => run<Download>('DOWNLOAD', path, null),
    withToken: (t) => fakeApi(t, { handlers, calls }),
  };
  return api;
}

export const forbidden = (zh: string, en: string) => new ApiError(403, 'forbidden', { zh, en });

export function figures(points: number, defects: number, rectified = 0, voided = 0): TallyFigures {
  return { defects, points, rectified, rectificationRate: defects === 0 ? null : rectified / defects, voided, voidedPoints: voided * 2 };
}

export function row(key: string, label: string, points: number, defects: number, rectified = 0, voided = 0): TallyRow {
  return { key, label, ...figures(points, defects, rectified, voided) };
}

/** A tally answer as the companion gives it: `rows` in its order, one page of them (default: the first 100). */
export function tally(groupBy: TallyResponse['groupBy'], rows: TallyRow[], unit: string | null = null, year = 2025, page: { limit?: number; offset?: number } = {}): TallyResponse {
  const sum = rows.reduce((a, r) => ({ p: a.p + r.points, d: a.d + r.defects, r: a.r + r.rectified, v: a.v + r.voided }), { p: 0, d: 0, r: 0, v: 0 });
  const limit = page.limit ?? 100;
  const offset = page.offset ?? 0;
  return { year, groupBy, unit, rows: rows.slice(offset, offset + limit), totals: figures(sum.p, sum.d, sum.r, sum.v), total: rows.length, limit, offset };
}

/**
 * The companion's answer to a tallies query over `rows`: ordered as it orders them (points, defects,
 * key; months and quarters as given), then one page, or with `user` that row and its rank.
 */
export function tallyAnswer(groupBy: TallyResponse['groupBy'], rows: TallyRow[], query: Query, unit: string | null = null, year = 2025): TallyResponse {
  const ordered = groupBy === 'month' || groupBy === 'quarter' ? rows
    : [...rows].sort((a, b) => b.points - a.points || b.defects - a.defects || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  if (query.user !== undefined) {
    const at = ordered.findIndex((r) => r.key === query.user);
    const all = tally(groupBy, ordered, unit, year);
    return { ...all, rows: at < 0 ? [] : [ordered[at]], rank: at < 0 ? null : at + 1 };
  }
  return tally(groupBy, ordered, unit, year, { limit: query.limit === undefined ? undefined : Number(query.limit), offset: query.offset === undefined ? undefined : Number(query.offset) });
}

export const ids = {
  supervisor: '11111111-1111-4111-8111-111111111111',
  wang: '22222222-2222-4222-8222-222222222222',
  li: '33333333-3333-4333-8333-333333333333',
  zhao: '44444444-4444-4444-8444-444444444444',
  defect1: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa1',
  defect2: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa2',
  defect3: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa3',
  objection1: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbb1',
  objection2: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbb2',
};

export function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => { data.set(k, v); },
    removeItem: (k: string) => { data.delete(k); },
  };
}
