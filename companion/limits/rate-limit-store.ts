// A store for express-rate-limit kept in PostgreSQL, so that several companions on one database
// count one window per key (per user, or per address without a valid token) instead of one per
// process. A fixed window like express-rate-limit's own MemoryStore: the first hit of a key opens a
// window of `windowMs`; hits are counted in one upsert, atomic under concurrency. Windows are timed
// by the database's clock, so instances whose clocks differ still share them. SQLite keeps the
// in-process MemoryStore (one process owns a SQLite file).
import type { ClientRateLimitInfo, IncrementResponse, Options, Store } from 'express-rate-limit';
import { sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const nowMs = sql<string>`(extract(epoch from clock_timestamp()) * 1000)::bigint`;

/** One in this many increments also deletes windows that ended (the table stays the size of the active keys). */
const SWEEP_EVERY = 500;

export class PostgresRateLimitStore implements Store {
  /** Keys counted here are seen by every instance on the database. */
  readonly localKeys = false;
  readonly prefix: string;
  private windowMs = 60_000;
  private calls = 0;

  constructor(private readonly db: AnyDb, options: { prefix?: string } = {}) {
    this.prefix = options.prefix ?? '';
  }

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const r = await sql<{ hits: number; reset_at: string }>`
      select hits, reset_at from rate_limits where key = ${this.prefix + key} and reset_at > ${nowMs}`.execute(this.db);
    const row = r.rows[0];
    return row ? { totalHits: row.hits, resetTime: new Date(Number(row.reset_at)) } : undefined;
  }

  async increment(key: string): Promise<IncrementResponse> {
    if (++this.calls % SWEEP_EVERY === 0) void this.sweep().catch(() => {});
    const r = await sql<{ hits: number; reset_at: string }>`
      insert into rate_limits as r (key, hits, reset_at) values (${this.prefix + key}, 1, ${nowMs} + ${this.windowMs})
      on conflict (key) do update set
        hits = case when r.reset_at <= ${nowMs} then 1 else r.hits + 1 end,
        reset_at = case when r.reset_at <= ${nowMs} then excluded.reset_at else r.reset_at end
      returning hits, reset_at`.execute(this.db);
    const row = r.rows[0];
    return { totalHits: row.hits, resetTime: new Date(Number(row.reset_at)) };
  }

  async decrement(key: string): Promise<void> {
    await sql`update rate_limits set hits = greatest(hits - 1, 0) where key = ${this.prefix + key}`.execute(this.db);
  }

  async resetKey(key: string): Promise<void> {
    await sql`delete from rate_limits where key = ${this.prefix + key}`.execute(this.db);
  }

  /** Deletes windows that have ended. */
  async sweep(): Promise<void> {
    await sql`delete from rate_limits where reset_at <= ${nowMs}`.execute(this.db);
  }
}
