// An ingested batch on PostgreSQL: the steps of storeEvents (ingest-batch.ts: insert, re-derive
// the author's cases, refuse the objections that cannot be filed) through postgresIo, which opens
// the transaction with the author's lock in the same round trip as the insert and sends the last
// write with the commit: two round trips for a batch without objections (issue 12).
import { sql, type Kysely } from 'kysely';
import { postgresIo } from './ledger-io.ts';
import { storeEvents, type BatchJob, type StoreResult } from './ingest-batch.ts';
import type { Database } from './schema.ts';

/** Stores one author's batch in its own transaction on one pooled connection; answers what store() answers. */
export function storeOnPostgres(db: Kysely<Database>, job: BatchJob): Promise<StoreResult> {
  return db.connection().execute(async (conn) => {
    const io = postgresIo(conn, job.author);
    try {
      const result = await storeEvents(conn, io, job);
      await io.commit();
      return result;
    } catch (err) {
      // Whatever was sent of the transaction goes (a rollback outside one only draws a warning);
      // a connection too broken to roll back is discarded by the pool.
      await sql`rollback`.execute(conn).catch(() => {});
      throw err;
    }
  });
}
