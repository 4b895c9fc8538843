// Closing the loop (issue 10):
// - users.leader: 院领导/部门负责人 who handle cases themselves (set with `users add --leader`).
// - case_activity: one row per case-page check the extension reports — case number, stage, key
//   dates, the due dates of its open findings, custody. Keyed per user like events, (user_id, id).
//   It tells the companion who handles which case (the addressee of a notice) and how many cases
//   each prosecutor handles (the denominator of points per 100 cases).
// - notices: 流程监控通知书 (规则 664–665): issued by a supervisor about a case (or one of its
//   defects), addressed to the case's prosecutor, answered within 10 days (刑诉法 105 counting).
import type { Kysely, Migration } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

export const loop005: Migration = {
  async up(db: Db) {
    await db.schema.alterTable('users').addColumn('leader', 'integer', (c) => c.notNull().defaultTo(0)).execute();

    await db.schema.createTable('case_activity')
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('unit_code', 'text', (c) => c.notNull())
      .addColumn('case_number', 'text', (c) => c.notNull())
      .addColumn('procedure', 'text', (c) => c.notNull())
      .addColumn('accepted_on', 'text')
      .addColumn('decision_on', 'text')
      .addColumn('concluded_on', 'text')
      /** JSON array of civil dates, sorted. */
      .addColumn('due_dates', 'text', (c) => c.notNull())
      /** The earliest of due_dates, or null. */
      .addColumn('next_due', 'text')
      .addColumn('in_custody', 'integer', (c) => c.notNull())
      .addColumn('observed_at', 'text', (c) => c.notNull())
      .addColumn('received_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('case_activity_pk', ['user_id', 'id'])
      .execute();
    await db.schema.createIndex('case_activity_case').on('case_activity').columns(['case_number', 'observed_at']).execute();
    await db.schema.createIndex('case_activity_unit_user').on('case_activity').columns(['unit_code', 'user_id', 'case_number']).execute();

    await db.schema.createTable('notices')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('case_number', 'text', (c) => c.notNull())
      .addColumn('defect_id', 'text', (c) => c.references('defects.id'))
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('issued_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('issued_at', 'text', (c) => c.notNull())
      .addColumn('issued_on', 'text', (c) => c.notNull())
      .addColumn('reply_due', 'text', (c) => c.notNull())
      .addColumn('addressee_id', 'text', (c) => c.notNull().references('users.id'))
      /** The addressee's unit when the notice was issued (the scope it is seen in). */
      .addColumn('unit_code', 'text', (c) => c.notNull())
      .addColumn('reply_text', 'text')
      .addColumn('replied_at', 'text')
      .addColumn('replied_on', 'text')
      .execute();
    await db.schema.createIndex('notices_addressee').on('notices').columns(['addressee_id', 'issued_at']).execute();
    await db.schema.createIndex('notices_unit').on('notices').columns(['unit_code', 'issued_at']).execute();
    await db.schema.createIndex('notices_case').on('notices').column('case_number').execute();
  },
};
