// Ledger integrity (issue 16):
// - events are keyed per user, (user_id, id): another user's event id is a different event, never a
//   silent duplicate. Each event keeps the outcome it reported (message_id) and the points its client
//   saw (client_points, a hint); `points` is what the companion booked for it. Events stored before
//   this migration keep their points as booked (they were the ledger) and as the client's figure.
// - an objection's source event is unique per defect, (defect_id, source_event_id), for the same reason.
// - the central rule configuration keeps every version with the time it came into force, so a
//   defect is booked at the version in force when it was first observed. History before this
//   migration was not kept: the configuration in force now becomes version 1, in force since its
//   last change; before that the rules' built-in defaults are taken to have applied.
// - audit_log: corrections, objection decisions and configuration versions, with who, when and why.
import { sql, type Kysely, type Migration } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

const EVENT_COLUMNS = ['id', 'kind', 'case_number', 'rule_id', 'rule_version', 'occurrence_key', 'light', 'points', 'due', 'observed_at',
  'received_at', 'procedure', 'training', 'objection_reason', 'user_id', 'unit_code', 'demo'];
const OBJECTION_COLUMNS = ['id', 'defect_id', 'source_event_id', 'reason', 'filed_at', 'status', 'decided_by', 'decision_reason', 'decided_at'];

const list = (columns: string[]) => sql.join(columns.map((c) => sql.ref(c)));

export const ledgerIntegrity004: Migration = {
  async up(db: Db) {
    // A new primary key means a new table on SQLite; the same rebuild runs on PostgreSQL.
    await db.schema.createTable('events_v4')
      .addColumn('id', 'text', (c) => c.notNull())
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
      .addColumn('message_id', 'text')
      .addColumn('client_points', 'integer')
      .addPrimaryKeyConstraint('events_v4_pk', ['user_id', 'id'])
      .execute();
    await sql`insert into events_v4 (${list(EVENT_COLUMNS)}, message_id, client_points)
      select ${list(EVENT_COLUMNS)}, null, points from events`.execute(db);
    await db.schema.dropTable('events').execute();
    await db.schema.alterTable('events_v4').renameTo('events').execute();
    await db.schema.createIndex('events_user_case').on('events').columns(['user_id', 'case_number']).execute();

    await db.schema.createTable('objections_v4')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('defect_id', 'text', (c) => c.notNull().references('defects.id'))
      .addColumn('source_event_id', 'text')
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('filed_at', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('decided_by', 'text', (c) => c.references('users.id'))
      .addColumn('decision_reason', 'text')
      .addColumn('decided_at', 'text')
      .addUniqueConstraint('objections_v4_source', ['defect_id', 'source_event_id'])
      .execute();
    await sql`insert into objections_v4 (${list(OBJECTION_COLUMNS)}) select ${list(OBJECTION_COLUMNS)} from objections`.execute(db);
    await db.schema.dropTable('objections').execute();
    await db.schema.alterTable('objections_v4').renameTo('objections').execute();
    await db.schema.createIndex('objections_defect').on('objections').column('defect_id').execute();
    await db.schema.createIndex('objections_status').on('objections').columns(['status', 'filed_at']).execute();

    await db.schema.createTable('rule_config_versions')
      .addColumn('version', 'integer', (c) => c.primaryKey())
      .addColumn('in_force_from', 'text', (c) => c.notNull())
      /** JSON: { rules, thresholds } as PUT /rule-config took them. */
      .addColumn('document', 'text', (c) => c.notNull())
      .addColumn('set_by', 'text', (c) => c.references('users.id'))
      .execute();
    const updated = await db.selectFrom('settings').select('value').where('key', '=', 'rule-config-updated-at').executeTakeFirst() as { value: string } | undefined;
    if (updated) {
      const rows = await db.selectFrom('rule_config').selectAll().orderBy('rule_id').execute() as Array<{ rule_id: string; enabled: number; points: string; warning_days: number | null }>;
      const thresholds = await db.selectFrom('settings').select('value').where('key', '=', 'thresholds').executeTakeFirst() as { value: string } | undefined;
      const document = {
        rules: rows.map((r) => ({ ruleId: r.rule_id, enabled: r.enabled === 1, points: JSON.parse(r.points) as Record<string, number>, warningDays: r.warning_days })),
        ...(thresholds ? { thresholds: JSON.parse(thresholds.value) as unknown } : {}),
      };
      await db.insertInto('rule_config_versions').values({ version: 1, in_force_from: updated.value, document: JSON.stringify(document), set_by: null }).execute();
    }
    await db.schema.dropTable('rule_config').execute();
    await db.deleteFrom('settings').where('key', 'in', ['rule-config-updated-at', 'thresholds']).execute();

    await db.schema.createTable('audit_log')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text', (c) => c.references('users.id'))
      .addColumn('before', 'text')
      .addColumn('after', 'text')
      .addColumn('reason', 'text')
      .execute();
    await db.schema.createIndex('audit_log_at').on('audit_log').columns(['at', 'id']).execute();
  },
};
