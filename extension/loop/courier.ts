// Sends the case-activity outbox (POST /api/v1/case-activity) in the same flush as the event
// outbox: same settings, same classification of answers, same backoff. A record the companion
// refuses goes to the dead letters with its reason; a batch refused as a whole is split until the
// refused record stands alone.
import type { KyInstance } from 'ky';
import { CASE_ACTIVITY_BATCH_MAX, CaseActivitySchema } from '../../shared/api/index';
import type { CaseLightDb, CaseOutboxRow } from '../store/db';
import { postBatchTo, type PostResult } from '../sync/client';

type Failure = Extract<PostResult, { kind: 'retry' }>;

/** Posts every queued case-activity record; answers how many were delivered or set aside, or the failure to retry. */
export async function flushCaseActivity(
  db: CaseLightDb, http: KyInstance, settings: { companionUrl: string; token: string }, now: () => number,
): Promise<{ sent: number; deadLettered: number; failure: Failure | null }> {
  const tally = { sent: 0, deadLettered: 0 };

  async function deadLetter(rows: CaseOutboxRow[], reason: (r: CaseOutboxRow) => string, status?: number) {
    await db.transaction('rw', db.caseOutbox, db.deadLetters, async () => {
      await db.caseOutbox.bulkDelete(rows.map((r) => r.seq!));
      await db.deadLetters.bulkPut(rows.map((r) => ({ id: r.id, event: r.activity, reason: reason(r), ...(status === undefined ? {} : { status }), at: now() })));
    });
    tally.deadLettered += rows.length;
  }

  async function deliver(rows: CaseOutboxRow[]): Promise<Failure | null> {
    const result = await postBatchTo(http, settings.companionUrl, settings.token, 'postCaseActivity', { activities: rows.map((r) => r.activity) });
    if (result.kind === 'retry') return result;
    if (result.kind === 'ok') {
      const bad = new Map(result.rejected.map((r) => [r.id, r.reason]));
      const dead = rows.filter((r) => bad.has(r.id));
      if (dead.length > 0) await deadLetter(dead, (r) => bad.get(r.id) ?? 'rejected', 200);
      await db.caseOutbox.bulkDelete(rows.filter((r) => !bad.has(r.id)).map((r) => r.seq!));
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
    const rows = await db.caseOutbox.orderBy(':id').limit(CASE_ACTIVITY_BATCH_MAX).toArray();
    if (rows.length === 0) break;
    const invalid = rows.filter((r) => !CaseActivitySchema.safeParse(r.activity).success);
    if (invalid.length > 0) await deadLetter(invalid, () => 'invalid before sending');
    const valid = rows.filter((r) => !invalid.includes(r));
    if (valid.length === 0) continue;
    const failure = await deliver(valid);
    if (failure) return { ...tally, failure };
  }
  return { ...tally, failure: null };
}
