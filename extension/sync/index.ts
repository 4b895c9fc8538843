// extension/sync: finding changes → defect events → Dexie outbox → batches to the companion. Runs in the background worker only.
export { createSync, TRAINING_ADAPTER_ID, SYNC_ALARM, MAX_BATCH } from './sync';
export { createRecorder } from './recorder';
export type { Recorder, RecorderDeps } from './recorder';
export { createCourier } from './courier';
export type { Courier, CourierDeps } from './courier';
export type { Sync, SyncDeps, SyncSettings, TabContext, AlarmsApi, FlushResult } from './sync';
export { diffFindings, objectionEvent, occurrenceId } from './diff';
export type { CaseContext, DiffContext, KnownOccurrence } from './diff';
export { backoffDelay, backoffBounds, DEFAULT_BACKOFF, ALARM_MIN_MS } from './backoff';
export type { BackoffPolicy } from './backoff';
export { getSyncStatus, describeSyncError } from './status';
export type { SyncStatus, SyncErrorCode, LocalizedText } from './status';
export { createHttp, eventsUrl, kyHttp } from './client';
export { DefectEventSchema, EventBatchSchema } from './contract';
export type { DefectEvent, EventBatch } from './contract';
export { startSync } from './host';
export type { SyncMessage, SyncHostHandle, SyncSettingsSource } from './host';
