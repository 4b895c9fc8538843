// Adapter versions (issue 8): every adapter an administrator publishes (PUT /adapters, the studio's
// 发布) is kept, so an earlier version can be looked at and restored (POST /adapters/:id/rollback).
// One row per (adapter id, version); `rollback_of` names the version a rollback restored. The
// adapters already served are recorded as their first kept version. Plain types: SQLite and PostgreSQL.
import { type Kysely, type Migration } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

export const adapterVersions009: Migration = {
  async up(db: Db) {
    await db.schema.createTable('adapter_versions')
      .addColumn('adapter_id', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('json', 'text', (c) => c.notNull())
      .addColumn('published_at', 'text', (c) => c.notNull())
      .addColumn('published_by', 'text')
      .addColumn('rollback_of', 'integer')
      .addPrimaryKeyConstraint('adapter_versions_pk', ['adapter_id', 'version'])
      .execute();
    const rows = (await db.selectFrom('adapters').select(['id', 'json', 'updated_at']).execute()) as { id: string; json: string; updated_at: string }[];
    for (const r of rows) {
      const version = Number((JSON.parse(r.json) as { version?: unknown }).version) || 1;
      await db.insertInto('adapter_versions').values({ adapter_id: r.id, version, json: r.json, published_at: r.updated_at, published_by: null, rollback_of: null }).execute();
    }
  },
  async down(db: Db) {
    await db.schema.dropTable('adapter_versions').execute();
  },
};
