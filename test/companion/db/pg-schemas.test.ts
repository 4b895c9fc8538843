// Companions and test runs share one PostgreSQL database, each in its own schema. The migrator asks
// the dialect's introspector whether its tables exist; Kysely's stock PostgreSQL introspector lists
// every schema's tables (resolving each by name), so a run dropping its schema meanwhile failed
// another run's start with "relation … does not exist". The companion's introspector sees its own
// schema only, and migrating stays correct while other schemas come and go.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateToLatest, openConnection, pendingMigrations, type Connection } from '../../../companion/db/connection.ts';
import { pgUrl } from './migration-helpers.ts';

const schemaName = (tag: string) => `s_${tag}_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
const dropped: string[] = [];
const closing: Connection[] = [];
const dirs: string[] = [];

async function admin<T>(f: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  try { return await f(client); } finally { await client.end(); }
}

async function open(schema: string): Promise<Connection> {
  const dataDir = mkdtempSync(join(tmpdir(), 'caselight-pg-schemas-'));
  dirs.push(dataDir);
  dropped.push(schema);
  const c = await openConnection({ dataDir, databaseUrl: pgUrl, pgSchema: schema });
  closing.push(c);
  return c;
}

afterAll(async () => {
  for (const c of closing) await c.close();
  if (pgUrl) await admin(async (c) => { for (const s of dropped) await c.query(`drop schema if exists ${s} cascade`); });
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe.runIf(pgUrl)('PostgreSQL: one schema per companion', () => {
  it("lists only its own schema's tables", async () => {
    const other = schemaName('other');
    dropped.push(other);
    await admin(async (c) => {
      await c.query(`create schema ${other}`);
      await c.query(`create table ${other}.only_elsewhere (id int)`);
    });
    const mine = await open(schemaName('mine'));
    await migrateToLatest(mine);
    const tables = await mine.db.introspection.getTables({ withInternalKyselyTables: true });
    expect(tables.length).toBeGreaterThan(5);
    expect(tables.every((t) => t.schema === mine.schema)).toBe(true);
    expect(tables.some((t) => t.name === 'only_elsewhere')).toBe(false);
    expect(tables.some((t) => t.name === 'kysely_migration')).toBe(true);
    const schemas = await mine.db.introspection.getSchemas();
    expect(schemas.map((s) => s.name)).toEqual([mine.schema]);
  });

  it('migrates while another schema is dropped and created again and again', async () => {
    const churn = schemaName('churn');
    dropped.push(churn);
    let stop = false;
    let rounds = 0;
    const churning = admin(async (c) => {
      while (!stop) {
        await c.query(`create schema if not exists ${churn}`);
        for (let i = 0; i < 20; i++) await c.query(`create table ${churn}.t${i} (id serial primary key)`);
        await c.query(`drop schema ${churn} cascade`);
        rounds++;
      }
    });
    try {
      for (let i = 0; i < 3; i++) {
        const c = await open(schemaName('fresh'));
        await migrateToLatest(c);
        expect(await pendingMigrations(c)).toEqual([]);
      }
    } finally {
      stop = true;
      await churning;
    }
    expect(rounds).toBeGreaterThan(0);
  });
});
