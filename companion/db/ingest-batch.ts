// Storing ingested batches: the part of an ingest that runs inside the ledger's transaction (the
// events, the author's re-derived defects, the totals, objections filed). One function for both
// places it runs: in the companion's thread (PostgreSQL, and SQLite without a writer thread) and in
// the SQLite writer thread (ingest-worker.ts), which runs it on its own connection while the main
// thread reads, checks and books the next posts.
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Dialect } from './connection.ts';
import { kyselyIo, sqliteIo, type LedgerIo } from './ledger-io.ts';
import { lockUser, rederive, type ObjectionRefusal } from './ledger-writer.ts';
import type { Database, EventsTable } from './schema.ts';
import { chunks } from './sql.ts';

export interface EventAuthor { id: string; unitCode: string }

/** One post's batch, booked and ready to store. */
export interface BatchJob { author: EventAuthor; rows: EventsTable[]; maxOpenObjections: number }

export interface StoreResult { inserted: Set<string>; refused: Map<string, ObjectionRefusal> }

/** A job's outcome as it crosses between threads (an Error keeps its name, message and code). */
export type JobOutcome = { ok: true; result: StoreResult } | { ok: false; error: { name: string; message: string; code?: string } };

/**
 * A stored batch's outcome as the writer thread sends it back: the ids of the job's rows that were
 * not inserted (seen before; usually none) and the refused objections, instead of the set of the
 * ids inserted (usually all of them).
 */
export type WireOutcome = { ok: true; skipped: string[]; refused: Array<[string, ObjectionRefusal]> } | Extract<JobOutcome, { ok: false }>;

export function toWire(job: BatchJob, result: StoreResult): WireOutcome {
  const skipped: string[] = [];
  for (const r of job.rows) if (!result.inserted.has(r.id)) skipped.push(r.id);
  return { ok: true, skipped, refused: [...result.refused] };
}

export function fromWire(job: BatchJob, outcome: WireOutcome): JobOutcome {
  if (!outcome.ok) return outcome;
  const inserted = new Set<string>();
  const skipped = new Set(outcome.skipped);
  for (const r of job.rows) if (!skipped.has(r.id)) inserted.add(r.id);
  return { ok: true, result: { inserted, refused: new Map(outcome.refused) } };
}

/**
 * The steps of storing one batch through `io`, inside the transaction `trx` is on (its author's
 * lock already held, or taken by the io): insert the events not seen before, re-derive the author's
 * defects in their cases, and take out the objections that cannot be filed.
 */
export async function storeEvents(trx: Kysely<Database>, io: LedgerIo, job: BatchJob): Promise<StoreResult> {
  const inserted = await io.insertEvents(job.rows);
  const fresh = job.rows.filter((r) => inserted.has(r.id) && r.training === 0);
  const newObjections = new Set(fresh.filter((r) => r.kind === 'objected').map((r) => r.id));
  const limits = { maxOpenObjections: job.maxOpenObjections, io };
  const refused = await rederive(trx, job.author, [...new Set(fresh.map((r) => r.case_number))], { ...limits, newObjections });
  if (refused.size > 0) {
    // A refused objection is not stored: re-derive its cases without it.
    await io.flush?.();
    const ids = [...refused.keys()];
    for (const part of chunks(ids, 500)) await trx.deleteFrom('events').where('user_id', '=', job.author.id).where('id', 'in', part).execute();
    await rederive(trx, job.author, [...new Set(fresh.filter((r) => refused.has(r.id)).map((r) => r.case_number))], limits);
    for (const id of ids) inserted.delete(id);
  }
  return { inserted, refused };
}

/** Stores one batch in the open transaction `trx` (SQLite's prepared statements when given, else Kysely's). */
export async function storeBatch(trx: Kysely<Database>, dialect: Dialect, sqlite: BetterSqlite3.Database | undefined, job: BatchJob): Promise<StoreResult> {
  await lockUser(trx, dialect, job.author.id);
  return storeEvents(trx, sqlite ? sqliteIo(sqlite) : kyselyIo(trx), job);
}

const outcomeOf = (err: unknown): JobOutcome => {
  const e = err instanceof Error ? err : new Error(String(err));
  const code = (e as { code?: unknown }).code;
  return { ok: false, error: { name: e.name, message: e.message, ...(typeof code === 'string' ? { code } : {}) } };
};

/**
 * Stores several posts' batches in one SQLite transaction (one commit, one fsync: the group commit).
 * When that transaction fails, each batch is retried in its own, so one bad batch does not fail the
 * others. Answers one outcome per job, in order; never throws.
 */
export async function storeGroup(db: Kysely<Database>, dialect: Dialect, sqlite: BetterSqlite3.Database | undefined, jobs: readonly BatchJob[]): Promise<JobOutcome[]> {
  try {
    const results = await db.transaction().execute(async (trx) => {
      const out: StoreResult[] = [];
      for (const job of jobs) out.push(await storeBatch(trx, dialect, sqlite, job));
      return out;
    });
    return results.map((result) => ({ ok: true, result }));
  } catch {
    const outcomes: JobOutcome[] = [];
    for (const job of jobs) {
      try {
        outcomes.push({ ok: true, result: await db.transaction().execute((trx) => storeBatch(trx, dialect, sqlite, job)) });
      } catch (err) {
        outcomes.push(outcomeOf(err));
      }
    }
    return outcomes;
  }
}

/** The error a failed outcome stands for, as the caller's thread sees it. */
export function errorOf(outcome: Extract<JobOutcome, { ok: false }>): Error {
  const err = new Error(outcome.error.message);
  err.name = outcome.error.name;
  if (outcome.error.code !== undefined) Object.assign(err, { code: outcome.error.code });
  return err;
}
