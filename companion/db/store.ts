// The store: one connection (SQLite file or PostgreSQL pool) and the repositories over it.
import type { Thresholds } from '../../shared/ledger/index.ts';
import { DEFAULT_THRESHOLDS } from '../../shared/ledger/index.ts';
import { createAssessmentsRepository } from './assessments-repository.ts';
import { createAuditRepository } from './audit-repository.ts';
import { createCaseActivityRepository } from './case-activity-repository.ts';
import { migrateToLatest, openConnection, pendingMigrations, type Connection, type ConnectionOptions } from './connection.ts';
import { createCorrectionsRepository } from './corrections-repository.ts';
import { createDefectsRepository } from './defects-repository.ts';
import { createEvaluationRepository } from './evaluation-repository.ts';
import { createEventsRepository } from './events-repository.ts';
import { createNoticesRepository } from './notices-repository.ts';
import { createObjectionsRepository } from './objections-repository.ts';
import { createSettingsRepository } from './settings-repository.ts';
import { createTrainingRepository } from './training-repository.ts';
import { createUnitsRepository } from './units-repository.ts';
import { createUsersRepository } from './users-repository.ts';

export interface StoreOptions extends ConnectionOptions {
  /** Thresholds until an administrator sets others through PUT /rule-config. */
  thresholds?: Thresholds;
}

export function createStore(connection: Connection, options: { thresholds?: Thresholds } = {}) {
  const { db, dialect } = connection;
  const settings = createSettingsRepository(db, { thresholds: options.thresholds ?? DEFAULT_THRESHOLDS }, dialect);
  const caseActivity = createCaseActivityRepository(db);
  return {
    connection,
    db,
    dialect,
    units: createUnitsRepository(db),
    users: createUsersRepository(db),
    events: createEventsRepository(db, dialect, { ruleConfigVersions: settings.ruleConfigHistory, sqlite: connection.sqlite, writer: connection.ingestWriter }),
    defects: createDefectsRepository(db, dialect, connection.reader),
    objections: createObjectionsRepository(db, dialect),
    corrections: createCorrectionsRepository(db, dialect),
    audit: createAuditRepository(db),
    caseActivity,
    notices: createNoticesRepository(db, { caseActivity }),
    training: createTrainingRepository(db),
    evaluation: createEvaluationRepository(db),
    assessments: createAssessmentsRepository(db, dialect),
    settings,
    migrate: () => migrateToLatest(connection),
    /** Names of the migrations not applied yet (readiness: an empty list means current). */
    pendingMigrations: () => pendingMigrations(connection),
    close: () => connection.close(),
  };
}
export type Store = ReturnType<typeof createStore>;

/** Opens the database named by the options and applies pending migrations (`migrated`: the ones this call applied). */
export async function openStore(options: StoreOptions): Promise<Store & { migrated: string[] }> {
  const store = createStore(await openConnection(options), { thresholds: options.thresholds });
  try {
    const result = await store.migrate();
    const migrated = (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
    return Object.assign(store, { migrated });
  } catch (err) {
    await store.close();
    throw err;
  }
}
