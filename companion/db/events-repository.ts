// Ingest of defect events: idempotent by (user, event id), one transaction per batch, identity and
// unit from the caller (the bearer token), never from the payload. Each event is checked and booked
// by itself (companion/ledger/booking.ts): the companion books the points, and an event it refuses
// is listed in `rejected` while the rest of the batch is stored.
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { DefectEvent, EventBatchResult, RejectedEvent, RuleConfigVersion } from '../../shared/api/index.ts';
import { createBooker } from '../ledger/booking.ts';
import type { Dialect } from './connection.ts';
import { kyselyIo, sqliteIo } from './ledger-io.ts';
import { lockUser, rederive, type ObjectionRefusal } from './ledger-writer.ts';
import { storeOnPostgres } from './postgres-ingest.ts';
import type { Database, EventsTable } from './schema.ts';
import { chunks } from './sql.ts';

export interface EventAuthor { id: string; unitCode: string }

/** An event whose client-side points differ from what was booked: logged, never booked. */
export interface PointsHint { id: string; ruleId: string; messageId: string | null; client: number; booked: number }

export interface IngestResult extends EventBatchResult {
  hints: PointsHint[];
}

interface StoreResult { inserted: Set<string>; refused: Map<string, ObjectionRefusal> }

interface Job {
  author: EventAuthor;
  rows: EventsTable[];
  maxOpenObjections: number;
  resolve(result: StoreResult): void;
  reject(err: unknown): void;
}

/** Batches from concurrent requests that share one SQLite commit (and so one fsync). */
const GROUP_COMMIT_MAX_JOBS = 32;
/** How long a commit waits at most for more posts to join it (see gather()). */
const GROUP_COMMIT_MAX_WAIT_MS = 5;

/**
 * A POST /events the server has started reading (arriving()): done() once its batch is queued for
 * a commit (or it ended without one), closed() when its answer has gone. Each is idempotent.
 */
export interface Arrival { done(): void; closed(): void }

export interface EventsRepositoryOptions {
  /** The rule-configuration versions, oldest first (settings repository). */
  ruleConfigVersions(): Promise<{ versions: readonly RuleConfigVersion[] }>;
  /** On SQLite, the connection Kysely runs on: the batch's statements run on it as prepared statements (ledger-io.ts). */
  sqlite?: BetterSqlite3.Database;
}

/** Pending objections one prosecutor may have at once unless the caller says otherwise (CASELIGHT_MAX_OPEN_OBJECTIONS). */
export const DEFAULT_MAX_OPEN_OBJECTIONS = 50;

const refusalReason: Record<ObjectionRefusal, string> = {
  'nothing-to-object': '该瑕疵记录积分为 0，无可异议 / the defect carries 0 points: nothing to object to',
  'too-many-open': '待审异议已达上限 / too many open objections',
};

