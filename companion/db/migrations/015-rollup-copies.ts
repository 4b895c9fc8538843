// Drops the rule and month rollups' group-key-order indexes of 012 (issue 12, item 4). Each carried
// the figures, so it was an exact copy of its table, and since an ingest changes the figures of
// every rollup row it touches, each update also moved the row's entry in the copy: a batch of one
// prosecutor's cases touches ~15 rules of one unit, which sit together in total_by_rule (year,
// unit_code, rule_id) but on ~15 pages of a copy ordered (year, rule_id, unit_code, …). Counted in the
// WAL over 200 batches of 100 events (one batch per commit): 14.5 pages per batch for
// total_by_rule_key_order and 3.0 for the month's, of 110.6 in all (92.5 without them).
// What they bought: a province-wide tally by rule read ~5,700 rows (100 units × 57 rules) in key
// order, 0.9 ms in process against 1.8 ms for reading the year's rows by primary key and grouping
// them through a temporary B-tree (by month ~1,200 rows, less). An index of the keys alone would
// cost ingest nothing but reads slower than either (2.6 ms: a table lookup per row). Within a city or
// a district the primary key's unit prefix was the better path already.
// total_by_user_key_order (014) stays: a batch is one prosecutor's, so it moves one entry a batch,
// and the province-wide prosecutor grouping (~2,000 rows, paged) needs it.
import type { Kysely, Migration } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

const FIGURES = ['defects', 'points', 'rectified', 'voided', 'voided_points'];

export const rollupCopies015: Migration = {
  async up(db: Db) {
    await db.schema.dropIndex('total_by_rule_key_order').ifExists().execute();
    await db.schema.dropIndex('total_by_month_key_order').ifExists().execute();
  },
  async down(db: Db) {
    await db.schema.createIndex('total_by_rule_key_order').on('total_by_rule').columns(['year', 'rule_id', 'unit_code', ...FIGURES]).execute();
    await db.schema.createIndex('total_by_month_key_order').on('total_by_month').columns(['year', 'month', 'unit_code', ...FIGURES]).execute();
  },
};
