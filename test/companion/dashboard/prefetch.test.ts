import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPrefetch, takePrefetched } from '../../../companion/dashboard/web/api/prefetch.ts';
import { createApiClient } from '../../../companion/dashboard/web/api/client.ts';
import { ids, memoryStorage } from './fake-api.ts';

const me = { user: { id: ids.supervisor, name: '张主任', role: 'supervisor', unitCode: '320100', unitName: '南京市院' }, visibleUnits: [] };
const june = new Date('2025-06-01T00:00:00Z');

function stubFetch() {
  const urls: string[] = [];
  vi.stubGlobal('fetch', vi.fn(async (url: string) => { urls.push(url); return new Response(JSON.stringify(me), { status: 200 }); }));
  return urls;
}

describe('boot prefetch', () => {
  afterEach(() => { vi.unstubAllGlobals(); takePrefetched('/api/v1/me', 'tok'); takePrefetched('/api/v1/summary?year=2025', 'tok'); });

  it('asks for /me and this year\'s /summary at once when a token is kept and the overview is opened', () => {
    const urls = stubFetch();
    startPrefetch({ pathname: '/', search: '' }, memoryStorage({ 'caselight.dashboard.token': 'tok' }), june);
    expect(urls).toEqual(['/api/v1/me', '/api/v1/summary?year=2025']);
  });

  it('does nothing without a token, on other pages, or for one unit', () => {
    const urls = stubFetch();
    startPrefetch({ pathname: '/', search: '' }, memoryStorage(), june);
    startPrefetch({ pathname: '/objections', search: '' }, memoryStorage({ 'caselight.dashboard.token': 'tok' }), june);
    startPrefetch({ pathname: '/', search: '?unit=320102' }, memoryStorage({ 'caselight.dashboard.token': 'tok' }), june);
    expect(urls).toEqual([]);
  });

  it('hands each answer to the client once, and only for the same token', async () => {
    const urls = stubFetch();
    startPrefetch({ pathname: '/', search: '?year=2024' }, memoryStorage({ 'caselight.dashboard.token': 'tok' }), june);
    expect(takePrefetched('/api/v1/summary?year=2024', 'other')).toBeUndefined();
    expect(takePrefetched('/api/v1/summary?year=2024', 'tok')).toBeUndefined();
    // Same-origin, as on the dashboard: the client's URL must be the one the boot started.
    const api = createApiClient({ http: (r) => fetch(r.url, { method: r.method, headers: r.headers }), getToken: () => 'tok', prefetched: takePrefetched });
    expect((await api.call('me')).user.name).toBe('张主任');
    expect(urls).toEqual(['/api/v1/me', '/api/v1/summary?year=2024']);
    await api.call('me');
    expect(urls).toHaveLength(3);
  });
});
