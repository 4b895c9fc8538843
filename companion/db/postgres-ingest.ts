// An ingested batch on PostgreSQL: the steps of the events repository's store() (insert, re-derive
// the author's cases, refuse the objections that cannot be filed) through postgresIo, which opens
// the transaction with the author's lock in the same round trip as the insert and sends the last
// write with the commit: two round trips for a batch without objections (issue 12).
import { sql, type Kysely } from 'kysely';
import { postgresIo } from './ledger-io.ts';
import { rederive, type ObjectionRefusal } from './ledger-writer.ts';
import type { Database, EventsTable } from './schema.ts';
import { chunks } from './sql.ts';

export interface PostgresBatch {
  author: { id: string; unitCode: string };
  rows: EventsTable[];
  maxOpenObjections: number;
}

/** Stores one author's batch in its own transaction on one pooled connection; answers what store() answers. */
export function storeOnPostgres(db: Kysely<Database>, job: PostgresBatch): Promise<{ inserted: Set<string>; refused: Map<string, ObjectionRefusal> }> {
  return db.connection().execute(async (conn) => {
    const io = postgresIo(conn, job.author);
    try {
      const inserted = await io.insertEvents(job.rows);
      const fresh = job.rows.filter((r) => inserted.has(r.id) && r.training === 0);
      const newObjections = new Set(fresh.filter((r) => r.kind === 'objected').map((r) => r.id));
      const limits = { maxOpenObjections: job.maxOpenObjections, io };
      const refused = await rederive(conn, job.author, [...new Set(fresh.map((r) => r.case_number))], { ...limits, newObjections });
      if (refused.size > 0) {
        // A refused objection is not stored: re-derive its cases without it.
        await io.flush();
        const ids = [...refused.keys()];
        for (const part of chunks(ids, 500)) await conn.deleteFrom('events').where('user_id', '=', job.author.id).where('id', 'in', part).execute();
        await rederive(conn, job.author, [...new Set(fresh.filter((r) => refused.has(r.id)).map((r) => r.case_number))], limits);
        for (const id of ids) inserted.delete(id);
      }
      await io.commit();
      return { inserted, refused };
    } catch (err) {
      // Whatever was sent of the transaction goes (a rollback outside one only draws a warning);
      // a connection too broken to roll back is discarded by the pool.
      await sql`rollback`.execute(conn).catch(() => {});
      throw err;
    }
  });
}
