// extension/store: the extension's local data (Dexie over IndexedDB).
export { openDb, DB_NAME } from './db';
export type { CaseLightDb, OutboxRow, DeadLetterRow, OccurrenceRow, SyncStateRow, OpenDbOptions, LocalCase, LocalDue, CaseOutboxRow, FiredReminderRow, LocalNotice } from './db';
