import { describe, expect, it, vi } from 'vitest';
import { MeResponseSchema } from '../../../shared/api/index.ts';
import { ApiError, buildUrl, createApiClient } from '../../../companion/dashboard/web/api/client.ts';
import { ids } from './fake-api.ts';

const me = { user: { id: ids.supervisor, name: '张主任', role: 'supervisor', unitCode: '320100', unitName: '南京市院' }, visibleUnits: [] };

function client(respond: (url: string, init: RequestInit) => Response | Promise<Response>, token: string | null = 'secret') {
  const seen: { url: string; init: RequestInit }[] = [];
  const onUnauthorized = vi.fn();
  const api = createApiClient({
    getToken: () => token,
    onUnauthorized,
    fetch: (async (input: RequestInfo | URL, init?: RequestInit) => { seen.push({ url: String(input), init: init ?? {} }); return respond(String(input), init ?? {}); }) as typeof fetch,
  });
  return { api, seen, onUnauthorized };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

describe('dashboard API client', () => {
  it('sends the bearer token and parses the answer with the shared schema', async () => {
    const { api, seen } = client(() => json(200, me));
    const out = await api.get('/api/v1/me', MeResponseSchema);
    expect(out.user.name).toBe('张主任');
    expect((seen[0].init.headers as Record<string, string>).Authorization).toBe('Bearer secret');
    expect(seen[0].init.credentials).toBe('omit');
  });

  it('turns the companion error body into an ApiError with its bilingual reason', async () => {
    const { api } = client(() => json(403, { error: 'forbidden', message: 'Outside your units', reason: { zh: '超出可见单位范围', en: 'Outside your units' } }));
    const err = await api.get('/api/v1/tallies', MeResponseSchema, { unit: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 403, code: 'forbidden', reason: { zh: '超出可见单位范围', en: 'Outside your units' } });
  });

  it('ends the session on 401', async () => {
    const { api, onUnauthorized } = client(() => json(401, { error: 'unauthorized', message: 'x', reason: { zh: '请登录', en: 'Sign in' } }));
    await expect(api.get('/api/v1/me', MeResponseSchema)).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('does not end the session while signing in with a candidate token', async () => {
    const { api, onUnauthorized, seen } = client(() => json(401, { error: 'unauthorized', message: 'x', reason: { zh: '令牌无效', en: 'Bad token' } }), null);
    await expect(api.withToken('candidate').get('/api/v1/me', MeResponseSchema)).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).not.toHaveBeenCalled();
    expect((seen[0].init.headers as Record<string, string>).Authorization).toBe('Bearer candidate');
  });

  it('never shows a 5xx body, only a generic reason', async () => {
    const { api } = client(() => json(500, { message: 'Internal Server Error' }));
    await expect(api.get('/api/v1/me', MeResponseSchema)).rejects.toMatchObject({ status: 500, code: 'server-error' });
  });

  it('reports an unreachable server', async () => {
    const { api } = client(() => { throw new TypeError('Failed to fetch'); });
    await expect(api.get('/api/v1/me', MeResponseSchema)).rejects.toMatchObject({ status: 0, code: 'network' });
  });

  it('rejects answers that break the contract', async () => {
    const { api } = client(() => json(200, { ...me, extra: true }));
    await expect(api.get('/api/v1/me', MeResponseSchema)).rejects.toMatchObject({ code: 'bad-response' });
  });

  it('posts JSON', async () => {
    const { api, seen } = client(() => json(200, me));
    await api.post('/api/v1/x', { decision: 'accepted', reason: '成立' }, MeResponseSchema);
    expect(seen[0].init.method).toBe('POST');
    expect(seen[0].init.body).toBe('{"decision":"accepted","reason":"成立"}');
    expect((seen[0].init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('downloads with the file name from Content-Disposition', async () => {
    const { api, seen } = client(() => new Response('a,b\n', {
      status: 200,
      headers: { 'Content-Type': 'text/csv', 'Content-Disposition': `attachment; filename="q.csv"; filename*=UTF-8''${encodeURIComponent('晒案-2025-Q1.csv')}` },
    }));
    const file = await api.download('/api/v1/reports/quarterly', { year: 2025, quarter: 1, format: 'csv' });
    expect(file.filename).toBe('晒案-2025-Q1.csv');
    expect(await file.blob.text()).toBe('a,b\n');
    expect(seen[0].url).toBe('/api/v1/reports/quarterly?year=2025&quarter=1&format=csv');
  });

  it('leaves empty query values out', () => {
    expect(buildUrl('/a', { year: 2025, unit: null, q: undefined, s: '' })).toBe('/a?year=2025');
  });
});
