// Sends the assessment outbox (POST /api/v1/assessments) in the same flush as the event and
// case-activity outboxes (sync/record-outbox.ts: same settings, classification of answers, backoff,
// dead letters).
import type { KyInstance } from 'ky';
import { ASSESSMENT_BATCH_MAX, AssessmentRecordSchema } from '../../shared/api/index';
import type { AssessmentOutboxRow, CaseLightDb } from '../store/db';
import { postBatchTo } from '../sync/client';
import { flushRecordOutbox, type FlushTally } from '../sync/record-outbox';

export function flushAssessments(
  db: CaseLightDb, http: KyInstance, settings: { companionUrl: string; token: string }, now: () => number,
): Promise<FlushTally> {
  return flushRecordOutbox<AssessmentOutboxRow>(db, {
    table: db.assessmentOutbox,
    batchMax: ASSESSMENT_BATCH_MAX,
    schema: AssessmentRecordSchema,
    record: (r) => r.record,
    post: (rows) => postBatchTo(http, settings.companionUrl, settings.token, 'postAssessments', { assessments: rows.map((r) => r.record) }),
  }, now);
}