export function createEventsRepository(db: Kysely<Database>, dialect: Dialect, options: EventsRepositoryOptions) {
  async function store(trx: Kysely<Database>, job: Pick<Job, 'author' | 'rows' | 'maxOpenObjections'>): Promise<StoreResult> {
    await lockUser(trx, dialect, job.author.id);
    const io = options.sqlite ? sqliteIo(options.sqlite) : kyselyIo(trx);
    const inserted = await io.insertEvents(job.rows);
    const fresh = job.rows.filter((r) => inserted.has(r.id) && r.training === 0);
    const newObjections = new Set(fresh.filter((r) => r.kind === 'objected').map((r) => r.id));
    const limits = { maxOpenObjections: job.maxOpenObjections, io };
    const refused = await rederive(trx, job.author, [...new Set(fresh.map((r) => r.case_number))], { ...limits, newObjections });
    if (refused.size > 0) {
      // A refused objection is not stored: re-derive its cases without it.
      const ids = [...refused.keys()];
      for (const part of chunks(ids, 500)) await trx.deleteFrom('events').where('user_id', '=', job.author.id).where('id', 'in', part).execute();
      await rederive(trx, job.author, [...new Set(fresh.filter((r) => refused.has(r.id)).map((r) => r.case_number))], limits);
      for (const id of ids) inserted.delete(id);
    }
    return { inserted, refused };
  }

  // Group commit (SQLite): while one transaction commits, batches that arrive queue up and the
  // next transaction takes them all, so concurrent posts share an fsync instead of waiting for one
  // each. Nobody's answer is sent before their commit; an idle server commits each batch at once.
  const queue: Job[] = [];
  let draining = false;
  // The next commit waits (up to GROUP_COMMIT_MAX_WAIT_MS) for posts the server has begun to read
  // (body, token, checks, booking) that have not reached the queue yet, and for as many batches
  // as there were posts in flight at once in the last second: clients answered by one commit then
  // post their next batches into one commit rather than drifting into two alternating halves. A
  // lone poster (peak 1) is committed at once.
  let arrivingCount = 0;
  let postingCount = 0;
  let peak = 0;
  let peakSince = 0;
  let wake: (() => void) | undefined;
  const nudge = () => { const w = wake; wake = undefined; w?.(); };
  function arriving(): Arrival {
    arrivingCount++;
    postingCount++;
    const now = performance.now();
    if (now - peakSince > 1000) { peak = postingCount; peakSince = now; } else peak = Math.max(peak, postingCount);
    let open = true;
    let posting = true;
    return {
      done() {
        if (!open) return;
        open = false;
        arrivingCount--;
        nudge();
      },
      closed() {
        if (!posting) return;
        posting = false;
        postingCount--;
      },
    };
  }
  async function gather(): Promise<void> {
    // On SQLite a transaction runs start to commit without giving the event loop a turn
    // (better-sqlite3 is synchronous), so requests that arrived meanwhile are still unread:
    // one turn of the loop lets them reach the queue and join this commit.
    await new Promise((resolve) => setImmediate(resolve));
    const deadline = performance.now() + GROUP_COMMIT_MAX_WAIT_MS;
    while ((arrivingCount > 0 || queue.length < peak) && queue.length < GROUP_COMMIT_MAX_JOBS) {
      const left = deadline - performance.now();
      if (left <= 0) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => { wake = undefined; resolve(); }, left);
        wake = () => { clearTimeout(timer); resolve(); };
      });
    }
  }
  async function drain(): Promise<void> {
    if (draining) return;
    draining = true;
    try {
      while (queue.length > 0) {
        await gather();
        const jobs = queue.splice(0, GROUP_COMMIT_MAX_JOBS);
        try {
          const results = await db.transaction().execute(async (trx) => {
            const out: StoreResult[] = [];
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

  function commit(author: EventAuthor, rows: EventsTable[], maxOpenObjections: number, arrival?: Arrival): Promise<StoreResult> {
    if (rows.length === 0) { arrival?.done(); return Promise.resolve({ inserted: new Set(), refused: new Map() }); }
    if (dialect !== 'sqlite') { arrival?.done(); return storeOnPostgres(db, { author, rows, maxOpenObjections }); }
    return new Promise<StoreResult>((resolve, reject) => {
      queue.push({ author, rows, maxOpenObjections, resolve, reject });
      arrival?.done();
      nudge();
      void drain();
    });
  }

  return {
    /**
     * Announces a POST /events the server has begun to read (SQLite: the next group commit waits
     * for it briefly); the request calls done() when it ends, and ingest() when its batch is queued.
     */
    arriving,

    /**
     * Checks and books each event, stores the batch and updates the author's defects. Training
     * events are stored, flagged, and never reach a defect or a tally. Answers how many events were
     * new, how many were seen before, and which were refused (with the field and why). Resolves
     * only once the batch is committed.
     */
    async ingest(author: EventAuthor, events: readonly DefectEvent[], opts: { now?: Date; demo?: boolean; maxOpenObjections?: number; arrival?: Arrival } = {}): Promise<IngestResult> {
      const now = opts.now ?? new Date();
      const receivedAt = now.toISOString();
      const booker = createBooker((await options.ruleConfigVersions()).versions, now);
      const unique = new Map<string, DefectEvent>();
      for (const e of events) if (!unique.has(e.id)) unique.set(e.id, e);
      const rejected: RejectedEvent[] = [];
      const rows: EventsTable[] = [];
      for (const e of unique.values()) {
        const b = booker.book(e);
        if (!b.ok) {
          rejected.push({ id: e.id, field: b.issue.field, reason: `${b.issue.zh} / ${b.issue.en}` });
          continue;
        }
        rows.push({
          id: e.id,
          kind: e.kind,
          case_number: e.caseNumber,
          rule_id: b.ruleId,
          rule_version: e.ruleVersion,
          occurrence_key: e.occurrenceKey,
          light: e.light,
          points: b.points,
          due: e.due ?? null,
          observed_at: b.observedAt,
          received_at: receivedAt,
          procedure: e.procedure,
          training: e.training ? 1 : 0,
          objection_reason: e.objectionReason ?? null,
          user_id: author.id,
          unit_code: author.unitCode,
          demo: opts.demo ? 1 : 0,
          message_id: e.messageId ?? null,
          client_points: e.points,
        });
      }
      const { inserted, refused } = await commit(author, rows, opts.maxOpenObjections ?? DEFAULT_MAX_OPEN_OBJECTIONS, opts.arrival);
      for (const [id, code] of refused) rejected.push({ id, field: 'kind', reason: refusalReason[code] });
      const hints = rows.filter((r) => inserted.has(r.id) && r.client_points !== r.points)
        .map((r) => ({ id: r.id, ruleId: r.rule_id, messageId: r.message_id, client: r.client_points ?? 0, booked: r.points }));
      return { accepted: inserted.size, duplicates: events.length - inserted.size - rejected.length, rejected, hints };
    },

    async count(filter: { training?: boolean } = {}): Promise<number> {
      let q = db.selectFrom('events').select((eb) => eb.fn.countAll().as('n'));
      if (filter.training !== undefined) q = q.where('training', '=', filter.training ? 1 : 0);
      return Number((await q.executeTakeFirstOrThrow()).n);
    },

    /** Which of these ids are stored (for anyone). */
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
