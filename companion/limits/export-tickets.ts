// The export cap shared by every companion on one PostgreSQL: at most `concurrency` quarterly-list
// exports run at once in the whole cluster and at most `queue` wait; one more answers 429 with
// Retry-After, as the in-process limiter does (companion/exports/limiter.ts, SQLite). Each export
// running or waiting holds a row in export_tickets; admissions and turns are decided one at a time
// under a transaction-level advisory lock, waiters take their turn oldest first (polling), and the
// instance refreshes its tickets' heartbeat so that the tickets of an instance that died (kill -9,
// lost host) stop counting after `leaseMs` instead of holding slots forever.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { HttpError } from '../errors.ts';
import type { ExportLimiter } from '../exports/limiter.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const nowMs = sql<string>`(extract(epoch from clock_timestamp()) * 1000)::bigint`;
/** Advisory-lock key (two int4) under which admissions are decided: "CLE" and the schema (ledgers in other schemas do not wait). */
const LOCK = sql`pg_advisory_xact_lock(${0x434c45}, hashtext(current_schema()))`;

export interface SharedExportLimiterOptions {
  concurrency: number;
  queue: number;
  /** How often a waiting export looks for its turn. */
  pollMs?: number;
  /** A ticket whose heartbeat is older than this no longer counts (its instance is gone). */
  leaseMs?: number;
}

export function createSharedExportLimiter(db: AnyDb, options: SharedExportLimiterOptions): ExportLimiter {
  const pollMs = options.pollMs ?? 250;
  const leaseMs = options.leaseMs ?? 15_000;
  const held = new Set<string>();
  let running = 0;
  let queued = 0;
  let averageMs = 2_000;
  let beat: NodeJS.Timeout | undefined;

  const heartbeat = async () => {
    if (held.size === 0) return;
    await sql`update export_tickets set heartbeat_at = ${nowMs} where id in (${sql.join([...held])})`.execute(db).catch(() => {});
  };
  const hold = (id: string) => {
    held.add(id);
    beat ??= setInterval(() => void heartbeat(), Math.max(200, Math.floor(leaseMs / 3)));
    beat.unref();
  };
  const drop = async (id: string) => {
    held.delete(id);
    if (held.size === 0 && beat) { clearInterval(beat); beat = undefined; }
    await sql`delete from export_tickets where id = ${id}`.execute(db).catch(() => {});
  };
  const expireStale = (trx: AnyDb) => sql`delete from export_tickets where heartbeat_at < ${nowMs} - ${leaseMs}`.execute(trx);
  const counts = async (trx: AnyDb) => {
    const r = await sql<{ state: string; n: string }>`select state, count(*) as n from export_tickets group by state`.execute(trx);
    const of = (s: string) => Number(r.rows.find((x) => x.state === s)?.n ?? 0);
    return { running: of('running'), waiting: of('waiting') };
  };

  /** Takes a slot, a place in the queue, or neither (with how many wait). */
  const admit = (id: string) => db.transaction().execute(async (trx) => {
    await sql`select ${LOCK}`.execute(trx);
    await expireStale(trx);
    const c = await counts(trx);
    const state = c.running < options.concurrency && c.waiting === 0 ? 'running' : c.waiting < options.queue ? 'waiting' : undefined;
    if (state) await sql`insert into export_tickets (id, state, created_at, heartbeat_at) values (${id}, ${state}, ${nowMs}, ${nowMs})`.execute(trx);
    return { state, waiting: c.waiting };
  });

  /** Moves the oldest waiters into free slots; answers whether `id` is now running. */
  const myTurn = (id: string) => db.transaction().execute(async (trx) => {
    await sql`select ${LOCK}`.execute(trx);
    await expireStale(trx);
    const c = await counts(trx);
    const free = options.concurrency - c.running;
    if (free <= 0) return false;
    const next = await sql<{ id: string }>`
      select id from export_tickets where state = 'waiting' order by created_at, id limit ${free}`.execute(trx);
    if (!next.rows.some((r) => r.id === id)) return false;
    await sql`update export_tickets set state = 'running', heartbeat_at = ${nowMs} where id = ${id}`.execute(trx);
    return true;
  });

  return {
    get running() { return running; },
    get queued() { return queued; },
    async run(res, job) {
      const id = randomUUID();
      const admitted = await admit(id);
      if (!admitted.state) {
        const turns = Math.ceil((admitted.waiting + 1) / options.concurrency);
        res.setHeader('Retry-After', String(Math.max(1, Math.ceil((turns * averageMs) / 1000))));
        throw new HttpError(429, 'export-busy', {
          zh: '正在导出的清单过多，请稍后再试',
          en: 'Too many exports are running; try again later',
        });
      }
      hold(id);
      try {
        if (admitted.state === 'waiting') {
          queued++;
          let left = false;
          const leave = () => { left = true; };
          res.once('close', leave);
          try {
            while (!left && !(await myTurn(id))) await new Promise((r) => setTimeout(r, pollMs));
          } finally {
            queued--;
            res.off('close', leave);
          }
          if (left) return undefined;
        }
        running++;
        const t0 = performance.now();
        try {
          return await job();
        } finally {
          running--;
          averageMs = averageMs * 0.8 + (performance.now() - t0) * 0.2;
        }
      } finally {
        await drop(id);
      }
    },
  };
}
