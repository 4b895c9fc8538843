// The ledger schema: units, users, events, defects, objections, the pre-aggregated totals, settings.
import { sql, type Kysely, type Migration } from 'kysely';

// Kysely's schema builder emits portable DDL; `any` because a migration must not depend on today's types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

export const ledger001: Migration = {
  async up(db: Db) {
    await db.schema.createTable('units')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('parent_code', 'text', (c) => c.references('units.code'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema.createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('prosecutor', 'supervisor', 'trainer', 'admin')`))
      .addColumn('unit_code', 'text', (c) => c.notNull().references('units.code'))
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();

    await db.schema.createTable('events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('case_number', 'text', (c) => c.notNull())
      .addColumn('rule_id', 'text', (c) => c.notNull())
      .addColumn('rule_version', 'integer', (c) => c.notNull())
      .addColumn('occurrence_key', 'text', (c) => c.notNull())
      .addColumn('light', 'text', (c) => c.notNull())
      .addColumn('points', 'integer', (c) => c.notNull())
      .addColumn('due', 'text')
      .addColumn('observed_at', 'text', (c) => c.notNull())
      .addColumn('received_at', 'text', (c) => c.notNull())
      .addColumn('procedure', 'text', (c) => c.notNull())
      .addColumn('training', 'integer', (c) => c.notNull())
      .addColumn('objection_reason', 'text')
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('unit_code', 'text', (c) => c.notNull())
      .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    // Re-deriving a prosecutor's defects reads their events per case.
    await db.schema.createIndex('events_user_case').on('events').columns(['user_id', 'case_number']).execute();

    await db.schema.createTable('defects')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('unit_code', 'text', (c) => c.notNull())
      .addColumn('case_number', 'text', (c) => c.notNull())
      .addColumn('rule_id', 'text', (c) => c.notNull())
      .addColumn('occurrence_key', 'text', (c) => c.notNull())
      .addColumn('rule_version', 'integer', (c) => c.notNull())
      .addColumn('procedure', 'text', (c) => c.notNull())
      .addColumn('points', 'integer', (c) => c.notNull())
      .addColumn('due', 'text')
      .addColumn('first_observed_at', 'text', (c) => c.notNull())
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('month', 'integer', (c) => c.notNull())
      .addColumn('source_event_id', 'text', (c) => c.notNull())
      .addColumn('rectified_at', 'text')
      .addColumn('voided', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('void_reason', 'text')
      .addColumn('voided_at', 'text')
      .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
      .addUniqueConstraint('defects_occurrence', ['user_id', 'case_number', 'rule_id', 'occurrence_key'])
      .execute();
    await db.schema.createIndex('defects_case').on('defects').column('case_number').execute();
    await db.schema.createIndex('defects_period').on('defects').columns(['year', 'month', 'unit_code']).execute();
    await db.schema.createIndex('defects_demo').on('defects').column('demo').execute();

    await db.schema.createTable('objections')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('defect_id', 'text', (c) => c.notNull().references('defects.id'))
      .addColumn('source_event_id', 'text', (c) => c.unique())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('filed_at', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('decided_by', 'text', (c) => c.references('users.id'))
      .addColumn('decision_reason', 'text')
      .addColumn('decided_at', 'text')
      .execute();
    await db.schema.createIndex('objections_defect').on('objections').column('defect_id').execute();
    await db.schema.createIndex('objections_status').on('objections').columns(['status', 'filed_at']).execute();

    await db.schema.createTable('defect_totals')
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('month', 'integer', (c) => c.notNull())
      .addColumn('unit_code', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('rule_id', 'text', (c) => c.notNull())
      .addColumn('defects', 'integer', (c) => c.notNull())
      .addColumn('points', 'integer', (c) => c.notNull())
      .addColumn('rectified', 'integer', (c) => c.notNull())
      .addColumn('voided', 'integer', (c) => c.notNull())
      .addColumn('voided_points', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('defect_totals_pk', ['year', 'unit_code', 'user_id', 'rule_id', 'month'])
      .execute();

    await db.schema.createTable('case_totals')
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('case_number', 'text', (c) => c.notNull())
      .addColumn('procedure', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('unit_code', 'text', (c) => c.notNull())
      .addColumn('defects', 'integer', (c) => c.notNull())
      .addColumn('points', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('case_totals_pk', ['year', 'case_number', 'procedure', 'user_id', 'unit_code'])
      .execute();

    await db.schema.createTable('rule_config')
      .addColumn('rule_id', 'text', (c) => c.primaryKey())
      .addColumn('enabled', 'integer', (c) => c.notNull())
      .addColumn('points', 'text', (c) => c.notNull())
      .addColumn('warning_days', 'integer')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema.createTable('settings')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema.createTable('adapters')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('json', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema.createTable('calendar_overrides')
      .addColumn('date', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .execute();
  },
};
