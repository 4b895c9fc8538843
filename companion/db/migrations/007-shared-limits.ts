// Shared limits (issue 13): what several companions on one PostgreSQL must count together.
// - rate_limits: one row per rate-limit key (`user:<id>` or `ip:<address>`) with its hits in the
//   current window and when that window ends (epoch ms, by the database's clock, so instances
//   whose clocks differ still share one window).
// - export_tickets: one row per quarterly-list export running or waiting anywhere in the cluster;
//   the instance holding a ticket refreshes heartbeat_at, and a ticket not refreshed within the
//   lease (its instance died) stops counting.
// On PostgreSQL both are UNLOGGED: counters and tickets are worth nothing after a database crash,
// and need no WAL (no fsync per API request). SQLite has them too but counts in the process.
import { PostgresAdapter, sql, type Kysely, type Migration } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

export const sharedLimits007: Migration = {
  async up(db: Db) {
    const unlogged = db.getExecutor().adapter instanceof PostgresAdapter;
    await db.schema.createTable('rate_limits')
      .$call((b) => (unlogged ? b.modifyFront(sql`unlogged`) : b))
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('hits', 'integer', (c) => c.notNull())
      .addColumn('reset_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('rate_limits_reset').on('rate_limits').column('reset_at').execute();
    await db.schema.createTable('export_tickets')
      .$call((b) => (unlogged ? b.modifyFront(sql`unlogged`) : b))
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('heartbeat_at', 'bigint', (c) => c.notNull())
      .execute();
  },
  async down(db: Db) {
    await db.schema.dropTable('export_tickets').execute();
    await db.schema.dropTable('rate_limits').execute();
  },
};
