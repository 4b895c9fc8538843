// Ingest of defect events: idempotent by (user, event id), one transaction per batch, identity and
// unit from the caller (the bearer token), never from the payload. Each event is checked and booked
// by itself (companion/ledger/booking.ts): the companion books the points, and an event it refuses
// is listed in `rejected` while the rest of the batch is stored.
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { DefectEvent, EventBatchResult, RejectedEvent, RuleConfigVersion } from '../../shared/api/index.ts';
import { createBooker } from '../ledger/booking.ts';
import type { Dialect } from './connection.ts';
import { errorOf, storeGroup, type EventAuthor, type StoreResult } from './ingest-batch.ts';
import type { IngestWriter } from './ingest-writer.ts';
import type { ObjectionRefusal } from './ledger-writer.ts';
import { storeOnPostgres } from './postgres-ingest.ts';
import type { Database, EventsTable } from './schema.ts';
import { chunks } from './sql.ts';

export type { EventAuthor };

/** An event whose client-side points differ from what was booked: logged, never booked. */
export interface PointsHint { id: string; ruleId: string; messageId: string | null; client: number; booked: number }

export interface IngestResult extends EventBatchResult {
  hints: PointsHint[];
}

export interface EventsRepositoryOptions {
  /** The rule-configuration versions, oldest first (settings repository). */
  ruleConfigVersions(): Promise<{ versions: readonly RuleConfigVersion[] }>;
  /** On SQLite, the connection Kysely runs on: the batch's statements run on it as prepared statements (ledger-io.ts). */
  sqlite?: BetterSqlite3.Database;
  /** On SQLite, the writer thread that stores and group-commits the batches (ingest-writer.ts); without it each commits here on its own. */
  writer?: IngestWriter;
}

/** Pending objections one prosecutor may have at once unless the caller says otherwise (CASELIGHT_MAX_OPEN_OBJECTIONS). */
export const DEFAULT_MAX_OPEN_OBJECTIONS = 50;

const refusalReason: Record<ObjectionRefusal, string> = {
  'nothing-to-object': '该瑕疵记录积分为 0，无可异议 / the defect carries 0 points: nothing to object to',
  'too-many-open': '待审异议已达上限 / too many open objections',
};

export function createEventsRepository(db: Kysely<Database>, dialect: Dialect, options: EventsRepositoryOptions) {
  function commit(author: EventAuthor, rows: EventsTable[], maxOpenObjections: number): Promise<StoreResult> {
    if (rows.length === 0) return Promise.resolve({ inserted: new Set(), refused: new Map() });
    if (dialect !== 'sqlite') return storeOnPostgres(db, { author, rows, maxOpenObjections });
    // SQLite: the writer thread stores the batch in its next group commit (ingest-worker.ts); a
    // connection without one (none is made so today) stores it here in a transaction of its own.
    // Nobody's answer is sent before their commit.
    const job = { author, rows, maxOpenObjections };
    const outcome = options.writer ? options.writer.store(job) : storeGroup(db, dialect, options.sqlite, [job]).then((o) => o[0]);
    return outcome.then((o) => {
      if (o.ok) return o.result;
      throw errorOf(o);
    });
  }

  return {
    /**
     * Checks and books each event, stores the batch and updates the author's defects. Training
     * events are stored, flagged, and never reach a defect or a tally. Answers how many events were
     * new, how many were seen before, and which were refused (with the field and why). Resolves
     * only once the batch is committed.
     */
    async ingest(author: EventAuthor, events: readonly DefectEvent[], opts: { now?: Date; demo?: boolean; maxOpenObjections?: number } = {}): Promise<IngestResult> {
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
      const { inserted, refused } = await commit(author, rows, opts.maxOpenObjections ?? DEFAULT_MAX_OPEN_OBJECTIONS);
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
