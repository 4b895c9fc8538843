// The rollups' group-key-order indexes (012, 014) without the figures (issue 12, item 4). Carrying
// the figures made each index an exact copy of its table, and since an ingest changes the figures
// of every rollup row it touches, each such update also moved the row's entry in the copy: a batch
// of one prosecutor's cases touches ~15 rules of one unit, which sit together in total_by_rule
// (year, unit_code, rule_id) but on ~15 pages of the copy ordered (year, rule_id, unit_code, …).
// Counted in the WAL over 200 batches of 100 events (one batch per commit): 14.5 pages per batch
// for total_by_rule_key_order, 3.0 for the month's, 1.1 for the user's, out of 110.6 in all.
// Keyed by (year, key, unit_code) alone, an entry changes only when a rollup row is created (a unit's
// first defect under a rule, in a month, of a prosecutor, in a year): an update of the figures leaves
// the index alone (and on PostgreSQL can be a heap-only update). A province-wide tally still reads
// the rows in group-key order from the index, now looking each row up in its table by primary key.
import type { Kysely, Migration } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

const FIGURES = ['defects', 'points', 'rectified', 'voided', 'voided_points'];
const ROLLUP_INDEXES = [
  { index: 'total_by_rule_key_order', table: 'total_by_rule', key: 'rule_id' },
  { index: 'total_by_month_key_order', table: 'total_by_month', key: 'month' },
  { index: 'total_by_user_key_order', table: 'total_by_user', key: 'user_id' },
] as const;

export const rollupKeyIndexes015: Migration = {
  async up(db: Db) {
    for (const r of ROLLUP_INDEXES) {
      await db.schema.dropIndex(r.index).execute();
      await db.schema.createIndex(r.index).on(r.table).columns(['year', r.key, 'unit_code']).execute();
    }
  },
  async down(db: Db) {
    for (const r of ROLLUP_INDEXES) {
      await db.schema.dropIndex(r.index).execute();
      await db.schema.createIndex(r.index).on(r.table).columns(['year', r.key, 'unit_code', ...FIGURES]).execute();
    }
  },
};
