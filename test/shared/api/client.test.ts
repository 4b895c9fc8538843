// The typed client of shared/api/client.ts against a real companion over real HTTP, handed ky the
// way the extension hands it (kyHttp), and plain fetch the way a page could.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiUrl, createApiClient, type HttpFunction } from '../../../shared/api/client.ts';
import { ENDPOINTS, apiPath, endpoints } from '../../../shared/api/endpoints.ts';
import { createHttp, kyHttp } from '../../../extension/sync/client.ts';
import { apiFixture, backends } from '../../companion/helpers.ts';

const fetchHttp: HttpFunction = (r) => fetch(r.url, { method: r.method, headers: { ...r.headers, ...(r.json === undefined ? {} : { 'content-type': 'application/json' }) }, body: r.json === undefined ? undefined : JSON.stringify(r.json) });

describe('apiPath / apiUrl: paths come from the endpoint table', () => {
  it('fills and encodes path parameters, and refuses a missing one', () => {
    expect(apiPath('caseDefects', { caseNumber: '苏检刑诉受〔2025〕7号' })).toBe(`/api/v1/cases/${encodeURIComponent('苏检刑诉受〔2025〕7号')}/defects`);
    expect(() => apiPath('caseDefects')).toThrow(/caseNumber/);
    expect(apiUrl('tallies', { query: { groupBy: 'unit', year: 2025, unit: '' } }, 'http://h:1//')).toBe('http://h:1/api/v1/tallies?groupBy=unit&year=2025');
  });

  it('names every endpoint once, by method and path', () => {
    expect(new Set(endpoints.map((e) => `${e.method} ${e.path}`)).size).toBe(Object.keys(ENDPOINTS).length);
  });
});

describe('createApiClient against the companion', () => {
  const backend = backends[0];
  let f: Awaited<ReturnType<typeof apiFixture>>;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    f = await apiFixture(backend);
    server = createServer(f.app);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    await f.t.cleanup();
  });

  it('GETs and validates the answer with the endpoint schema (ky)', async () => {
    const call = createApiClient(kyHttp(createHttp()), { baseUrl: base, token: () => f.w.east1.token });
    const me = await call('me');
    expect(me.ok).toBe(true);
    if (me.ok) expect(me.data.user.id).toBe(f.w.east1.id);
  });

  it('sends path parameters, queries and bodies, and reports refusals with the status and reason (fetch)', async () => {
    const admin = createApiClient(fetchHttp, { baseUrl: base, token: () => f.w.admin.token });
    const put = await admin('putCalendarOverrides', { body: { overrides: [{ date: '2025-10-11', kind: 'workday', note: '调休' }] } });
    expect(put.ok).toBe(true);
    const read = await admin('calendarOverrides');
    expect(read.ok && read.data.overrides.map((o) => o.date)).toEqual(['2025-10-11']);
    const prosecutor = createApiClient(fetchHttp, { baseUrl: base, token: () => f.w.east1.token });
    const refused = await prosecutor('putCalendarOverrides', { body: { overrides: [] } });
    expect(refused).toMatchObject({ ok: false, status: 403, body: { reason: { zh: expect.any(String), en: expect.any(String) } } });
    const defects = await prosecutor('caseDefects', { params: { caseNumber: '苏检刑诉受〔2025〕404号' } });
    expect(defects.status).toBe(200);
    const badQuery = await prosecutor('tallies', { query: { groupBy: 'nonsense' as 'unit' } });
    expect(badQuery).toMatchObject({ ok: false, status: 400 });
    const noToken = await createApiClient(fetchHttp, { baseUrl: base })('me');
    expect(noToken).toMatchObject({ ok: false, status: 401 });
  });
});
