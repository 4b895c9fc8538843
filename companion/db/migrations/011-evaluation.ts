// Issue 11 (Yunnan, Tianjin, Heilongjiang):
// - case_activity.difficult: the case is marked 重大疑难复杂 in the case system (a flag, 0/1), for
//   the leaders' case report. Older records are 0 (not marked).
// - user_posts: who held which post (检察长 of a unit) from when to when (civil dates; end null
//   while held): a unit's figures for a period count to the chief who held the post more than half
//   of it (黑龙江 市分院检察长考评).
// - evaluation_objections: a unit disputes one of its 综合评价 figures (天津: 异议复核); a supervisor
//   of a unit above decides. Like objections to defects: pending → accepted / rejected, with reasons.
// The indicator set itself is a document in `settings` (key evaluation-indicator-set).
import type { Kysely, Migration } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

export const evaluation011: Migration = {
  async up(db: Db) {
    await db.schema.alterTable('case_activity').addColumn('difficult', 'integer', (c) => c.notNull().defaultTo(0)).execute();

    await db.schema.createTable('user_posts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('unit_code', 'text', (c) => c.notNull().references('units.code'))
      .addColumn('post', 'text', (c) => c.notNull())
      .addColumn('start_on', 'text', (c) => c.notNull())
      .addColumn('end_on', 'text')
      .execute();
    await db.schema.createIndex('user_posts_unit').on('user_posts').columns(['unit_code', 'post', 'start_on']).execute();
    await db.schema.createIndex('user_posts_user').on('user_posts').column('user_id').execute();

    await db.schema.createTable('evaluation_objections')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('unit_code', 'text', (c) => c.notNull().references('units.code'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('indicator_id', 'text', (c) => c.notNull())
      /** The figure as the report showed it when filed (null: no value). */
      .addColumn('value', 'double precision')
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('filed_by', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('filed_at', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('decided_by', 'text', (c) => c.references('users.id'))
      .addColumn('decision_reason', 'text')
      .addColumn('decided_at', 'text')
      .execute();
    await db.schema.createIndex('evaluation_objections_unit').on('evaluation_objections').columns(['year', 'unit_code', 'indicator_id', 'filed_at']).execute();
  },
};
