// The prosecutor tally in group-key order (issue 12). total_by_user is keyed (year, unit_code,
// user_id): right for a unit or a subtree, but a city-wide or province-wide tally by prosecutor
// sums each user's rows across units, and from the primary key that is a GROUP BY over every unit's
// rows through a temporary B-tree (~2,000 rows at province size). An index (year, user_id,
// unit_code) carrying the figures lets the database read a user's rows together, in user order,
// without visiting the table, on SQLite and PostgreSQL alike; the ordering by points and the page
// are then done on the ~2,000 sums. Like 012's indexes, a rollup row moves once per batch per
// prosecutor, so this costs ingest a page or two per commit, not a row per defect.
//
// Cases over threshold: case_points_by_points (year, points) becomes (year, points desc, case_number).
// Province-wide the page is read from it in (points desc, case number) order and stops after the
// page, and the count reads it alone: on PostgreSQL an index-only scan instead of a bitmap heap scan
// over ~1,200 pages of case_points at 1M events, on SQLite no table lookup per candidate and no
// sort for the case-number tie. The same entries move on the same writes as before (it replaces
// the old index), only a case number wider.
import type { Kysely, Migration } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

const FIGURES = ['defects', 'points', 'rectified', 'voided', 'voided_points'];

export const prosecutorOrder014: Migration = {
  async up(db: Db) {
    await db.schema.createIndex('total_by_user_key_order').on('total_by_user').columns(['year', 'user_id', 'unit_code', ...FIGURES]).execute();
    await db.schema.createIndex('case_points_by_points_case').on('case_points').columns(['year', 'points desc', 'case_number']).execute();
    await db.schema.dropIndex('case_points_by_points').execute();
  },
  async down(db: Db) {
    await db.schema.createIndex('case_points_by_points').on('case_points').columns(['year', 'points']).execute();
    await db.schema.dropIndex('case_points_by_points_case').execute();
    await db.schema.dropIndex('total_by_user_key_order').execute();
  },
};
