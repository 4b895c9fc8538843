// Rate limits and the export cap with two companions (two apps, each with its own pool) on one
// PostgreSQL schema: one limit per user and per address for both together. On SQLite each process
// counts by itself (one process owns a SQLite file).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../companion/app.ts';
import { openStore, type Store } from '../../../companion/db/store.ts';
import { createSharedExportLimiter } from '../../../companion/limits/export-tickets.ts';
import { PostgresRateLimitStore } from '../../../companion/limits/rate-limit-store.ts';
import { auth, NOW, seedWorld, testConfig, type World } from '../helpers.ts';

const pgUrl = process.env.TEST_DATABASE_URL;

/** Enough of a Response for a limiter: headers and the 'close' event. */
function fakeRes() {
  const listeners = new Map<string, () => void>();
  const headers: Record<string, string> = {};
  return {
    headers,
    setHeader(k: string, v: string) { headers[k] = v; },
    once(e: string, f: () => void) { listeners.set(e, f); },
    off(e: string) { listeners.delete(e); },
    close() { listeners.get('close')?.(); },
  } as unknown as Parameters<ReturnType<typeof createSharedExportLimiter>['run']>[0] & { close(): void; headers: Record<string, string> };
}

describe('SQLite: each process counts by itself', () => {
  it('two apps over one SQLite ledger do not share a window', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'caselight-i13-'));
    const store = await openStore({ dataDir });
    try {
      const w = await seedWorld(store);
      const config = testConfig(dataDir, { rateLimitPerMinute: 3 });
      const [a, b] = [createApp({ config, store, now: () => NOW }), createApp({ config, store, now: () => NOW })];
      for (let i = 0; i < 3; i++) await request(a).get('/api/v1/me').set(auth(w.east1)).expect(200);
      await request(a).get('/api/v1/me').set(auth(w.east1)).expect(429);
      await request(b).get('/api/v1/me').set(auth(w.east1)).expect(200);
    } finally {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!pgUrl)('two companions on one PostgreSQL schema', () => {
  const schema = `caselight_i13_limits_${Date.now().toString(36)}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'caselight-i13-'));
  let one: Store;
  let two: Store;
  let w: World;
  beforeAll(async () => {
    one = await openStore({ dataDir, databaseUrl: pgUrl, pgSchema: schema, poolSize: 4 });
    two = await openStore({ dataDir, databaseUrl: pgUrl, pgSchema: schema, poolSize: 4 });
    w = await seedWorld(one);
  });
  afterAll(async () => {
    await one.close();
    await two.close();
    const c = new pg.Client({ connectionString: pgUrl });
    await c.connect();
    try { await c.query(`drop schema if exists ${schema} cascade`); } finally { await c.end(); }
    rmSync(dataDir, { recursive: true, force: true });
  });
  const apps = (overrides: Parameters<typeof testConfig>[1]) => {
    const config = testConfig(dataDir, overrides);
    return [createApp({ config, store: one, now: () => NOW }), createApp({ config, store: two, now: () => NOW })];
  };

  it('count one window per user across instances', async () => {
    const [a, b] = apps({ rateLimitPerMinute: 5 });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await request(i % 2 === 0 ? a : b).get('/api/v1/me').set(auth(w.west1))).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const refused = await request(a).get('/api/v1/me').set(auth(w.west1));
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ error: 'rate-limited', reason: { zh: expect.any(String), en: expect.any(String) } });
    expect(refused.headers.ratelimit).toMatch(/r=0/);
    // Another user has a window of their own.
    await request(b).get('/api/v1/me').set(auth(w.east2)).expect(200);
  });

  it('count made-up tokens against the address across instances', async () => {
    const [a, b] = apps({ rateLimitPerMinute: 4 });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push((await request(i % 2 === 0 ? a : b).get('/api/v1/me').set('Authorization', `Bearer made-up-${i}`)).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
  });

  it('open a new window once the old one ended (by the database clock)', async () => {
    const store = new PostgresRateLimitStore(one.db);
    store.init({ windowMs: 300 } as never);
    const other = new PostgresRateLimitStore(two.db);
    other.init({ windowMs: 300 } as never);
    expect((await store.increment('k')).totalHits).toBe(1);
    expect((await other.increment('k')).totalHits).toBe(2);
    expect((await store.get('k'))?.totalHits).toBe(2);
    await other.decrement('k');
    expect((await store.get('k'))?.totalHits).toBe(1);
    await new Promise((r) => setTimeout(r, 350));
    expect(await store.get('k')).toBeUndefined();
    const fresh = await other.increment('k');
    expect(fresh.totalHits).toBe(1);
    expect(fresh.resetTime!.getTime()).toBeGreaterThan(Date.now() - 1000);
    await store.sweep();
    await store.resetKey('k');
    expect(await other.get('k')).toBeUndefined();
  });

  it('cap exports for the cluster: N run, the queue waits oldest first across instances, one more is 429', async () => {
    const a = createSharedExportLimiter(one.db, { concurrency: 1, queue: 2, pollMs: 20 });
    const b = createSharedExportLimiter(two.db, { concurrency: 1, queue: 2, pollMs: 20 });
    const order: string[] = [];
    const gates = new Map<string, () => void>();
    const job = (name: string) => () => new Promise<string>((r) => { order.push(`start ${name}`); gates.set(name, () => r(name)); });
    const settle = () => new Promise((r) => setTimeout(r, 150));
    const first = a.run(fakeRes(), job('first'));
    await settle();
    const second = b.run(fakeRes(), job('second'));
    await settle();
    const leaver = fakeRes();
    const third = a.run(leaver, job('third'));
    await settle();
    const full = fakeRes();
    await expect(b.run(full, job('fourth'))).rejects.toMatchObject({ status: 429, code: 'export-busy' });
    expect(Number(full.headers['Retry-After'])).toBeGreaterThanOrEqual(1);
    expect([a.running, b.queued, a.queued]).toEqual([1, 1, 1]);
    leaver.close();
    expect(await third).toBeUndefined();
    expect(order).toEqual(['start first']);
    gates.get('first')!();
    expect(await first).toBe('first');
    await settle();
    expect(order).toEqual(['start first', 'start second']);
    gates.get('second')!();
    expect(await second).toBe('second');
    const left = await sql(`select count(*)::int as n from ${schema}.export_tickets`);
    expect(left).toBe(0);
  });

  it('stop counting the tickets of an instance that died once their lease ran out', async () => {
    await sql(`insert into ${schema}.export_tickets (id, state, created_at, heartbeat_at)
      values ('dead', 'running', (extract(epoch from now()) * 1000)::bigint, (extract(epoch from now()) * 1000)::bigint - 60000)`);
    const a = createSharedExportLimiter(one.db, { concurrency: 1, queue: 0, leaseMs: 15_000 });
    expect(await a.run(fakeRes(), async () => 'ran')).toBe('ran');
  });

  it('answer 429 with Retry-After over HTTP when another instance holds the only slot', async () => {
    await sql(`insert into ${schema}.export_tickets (id, state, created_at, heartbeat_at)
      values ('busy-elsewhere', 'running', (extract(epoch from now()) * 1000)::bigint, (extract(epoch from now()) * 1000)::bigint + 600000)`);
    try {
      const [, b] = apps({ exportConcurrency: 1, exportQueue: 0 });
      const r = await request(b).get('/api/v1/reports/quarterly?year=2025&quarter=2&format=csv').set(auth(w.admin));
      expect(r.status).toBe(429);
      expect(Number(r.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(r.body).toMatchObject({ error: 'export-busy' });
    } finally {
      await sql(`delete from ${schema}.export_tickets where id = 'busy-elsewhere'`);
    }
    const [a] = apps({ exportConcurrency: 1, exportQueue: 0 });
    await request(a).get('/api/v1/reports/quarterly?year=2025&quarter=2&format=csv').set(auth(w.admin)).expect(200);
  });

  async function sql(text: string): Promise<number | undefined> {
    const c = new pg.Client({ connectionString: pgUrl });
    await c.connect();
    try { return ((await c.query(text)).rows[0] as { n?: number } | undefined)?.n; } finally { await c.end(); }
  }
});
