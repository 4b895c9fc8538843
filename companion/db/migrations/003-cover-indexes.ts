// The covering indexes of 002 again, created only where missing: a ledger migrated with an early
// build of 002 (before they were added to it) has case_points but not these, and then the tallies
// and the over-threshold query read the table rows (the dashboard bench's cached ledger was one).
// `if not exists` makes this a no-op wherever 002 created them.
import type { Kysely, Migration } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

export const coverIndexes003: Migration = {
  async up(db: Db) {
    await db.schema.createIndex('defect_totals_cover').ifNotExists().on('defect_totals')
      .columns(['year', 'unit_code', 'user_id', 'rule_id', 'month', 'defects', 'points', 'rectified', 'voided', 'voided_points']).execute();
    await db.schema.createIndex('case_totals_cover').ifNotExists().on('case_totals')
      .columns(['year', 'case_number', 'procedure', 'user_id', 'unit_code', 'defects', 'points']).execute();
  },
};
