// Fewer pages written per ingested batch (issue 12, item 4).
// defects_period was (year, month, unit_code): a batch (one prosecutor, so one unit; defects of a
// few recent months) added its entries at the end of each (month, unit) group, a leaf page per
// month apart from the others, and the index wrote more pages per batch than any other B-tree of
// the defects (2,083 of 19,383 WAL frames over 200 batches). As (year, unit_code, month) one
// batch's entries sit side by side in its unit's stretch of the year. Its readers (the quarterly
// list, the evaluation's unit figures and objections per unit) ask for one year, and either a set
// of units (now a prefix of the key) or all units and a quarter's months (read from the index
// entries of the year, without visiting the rows the month excludes).
import type { Kysely, Migration } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

export const ingestPages013: Migration = {
  async up(db: Db) {
    await db.schema.dropIndex('defects_period').execute();
    await db.schema.createIndex('defects_period').on('defects').columns(['year', 'unit_code', 'month']).execute();
  },
  async down(db: Db) {
    await db.schema.dropIndex('defects_period').execute();
    await db.schema.createIndex('defects_period').on('defects').columns(['year', 'month', 'unit_code']).execute();
  },
};
