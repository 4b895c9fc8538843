// Tallies over a province read the rollups in group-key order (issue 12). The rollups of 008 are
// keyed (year, unit_code, key): right for a unit or a subtree (a few units, then their keys), but a
// province-wide tally by rule or by month reads every unit's rows and sorts them by key (a temporary
// B-tree of ~5,600 rows by rule at 100 units). An index (year, key, unit_code) carrying the figures
// lets the province-wide GROUP BY stream the rows in key order without visiting the table, on
// SQLite and PostgreSQL alike (measured: half the time at 1M events). A rollup row moves once per
// batch per key, so the extra index costs ingest a page or two per commit, unlike the covering
// indexes on defect_totals that 008 dropped (one row per defect).
// The prosecutor grouping needs none: it joins each (unit, user) row to its name and sums in the
// repository (a user in two units in a year is the only case with more than one row).
import type { Kysely, Migration } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

const FIGURES = ['defects', 'points', 'rectified', 'voided', 'voided_points'];

export const tallyOrder012: Migration = {
  async up(db: Db) {
    await db.schema.createIndex('total_by_rule_key_order').on('total_by_rule').columns(['year', 'rule_id', 'unit_code', ...FIGURES]).execute();
    await db.schema.createIndex('total_by_month_key_order').on('total_by_month').columns(['year', 'month', 'unit_code', ...FIGURES]).execute();
  },
  async down(db: Db) {
    await db.schema.dropIndex('total_by_month_key_order').execute();
    await db.schema.dropIndex('total_by_rule_key_order').execute();
  },
};
