// The prosecutor tally in group-key order (issue 12). total_by_user is keyed (year, unit_code,
// user_id): right for a unit or a subtree, but a city-wide or province-wide tally by prosecutor
// sums each user's rows across units, and from the primary key that is a GROUP BY over every unit's
// rows through a temporary B-tree (~2,000 rows at province size). An index (year, user_id,
// unit_code) carrying the figures lets the database read a user's rows together, in user order,
// without visiting the table, on SQLite and PostgreSQL alike; the ordering by points and the page
// are then done on the ~2,000 sums. Like 012's indexes, a rollup row moves once per batch per
// prosecutor, so this costs ingest a page or two per commit, not a row per defect.
import type { Kysely, Migration } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

const FIGURES = ['defects', 'points', 'rectified', 'voided', 'voided_points'];

export const prosecutorOrder014: Migration = {
  async up(db: Db) {
    await db.schema.createIndex('total_by_user_key_order').on('total_by_user').columns(['year', 'user_id', 'unit_code', ...FIGURES]).execute();
  },
  async down(db: Db) {
    await db.schema.dropIndex('total_by_user_key_order').execute();
  },
};
