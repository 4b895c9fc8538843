// Migration 011 on a database made before it (both dialects): existing case records are not marked
// 疑难复杂, posts and evaluation disputes start empty and work through the store.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator, type Kysely } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { openConnection, type Connection } from '../../../companion/db/connection.ts';
import { migrations } from '../../../companion/db/migrations/index.ts';
import { createStore } from '../../../companion/db/store.ts';
import { activity } from '../loop-helpers.ts';

const pgUrl = process.env.TEST_DATABASE_URL;
const dialects = pgUrl ? ['sqlite', 'postgres'] as const : ['sqlite'] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

describe.each(dialects)('migration 011 on an existing database (%s)', (dialect) => {
  let connection: Connection;
  let dataDir: string;
  let schema: string | undefined;
  afterEach(async () => {
    await connection.close();
    if (schema) {
      const client = new pg.Client({ connectionString: pgUrl });
      await client.connect();
      try { await client.query(`drop schema if exists ${schema} cascade`); } finally { await client.end(); }
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function migrateUpTo(last: string) {
    const upTo = Object.fromEntries(Object.entries(migrations).filter(([name]) => name <= last));
    const migrator = new Migrator({ db: connection.db, provider: { getMigrations: async () => upTo }, ...(connection.schema ? { migrationTableSchema: connection.schema } : {}) });
    const r = await migrator.migrateToLatest();
    if (r.error) throw r.error;
  }

  it('leaves earlier case records unmarked, and adds posts and disputes that take rows', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'caselight-m011-'));
    schema = dialect === 'postgres' ? `m11_${randomUUID().replaceAll('-', '').slice(0, 16)}` : undefined;
    connection = await openConnection({ dataDir, ...(schema ? { databaseUrl: pgUrl, pgSchema: schema } : {}) });
    await migrateUpTo('008-rollups');
    const db = connection.db as unknown as AnyDb;
    const at = '2025-03-01T00:00:00.000Z';
    await db.insertInto('units').values([{ code: '3201', name: '市院', parent_code: null, created_at: at }, { code: '320102', name: '东区院', parent_code: '3201', created_at: at }]).execute();
    const user = randomUUID();
    await db.insertInto('users').values({ id: user, name: '东一', role: 'prosecutor', unit_code: '320102', token_hash: 'h', created_at: at, revoked_at: null, demo: 0, leader: 1 }).execute();
    await db.insertInto('case_activity').values({
      id: randomUUID(), user_id: user, unit_code: '320102', case_number: 'OLD1', procedure: 'prosecution-review', accepted_on: '2025-02-01',
      decision_on: null, concluded_on: null, due_dates: '[]', next_due: null, in_custody: 0, observed_at: at, received_at: at,
    }).execute();

    await migrateUpTo('011-evaluation');
    const rows = await db.selectFrom('case_activity').select(['case_number', 'difficult']).execute();
    expect(rows.map((r) => [r.case_number, Number(r.difficult)])).toEqual([['OLD1', 0]]);

    const store = createStore(connection);
    await store.caseActivity.ingest({ id: user, unitCode: '320102' }, [activity({ caseNumber: 'NEW1', difficult: true })], new Date('2025-06-15T02:00:00Z'));
    expect((await store.evaluation.ownCases([user], 2025)).get(user)).toEqual({ cases: 2, difficult: 1 });
    expect(await store.evaluation.setPosts(user, [{ unitCode: '320102', post: 'chief', startOn: '2025-01-01', endOn: null }], user, new Date(at))).toBe('ok');
    expect(await store.evaluation.chiefPosts(['320102'], { from: '2025-01-01', to: '2025-12-31' })).toEqual([{ userId: user, unitCode: '320102', startOn: '2025-01-01', endOn: null }]);
    const principal = { id: user, name: '东一', role: 'supervisor' as const, unitCode: '320102', unitName: '东区院' };
    const filed = await store.evaluation.fileObjection(principal, { unitCode: '320102', year: 2025, indicatorId: 'overdue-custody', reason: '理由', value: 1.5 }, new Date(at));
    expect(filed).toMatchObject({ ok: true, objection: { value: 1.5, status: 'pending' } });
  });
});
