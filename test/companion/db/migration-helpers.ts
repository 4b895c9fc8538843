// Shared scaffolding of the migration tests: a real ledger (SQLite file in a temporary folder, or a
// fresh PostgreSQL schema) migrated only up to a named migration, so a test can write rows the way
// an older companion did and then apply the rest. Cleans up after each test (closes, drops the
// schema, removes the folder).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator, type Kysely } from 'kysely';
import pg from 'pg';
import { afterEach, inject } from 'vitest';
import { openConnection, type Connection } from '../../../companion/db/connection.ts';
import { migrations } from '../../../companion/db/migrations/index.ts';

/** The PostgreSQL URL only when its server answered (test/postgres-setup.ts probes it once). */
export const pgUrl = inject('postgresUrl') || undefined;
/** The dialects a migration test runs on: SQLite always, PostgreSQL when it answers. */
export const dialects = pgUrl ? ['sqlite', 'postgres'] as const : ['sqlite'] as const;

// A migration must not depend on today's types, and neither can a test of the schema before it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDb = Kysely<any>;

export interface OldLedger {
  connection: Connection;
  /** Untyped: the tables as they were at the migration reached. */
  db: AnyDb;
  /** Applies the migrations up to and including `last` (by name order; '999' = all). */
  migrateUpTo(last: string): Promise<void>;
}

/**
 * Registers the clean-up and answers a function that opens a ledger migrated up to `upTo`. Call
 * it at the top of a describe block.
 *
 * @example const open = oldLedgers(); … const { db, migrateUpTo } = await open('sqlite', '007-shared-limits');
 */
export function oldLedgers(): (dialect: 'sqlite' | 'postgres', upTo: string) => Promise<OldLedger> {
  const opened: Array<{ connection: Connection; dataDir: string; schema?: string }> = [];
  afterEach(async () => {
    for (const o of opened.splice(0)) {
      await o.connection.close();
      if (o.schema) {
        const client = new pg.Client({ connectionString: pgUrl });
        await client.connect();
        try { await client.query(`drop schema if exists ${o.schema} cascade`); } finally { await client.end(); }
      }
      rmSync(o.dataDir, { recursive: true, force: true });
    }
  });
  return async (dialect, upTo) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'caselight-migration-'));
    const schema = dialect === 'postgres' ? `m_${randomUUID().replaceAll('-', '').slice(0, 16)}` : undefined;
    const connection = await openConnection({ dataDir, ...(schema ? { databaseUrl: pgUrl, pgSchema: schema } : {}) });
    opened.push({ connection, dataDir, schema });
    const migrateUpTo = async (last: string) => {
      const upToLast = Object.fromEntries(Object.entries(migrations).filter(([name]) => name <= last));
      const migrator = new Migrator({
        db: connection.db, provider: { getMigrations: async () => upToLast }, ...(connection.schema ? { migrationTableSchema: connection.schema } : {}),
      });
      const r = await migrator.migrateToLatest();
      if (r.error) throw r.error;
    };
    await migrateUpTo(upTo);
    return { connection, db: connection.db as unknown as AnyDb, migrateUpTo };
  };
}

/** Province 32, city 3201 below it, district 320102 below that: the tree the tallies' migration tests use. */
export async function addUnitTree(db: AnyDb, at = '2025-03-01T00:00:00.000Z'): Promise<void> {
  await db.insertInto('units').values([
    { code: '32', name: '省院', parent_code: null, created_at: at },
    { code: '3201', name: '市院', parent_code: '32', created_at: at },
    { code: '320102', name: '东', parent_code: '3201', created_at: at },
  ]).execute();
}

/** Prosecutors as an older companion stored them (`[id, unit code]`), named 名<the first 8 characters of the id>. */
export async function addProsecutors(db: AnyDb, users: ReadonlyArray<readonly [string, string]>, at = '2025-03-01T00:00:00.000Z'): Promise<void> {
  for (const [id, unit] of users) {
    await db.insertInto('users').values({ id, name: `名${id.slice(0, 8)}`, role: 'prosecutor', unit_code: unit, token_hash: `h-${id}`, created_at: at, revoked_at: null, demo: 0, leader: 0 }).execute();
  }
}
