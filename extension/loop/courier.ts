// Sends the case-activity outbox (POST /api/v1/case-activity) in the same flush as the event
// outbox (sync/record-outbox.ts: same settings, classification of answers, backoff, dead letters).
import type { KyInstance } from 'ky';
import { CASE_ACTIVITY_BATCH_MAX, CaseActivitySchema } from '../../shared/api/index';
import type { CaseLightDb, CaseOutboxRow } from '../store/db';
import { postBatchTo } from '../sync/client';
import { flushRecordOutbox, type FlushTally } from '../sync/record-outbox';

/** Posts every queued case-activity record; answers how many were delivered or set aside, or the failure to retry. */
export function flushCaseActivity(
  db: CaseLightDb, http: KyInstance, settings: { companionUrl: string; token: string }, now: () => number,
): Promise<FlushTally> {
  return flushRecordOutbox<CaseOutboxRow>(db, {
    table: db.caseOutbox,
    batchMax: CASE_ACTIVITY_BATCH_MAX,
    schema: CaseActivitySchema,
    record: (r) => r.activity,
    post: (rows) => postBatchTo(http, settings.companionUrl, settings.token, 'postCaseActivity', { activities: rows.map((r) => r.activity) }),
  }, now);
}
