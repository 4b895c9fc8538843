// Rollups for the tallies (issue 12), and leaner totals for ingest:
// - total_by_user (year, unit_code, user_id), total_by_rule (year, unit_code, rule_id) and
//   total_by_month (year, unit_code, month): defect_totals summed per group key within a unit, in
//   group-key order after the scope column. A tally reads at most (units in scope × keys) rows of one
//   of them instead of every (unit, user, rule, month) row of the year (~300k at province size).
//   They are kept in step on every ledger write (ledger-writer.applyDefectChanges) and backfilled here
//   from defect_totals.
// - SQLite: defect_totals and case_totals become WITHOUT ROWID tables clustered on their primary
//   keys, and the covering indexes of 002/003 that duplicated them go: one B-tree per table instead
//   of three (rowid table, primary-key index, covering index) on every ingest.
// - PostgreSQL has no clustered tables: defect_totals loses its covering index (nothing reads it in
//   that order now); case_totals keeps its own for the over-threshold query's index-only scans.
import { PostgresAdapter, sql, type Kysely, type Migration } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

const FIGURES = ['defects', 'points', 'rectified', 'voided', 'voided_points'] as const;
export const ROLLUPS = [
  { table: 'total_by_user', key: 'user_id', type: 'text' },
  { table: 'total_by_rule', key: 'rule_id', type: 'text' },
  { table: 'total_by_month', key: 'month', type: 'integer' },
] as const;

const sums = sql.raw(FIGURES.map((f) => `sum(${f})`).join(', '));
const figureList = sql.raw(FIGURES.join(', '));

export const rollups008: Migration = {
  async up(db: Db) {
    const sqlite = !(db.getExecutor().adapter instanceof PostgresAdapter);
    // Nothing reads defect_totals in its covering order any more (the rollups answer the tallies;
    // a prosecutor's own rows are a primary-key prefix): on both dialects it only cost writes.
    await db.schema.dropIndex('defect_totals_cover').ifExists().execute();
    if (sqlite) {
      await db.schema.dropIndex('case_totals_cover').ifExists().execute();
      await db.schema.createTable('defect_totals_v8')
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('month', 'integer', (c) => c.notNull())
        .addColumn('unit_code', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('rule_id', 'text', (c) => c.notNull())
        .$call((b) => FIGURES.reduce((t, f) => t.addColumn(f, 'integer', (c) => c.notNull()), b))
        .addPrimaryKeyConstraint('defect_totals_pk', ['year', 'unit_code', 'user_id', 'rule_id', 'month'])
        .modifyEnd(sql`without rowid`)
        .execute();
      await sql`insert into defect_totals_v8 (year, month, unit_code, user_id, rule_id, ${figureList})
        select year, month, unit_code, user_id, rule_id, ${figureList} from defect_totals`.execute(db);
      await db.schema.dropTable('defect_totals').execute();
      await db.schema.alterTable('defect_totals_v8').renameTo('defect_totals').execute();

      await db.schema.createTable('case_totals_v8')
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('case_number', 'text', (c) => c.notNull())
        .addColumn('procedure', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('unit_code', 'text', (c) => c.notNull())
        .addColumn('defects', 'integer', (c) => c.notNull())
        .addColumn('points', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('case_totals_pk', ['year', 'case_number', 'procedure', 'user_id', 'unit_code'])
        .modifyEnd(sql`without rowid`)
        .execute();
      await sql`insert into case_totals_v8 (year, case_number, procedure, user_id, unit_code, defects, points)
        select year, case_number, procedure, user_id, unit_code, defects, points from case_totals`.execute(db);
      await db.schema.dropTable('case_totals').execute();
      await db.schema.alterTable('case_totals_v8').renameTo('case_totals').execute();
    }

    for (const r of ROLLUPS) {
      await db.schema.createTable(r.table)
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('unit_code', 'text', (c) => c.notNull())
        .addColumn(r.key, r.type, (c) => c.notNull())
        .$call((b) => FIGURES.reduce((t, f) => t.addColumn(f, 'integer', (c) => c.notNull()), b))
        .addPrimaryKeyConstraint(`${r.table}_pk`, ['year', 'unit_code', r.key])
        .$call((b) => (sqlite ? b.modifyEnd(sql`without rowid`) : b))
        .execute();
      await sql`insert into ${sql.table(r.table)} (year, unit_code, ${sql.ref(r.key)}, ${figureList})
        select year, unit_code, ${sql.ref(r.key)}, ${sums} from defect_totals group by year, unit_code, ${sql.ref(r.key)}`.execute(db);
    }
  },
};
