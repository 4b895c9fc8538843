// /healthz and /readyz, and companions that start together on one fresh PostgreSQL schema: all come
// up, and each migration is applied by exactly one of them (under the advisory lock).
import pg from 'pg';
import request from 'supertest';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../companion/db/migrations/index.ts';
import { startCluster, type Cluster } from '../../../scripts/cluster.ts';
import { backends, testApp, type TestStore } from '../helpers.ts';

const pgUrl = process.env.TEST_DATABASE_URL;
const names = Object.keys(migrations).sort();

describe.each(backends)('health and readiness ($name)', (backend) => {
  let t: TestStore | undefined;
  afterEach(async () => { await t?.cleanup().catch(() => {}); t = undefined; });

  it('/healthz says alive; /readyz says ready while the database answers and is current', async () => {
    t = await backend.open();
    const app = testApp(t);
    expect((await request(app).get('/healthz')).body).toMatchObject({ status: 'ok' });
    const ready = await request(app).get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ready', dialect: backend.name });
  });

  it('/readyz answers 503 naming the migrations not applied', async () => {
    t = await backend.open();
    const last = names[names.length - 1];
    await t.store.db.deleteFrom('kysely_migration' as never).where('name' as never, '=', last as never).execute();
    const r = await request(testApp(t)).get('/readyz');
    expect(r.status).toBe(503);
    expect(r.body).toMatchObject({ status: 'not-ready', reason: 'migrations-pending', pending: [last] });
    expect(r.body.message.zh).toBeTruthy();
  });

  it('/readyz answers 503 when the database cannot be reached, while /healthz stays 200', async () => {
    t = await backend.open();
    const app = testApp(t);
    await t.store.close();
    const r = await request(app).get('/readyz');
    expect(r.status).toBe(503);
    expect(r.body).toMatchObject({ status: 'not-ready', reason: 'database-unreachable' });
    expect((await request(app).get('/healthz')).status).toBe(200);
  });
});

describe.skipIf(!pgUrl)('three companions starting together on a fresh schema (PostgreSQL)', () => {
  const schema = `caselight_i13_start_${Date.now().toString(36)}`;
  let cluster: Cluster | undefined;
  afterAll(async () => {
    await cluster?.stop();
    const c = new pg.Client({ connectionString: pgUrl });
    await c.connect();
    try { await c.query(`drop schema if exists ${schema} cascade`); } finally { await c.end(); }
  });

  it('all come up ready, and every migration is applied exactly once', async () => {
    cluster = await startCluster(3, { databaseUrl: pgUrl as string, schema, env: { CASELIGHT_DEMO: '0', CASELIGHT_LOG_LEVEL: 'info' } });
    const applied: string[] = [];
    for (const x of cluster.instances) {
      const line = x.output().split('\n').find((l) => l.includes('"migrated"'));
      expect(line, x.output()).toBeTruthy();
      applied.push(...(JSON.parse(line as string) as { migrated: string[] }).migrated);
    }
    expect(applied.sort()).toEqual(names);
    for (const url of cluster.urls()) {
      const r = await fetch(`${url}/readyz`);
      expect(r.status).toBe(200);
    }
    const c = new pg.Client({ connectionString: pgUrl });
    await c.connect();
    try {
      const rows = (await c.query(`select name from ${schema}.kysely_migration order by name`)).rows as Array<{ name: string }>;
      expect(rows.map((r) => r.name)).toEqual(names);
    } finally { await c.end(); }
  }, 120_000);
});
