// 1,000 generated malformed requests: every one gets a 4xx JSON answer with a reason, never a 5xx —
// except a batch of events that mixes good and broken ones, which stores the good ones and names
// each broken one in `rejected` (200).
import { createServer, type Server } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpoints } from '../../shared/api/index.ts';
import { apiFixture, backends, event } from './helpers.ts';

const garbage = fc.oneof(
  fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(''), fc.constant('x'.repeat(600)),
  fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 8 }), fc.string(), { maxKeys: 3 }),
  fc.constantFrom('2025-02-30', '2025-13-01', 'NaN', '-1', '1e309', '__proto__', '../../etc/passwd', "' or 1=1 --", '\u0000', '红'),
);

/** A valid event with one field broken (wrong type, out of range, or an extra key). */
const brokenEvent = fc.tuple(fc.constantFrom(...Object.keys(event()), 'suspectName', 'objectionReason'), garbage).map(([key, value]) => {
  const e: Record<string, unknown> = { ...event() };
  if (key === 'objectionReason' && value === undefined) delete e.kind;
  e[key] = value;
  return e;
});

const bodies = fc.oneof(
  brokenEvent.map((e) => ({ events: [e] })),
  fc.array(brokenEvent, { minLength: 1, maxLength: 3 }).map((events) => ({ events: [event(), ...events] })),
  fc.constantFrom({ events: [] }, { events: null }, { events: 'x' }, [], {}, { events: Array.from({ length: 501 }, () => event()) }),
  fc.jsonValue().map((v) => v as object),
  fc.record({ defectId: garbage, reason: garbage }),
  fc.record({ decision: garbage, reason: garbage }),
  fc.record({ rules: garbage, thresholds: garbage }),
  fc.record({ adapters: garbage }),
  fc.record({ overrides: garbage }),
);

const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v) ?? 'undefined');
const queryValue = fc.oneof(garbage.map(text), fc.constantFrom('unit', 'prosecutor', 'month', '2025', '1850', '5', 'csv', 'pending'));
/** Random parameters plus one that is certainly wrong (unknown, or a bad value for a known one). */
const queries = fc.tuple(
  fc.dictionary(fc.constantFrom('groupBy', 'year', 'quarter', 'unit', 'format', 'status', 'limit', 'sort', '__proto__'), queryValue, { maxKeys: 3 }),
  fc.constantFrom(['limit', '0'], ['year', 'abc'], ['year', '1850'], ['groupBy', 'suspect'], ['quarter', '9'], ['format', 'pdf'], ['status', 'maybe'], ['unit', '单位!'], ['callback', 'x']),
).map(([q, [k, v]]) => ({ ...q, [k]: v }));

type Who = 'admin' | 'east1' | 'eastSupervisor' | 'trainer' | 'none' | 'bogus';

const requests = fc.oneof(
  // A real endpoint with a broken body or query.
  fc.record({
    endpoint: fc.constantFrom(...endpoints),
    who: fc.constantFrom<Who>('admin', 'east1', 'eastSupervisor', 'trainer'),
    body: bodies,
    query: queries,
    rawBody: fc.option(fc.oneof(fc.string(), fc.constantFrom('{', '{"events":[', 'null', '"str"', '[1,2', '\u0000\u0001')), { nil: undefined }),
    id: fc.oneof(garbage.map(text), fc.constant('0b6f2f0e-8f3c-4a8e-9c1a-2d6b7a1f3e55')),
  }).map((r) => ({ ...r, kind: 'endpoint' as const })),
  // No token or a made-up one, anywhere.
  fc.record({
    path: fc.oneof(fc.constantFrom(...endpoints.map((e) => e.path)), fc.webPath()),
    method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
    who: fc.constantFrom<Who>('none', 'bogus'),
  }).map((r) => ({ ...r, kind: 'anonymous' as const })),
);

describe.each(backends)('malformed requests ($name)', (backend) => {
  let f: Awaited<ReturnType<typeof apiFixture>>;
  let server: Server;
  let base: string;
  beforeAll(async () => {
    f = await apiFixture(backend, { bodyLimit: '64kb' });
    server = createServer(f.app);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((r) => { server.close(() => r()); server.closeAllConnections(); });
    await f.t.cleanup();
  });

  it('answers 1,000 generated malformed requests with a 4xx JSON reason, never a 5xx', async () => {
    const statuses = new Map<number, number>();
    await fc.assert(fc.asyncProperty(requests, async (r) => {
      const headers: Record<string, string> = {};
      let url: string;
      let method: string;
      let body: string | undefined;
      if (r.kind === 'endpoint') {
        method = r.endpoint.method.toUpperCase();
        // Bodies that happen to be valid (e.g. { overrides: [] }) are not malformed: skip them.
        if (r.endpoint.method !== 'get' && r.rawBody === undefined) fc.pre(!r.endpoint.body?.safeParse(r.body).success);
        headers.Authorization = `Bearer ${f.w[r.who as 'admin'].token}`;
        const path = r.endpoint.path.replace(':caseNumber', encodeURIComponent(String(r.id)).replaceAll('%25', '%')).replace(':id', encodeURIComponent(String(r.id)));
        const qs = method === 'GET' ? new URLSearchParams(Object.entries(r.query).map(([k, v]) => [k, String(v)])).toString() : '';
        url = `${base}/api/v1${path}${qs ? `?${qs}` : ''}`;
        if (method !== 'GET') {
          headers['Content-Type'] = 'application/json';
          body = r.rawBody ?? JSON.stringify(r.body);
        }
      } else {
        if (r.who === 'bogus') headers.Authorization = 'Bearer clt_not-a-real-token';
        url = `${base}/api/v1${r.path.startsWith('/') ? '' : '/'}${r.path}`;
        method = r.method;
      }
      const res = await fetch(url, { method, headers, body });
      const text = await res.text();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status === 200 && r.kind === 'endpoint' && r.endpoint.path === '/events' && r.rawBody === undefined) {
        const sent = (r.body as { events: Array<{ id?: unknown }> }).events;
        const out = JSON.parse(text) as { accepted: number; rejected: Array<{ id: string; field: string; reason: string }> };
        expect(out.rejected.length, text).toBeGreaterThan(0);
        expect(out.accepted + out.rejected.length).toBeLessThanOrEqual(sent.length);
        for (const x of out.rejected) expect(sent.some((e) => e.id === x.id)).toBe(true);
        return;
      }
      expect(res.status, `${method} ${url} ${body?.slice(0, 200)} → ${text.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
      expect(res.status, `${method} ${url} ${body?.slice(0, 200)} → ${text.slice(0, 300)}`).toBeLessThan(500);
      expect(res.headers.get('content-type')).toContain('application/json');
      const json = JSON.parse(text) as { reason?: { zh?: string; en?: string } };
      expect(typeof json.reason?.zh).toBe('string');
      expect(typeof json.reason?.en).toBe('string');
    }), { numRuns: 1000 });
    expect([...statuses.keys()].every((s) => s === 200 || (s >= 400 && s < 500))).toBe(true);
    expect(statuses.get(400)).toBeGreaterThan(300);
    expect(statuses.get(401)).toBeGreaterThan(50);
  }, 120_000);
});
