import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError, buildUrl, createApiClient } from '../../../companion/dashboard/web/api/client.ts';
import { dashboardHttp } from '../../../companion/dashboard/web/api/http.ts';
import { ids } from './fake-api.ts';

// The real client: the shared typed client handed the dashboard's ky instance, over a recorded fetch.
const BASE = 'http://dashboard.test';

const me = { user: { id: ids.supervisor, name: '张主任', role: 'supervisor', unitCode: '320100', unitName: '南京市院' }, visibleUnits: [] };

function client(respond: (url: string, init: RequestInit) => Response | Promise<Response>, token: string | null = 'secret') {
  const seen: { url: string; request: Request; body: string }[] = [];
  const onUnauthorized = vi.fn();
  const api = createApiClient({
    baseUrl: BASE,
    getToken: () => token,
    onUnauthorized,
    http: dashboardHttp((async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      seen.push({ url: request.url, request, body: await request.clone().text() });
      return respond(request.url, init ?? {});
    }) as typeof fetch),
  });
  return { api, seen, onUnauthorized };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

describe('dashboard API client', () => {
  it('sends the bearer token and parses the answer with the shared schema', async () => {
    const { api, seen } = client(() => json(200, me));
    const out = await api.call('me');
    expect(out.user.name).toBe('张主任');
    expect(seen[0].url).toBe(`${BASE}/api/v1/me`);
    expect(seen[0].request.headers.get('authorization')).toBe('Bearer secret');
    expect(seen[0].request.credentials).toBe('omit');
    expect(seen[0].request.cache).toBe('no-store');
  });

  it('turns the companion error body into an ApiError with its bilingual reason', async () => {
    const { api } = client(() => json(403, { error: 'forbidden', message: 'Outside your units', reason: { zh: '超出可见单位范围', en: 'Outside your units' } }));
    const err = await api.call('tallies', { query: { groupBy: 'unit', year: 2025, unit: 'x' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 403, code: 'forbidden', reason: { zh: '超出可见单位范围', en: 'Outside your units' } });
  });

  it('ends the session on 401', async () => {
    const { api, onUnauthorized } = client(() => json(401, { error: 'unauthorized', message: 'x', reason: { zh: '请登录', en: 'Sign in' } }));
    await expect(api.call('me')).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('does not end the session while signing in with a candidate token', async () => {
    const { api, onUnauthorized, seen } = client(() => json(401, { error: 'unauthorized', message: 'x', reason: { zh: '令牌无效', en: 'Bad token' } }), null);
    await expect(api.withToken('candidate').call('me')).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).not.toHaveBeenCalled();
    expect(seen[0].request.headers.get('authorization')).toBe('Bearer candidate');
  });

  it('never shows a 5xx body, only a generic reason', async () => {
    const { api } = client(() => json(500, { message: 'Internal Server Error' }));
    await expect(api.call('me')).rejects.toMatchObject({ status: 500, code: 'server-error' });
  });

  it('reports an unreachable server', async () => {
    const { api } = client(() => { throw new TypeError('Failed to fetch'); });
    await expect(api.call('me')).rejects.toMatchObject({ status: 0, code: 'network' });
  });

  it('rejects answers that break the contract', async () => {
    const { api } = client(() => json(200, { ...me, extra: true }));
    await expect(api.call('me')).rejects.toMatchObject({ code: 'bad-response' });
  });

  it('posts JSON', async () => {
    const { api, seen } = client(() => json(200, me));
    await api.call('decideObjection', { params: { id: ids.objection1 }, body: { decision: 'accepted', reason: '成立' } }).catch(() => undefined);
    expect(seen[0].url).toBe(`${BASE}/api/v1/objections/${ids.objection1}/decision`);
    expect(seen[0].request.method).toBe('POST');
    expect(seen[0].body).toBe('{"decision":"accepted","reason":"成立"}');
    expect(seen[0].request.headers.get('content-type')).toBe('application/json');
  });

  it('downloads with the file name from Content-Disposition', async () => {
    const { api, seen } = client(() => new Response('a,b\n', {
      status: 200,
      headers: { 'Content-Type': 'text/csv', 'Content-Disposition': `attachment; filename="q.csv"; filename*=UTF-8''${encodeURIComponent('晒案-2025-Q1.csv')}` },
    }));
    const file = await api.download('quarterlyReport', { query: { year: 2025, quarter: 1, format: 'csv' } });
    expect(file.filename).toBe('晒案-2025-Q1.csv');
    expect(await file.blob.text()).toBe('a,b\n');
    expect(seen[0].url).toBe(`${BASE}/api/v1/reports/quarterly?year=2025&quarter=1&format=csv`);
    expect(seen[0].request.headers.get('accept')).toBe('*/*');
  });

  it('reads JSON outside the API with the parser it is given (the extension policy index)', async () => {
    const { api, seen } = client(() => json(200, { files: 3 }));
    await expect(api.getJson('/extension/policies', z.object({ files: z.string() }))).rejects.toMatchObject({ code: 'bad-response' });
    expect(seen[0].url).toBe(`${BASE}/extension/policies`);
  });

  it('leaves empty query values out', () => {
    expect(buildUrl('/a', { year: 2025, unit: null, q: undefined, s: '' })).toBe('/a?year=2025');
  });
});
