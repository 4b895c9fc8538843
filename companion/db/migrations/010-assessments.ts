// 社会危险性量化评估 (issue 11):
// - assessment_instruments: every version an administrator set (the built-in one, version 1, lives in
//   shared/assessment and is not stored). The document is the instrument's JSON without the version.
// - assessments: what the extension syncs of an assessment — case number, instrument version, item
//   ids, score, band, decision, whether it went against the band, training flag, when. Keyed per user
//   like events and case activity, (user_id, id). Never evidence, reasons, conditions or text.
import type { Kysely, Migration } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

export const assessments010: Migration = {
  async up(db: Db) {
    await db.schema.createTable('assessment_instruments')
      .addColumn('version', 'integer', (c) => c.primaryKey())
      .addColumn('document', 'text', (c) => c.notNull())
      .addColumn('set_by', 'text', (c) => c.references('users.id'))
      .addColumn('in_force_from', 'text', (c) => c.notNull())
      .execute();

    await db.schema.createTable('assessments')
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('unit_code', 'text', (c) => c.notNull())
      .addColumn('case_number', 'text', (c) => c.notNull())
      .addColumn('instrument_version', 'integer', (c) => c.notNull())
      /** JSON array of item ids, sorted. */
      .addColumn('item_ids', 'text', (c) => c.notNull())
      .addColumn('score', 'integer', (c) => c.notNull())
      .addColumn('band', 'text', (c) => c.notNull())
      .addColumn('decision', 'text', (c) => c.notNull())
      .addColumn('against_band', 'integer', (c) => c.notNull())
      .addColumn('training', 'integer', (c) => c.notNull())
      .addColumn('assessed_at', 'text', (c) => c.notNull())
      .addColumn('received_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('assessments_pk', ['user_id', 'id'])
      .execute();
    await db.schema.createIndex('assessments_unit').on('assessments').columns(['training', 'unit_code', 'assessed_at']).execute();
    await db.schema.createIndex('assessments_case').on('assessments').columns(['case_number', 'assessed_at']).execute();
  },
};
