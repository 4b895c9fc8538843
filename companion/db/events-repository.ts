// Ingest of defect events: idempotent by event id, one transaction per batch, identity and unit
// from the caller (the bearer token), never from the payload.
import type { Kysely } from 'kysely';
import type { DefectEvent, EventBatchResult } from '../../shared/api/index.ts';
import { normalizeInstant } from '../../shared/ledger/index.ts';
import type { Dialect } from './connection.ts';
import { lockUser, rederive } from './ledger-writer.ts';
import type { Database, EventsTable } from './schema.ts';
import { chunks } from './scope-sql.ts';

export interface EventAuthor { id: string; unitCode: string }

interface Job {
  author: EventAuthor;
  rows: EventsTable[];
  sent: number;
  resolve(result: EventBatchResult): void;
  reject(err: unknown): void;
}

/** Batches from concurrent requests that share one SQLite commit (and so one fsync). */
const GROUP_COMMIT_MAX_JOBS = 32;

export function createEventsRepository(db: Kysely<Database>, dialect: Dialect) {
  async function store(trx: Kysely<Database>, job: Pick<Job, 'author' | 'rows' | 'sent'>): Promise<EventBatchResult> {
    await lockUser(trx, dialect, job.author.id);
    const inserted = new Set<string>();
    for (const part of chunks(job.rows, 250)) {
      const r = await trx.insertInto('events').values(part).onConflict((oc) => oc.column('id').doNothing()).returning('id').execute();
      for (const { id } of r) inserted.add(id);
    }
    const cases = new Set(job.rows.filter((r) => inserted.has(r.id) && r.training === 0).map((r) => r.case_number));
    await rederive(trx, job.author, [...cases]);
    return { accepted: inserted.size, duplicates: job.sent - inserted.size };
  }

  // Group commit (SQLite): while one transaction commits, batches that arrive queue up and the
  // next transaction takes them all, so concurrent posts share an fsync instead of waiting for one
  // each. Nobody's answer is sent before their commit; an idle server commits each batch at once.
  const queue: Job[] = [];
  let draining = false;
  async function drain(): Promise<void> {
    if (draining) return;
    draining = true;
    try {
      while (queue.length > 0) {
        const jobs = queue.splice(0, GROUP_COMMIT_MAX_JOBS);
        try {
          const results = await db.transaction().execute(async (trx) => {
            const out: EventBatchResult[] = [];
            for (const job of jobs) out.push(await store(trx, job));
            return out;
          });
          jobs.forEach((job, i) => job.resolve(results[i]));
        } catch {
          // One batch's failure must not fail the others: retry each in its own transaction.
          for (const job of jobs) {
            try { job.resolve(await db.transaction().execute((trx) => store(trx, job))); } catch (err) { job.reject(err); }
          }
        }
      }
    } finally {
      draining = false;
    }
  }

  return {
    /**
     * Stores the batch and updates the author's defects. Training events are stored, flagged, and
     * never reach a defect or a tally. Answers how many ids were new and how many were seen before.
     * Resolves only once the batch is committed.
     */
    async ingest(author: EventAuthor, events: readonly DefectEvent[], options: { now?: Date; demo?: boolean } = {}): Promise<EventBatchResult> {
      const receivedAt = (options.now ?? new Date()).toISOString();
      const unique = new Map<string, DefectEvent>();
      for (const e of events) if (!unique.has(e.id)) unique.set(e.id, e);
      const rows: EventsTable[] = [...unique.values()].map((e) => ({
        id: e.id,
        kind: e.kind,
        case_number: e.caseNumber,
        rule_id: e.ruleId,
        rule_version: e.ruleVersion,
        occurrence_key: e.occurrenceKey,
        light: e.light,
        points: e.points,
        due: e.due ?? null,
        observed_at: normalizeInstant(e.observedAt),
        received_at: receivedAt,
        procedure: e.procedure,
        training: e.training ? 1 : 0,
        objection_reason: e.objectionReason ?? null,
        user_id: author.id,
        unit_code: author.unitCode,
        demo: options.demo ? 1 : 0,
      }));
      if (dialect !== 'sqlite') return db.transaction().execute((trx) => store(trx, { author, rows, sent: events.length }));
      return new Promise<EventBatchResult>((resolve, reject) => {
        queue.push({ author, rows, sent: events.length, resolve, reject });
        void drain();
      });
    },

    async count(filter: { training?: boolean } = {}): Promise<number> {
      let q = db.selectFrom('events').select((eb) => eb.fn.countAll().as('n'));
      if (filter.training !== undefined) q = q.where('training', '=', filter.training ? 1 : 0);
      return Number((await q.executeTakeFirstOrThrow()).n);
    },

    async has(ids: readonly string[]): Promise<Set<string>> {
      const found = new Set<string>();
      for (const part of chunks(ids, 500)) {
        for (const r of await db.selectFrom('events').select('id').where('id', 'in', part).execute()) found.add(r.id);
      }
      return found;
    },
  };
}
export type EventsRepository = ReturnType<typeof createEventsRepository>;
