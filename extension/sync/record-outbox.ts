// One flush of a record outbox (case activity, assessments) beside the event outbox: the same
// settings, classification of answers and backoff. A record the companion refuses goes to the dead
// letters with its reason; a batch refused as a whole is split until the refused record stands
// alone; a record that fails its own schema before sending is set aside without being sent.
import type { Table } from 'dexie';
import type { z } from 'zod';
import type { CaseLightDb } from '../store/db';
import type { PostResult } from './client';

type Failure = Extract<PostResult, { kind: 'retry' }>;

/** A queued record: its outbox sequence number, its id (idempotency key) and what is sent. */
export interface RecordRow {
  seq?: number;
  id: string;
}

export interface RecordOutbox<Row extends RecordRow> {
  // Dexie's insert type is the caller's own; this flush only reads and deletes.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  table: Table<Row, Row['seq'], any>;
  batchMax: number;
  schema: z.ZodType;
  /** What of the row is sent (and kept in the dead letters when refused). */
  record(row: Row): unknown;
  /** Posts one batch of rows. */
  post(rows: Row[]): Promise<PostResult>;
}

export interface FlushTally {
  sent: number;
  deadLettered: number;
  failure: Failure | null;
}

/** Posts every queued record; answers how many were delivered or set aside, or the failure to retry. */
export async function flushRecordOutbox<Row extends RecordRow>(db: CaseLightDb, box: RecordOutbox<Row>, now: () => number): Promise<FlushTally> {
  const tally = { sent: 0, deadLettered: 0 };

  async function deadLetter(rows: Row[], reason: (r: Row) => string, status?: number) {
    await db.transaction('rw', box.table, db.deadLetters, async () => {
      await box.table.bulkDelete(rows.map((r) => r.seq));
      await db.deadLetters.bulkPut(rows.map((r) => ({ id: r.id, event: box.record(r), reason: reason(r), ...(status === undefined ? {} : { status }), at: now() })) as never);
    });
    tally.deadLettered += rows.length;
  }

  async function deliver(rows: Row[]): Promise<Failure | null> {
    const result = await box.post(rows);
    if (result.kind === 'retry') return result;
    if (result.kind === 'ok') {
      const bad = new Map(result.rejected.map((r) => [r.id, r.reason]));
      const dead = rows.filter((r) => bad.has(r.id));
      if (dead.length > 0) await deadLetter(dead, (r) => bad.get(r.id) ?? 'rejected', 200);
      await box.table.bulkDelete(rows.filter((r) => !bad.has(r.id)).map((r) => r.seq!));
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
    const rows = await box.table.orderBy(':id').limit(box.batchMax).toArray();
    if (rows.length === 0) break;
    const invalid = rows.filter((r) => !box.schema.safeParse(box.record(r)).success);
    if (invalid.length > 0) await deadLetter(invalid, () => 'invalid before sending');
    const valid = rows.filter((r) => !invalid.includes(r));
    if (valid.length === 0) continue;
    const failure = await deliver(valid);
    if (failure) return { ...tally, failure };
  }
  return { ...tally, failure: null };
}
