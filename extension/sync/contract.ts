// The sync contract comes from shared/api (the only contract between extension and companion); re-exported here for sync's own modules.
export { DefectEventSchema, EventBatchSchema, EventBatchResultSchema, EVENT_BATCH_MAX } from '../../shared/api/index';
export type { DefectEvent, EventBatch, EventBatchResult } from '../../shared/api/index';
