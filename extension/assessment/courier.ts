// Sends the assessment outbox (POST /api/v1/assessments) in the same flush as the event and
// case-activity outboxes: same settings, classification of answers and backoff. A record the
// companion refuses goes to the dead letters with its reason; a batch refused as a whole is split
// until the refused record stands alone.
import type { KyInstance } from 'ky';
import { ASSESSMENT_BATCH_MAX, AssessmentRecordSchema } from '../../shared/api/index';
import type { AssessmentOutboxRow, CaseLightDb } from '../store/db';
import { postBatchTo, type PostResult } from '../sync/client';

type Failure = Extract<PostResult, { kind: 'retry' }>;

export async function flushAssessments(
  db: CaseLightDb, http: KyInstance, settings: { companionUrl: string; token: string }, now: () => number,
): Promise<{ sent: number; deadLettered: number; failure: Failure | null }> {
  const tally = { sent: 0, deadLettered: 0 };

  async function deadLetter(rows: AssessmentOutboxRow[], reason: (r: AssessmentOutboxRow) => string, status?: number) {
    await db.transaction('rw', db.assessmentOutbox, db.deadLetters, async () => {
      await db.assessmentOutbox.bulkDelete(rows.map((r) => r.seq!));
      await db.deadLetters.bulkPut(rows.map((r) => ({ id: r.id, event: r.record, reason: reason(r), ...(status === undefined ? {} : { status }), at: now() })));
    });
    tally.deadLettered += rows.length;
  }

  async function deliver(rows: AssessmentOutboxRow[]): Promise<Failure | null> {
    const result = await postBatchTo(http, settings.companionUrl, settings.token, 'postAssessments', { assessments: rows.map((r) => r.record) });
    if (result.kind === 'retry') return result;
    if (result.kind === 'ok') {
      const bad = new Map(result.rejected.map((r) => [r.id, r.reason]));
      const dead = rows.filter((r) => bad.has(r.id));
      if (dead.length > 0) await deadLetter(dead, (r) => bad.get(r.id) ?? 'rejected', 200);
      await db.assessmentOutbox.bulkDelete(rows.filter((r) => !bad.has(r.id)).map((r) => r.seq!));
      tally.sent += rows.length - dead.length;
      return null;
    }
    if (rows.length === 1) {
      await deadLetter(rows, () => result.reason, result.status);
      return null;
    }
    const mid = Math.ceil(rows.length / 2);
    return (await deliver(rows.slice(0, mid))) ?? (await deliver(rows.slice(mid)));
  }

  for (;;) {
    const rows = await db.assessmentOutbox.orderBy(':id').limit(ASSESSMENT_BATCH_MAX).toArray();
    if (rows.length === 0) break;
    const invalid = rows.filter((r) => !AssessmentRecordSchema.safeParse(r.record).success);
    if (invalid.length > 0) await deadLetter(invalid, () => 'invalid before sending');
    const valid = rows.filter((r) => !invalid.includes(r));
    if (valid.length === 0) continue;
    const failure = await deliver(valid);
    if (failure) return { ...tally, failure };
  }
  return { ...tally, failure: null };
}
