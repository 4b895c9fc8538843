// The SQLite writer thread: stores ingested batches on its own connection to the ledger file, so the
// SQLite work of an ingest (the statements, re-deriving the author's defects, the commit and its
// fsync) runs beside the main thread's HTTP, parsing, checks and booking of the next posts instead
// of after them. The main thread groups the posts (events-repository.ts) and sends one group at a
// time; this thread answers once the group is committed. Started by ingest-writer.ts.
// Messages ← { type: 'group', id, jobs } | { type: 'close' };
//          → { type: 'ready' } (once, connection open) | { type: 'done', id, outcomes }.
import { parentPort, workerData } from 'node:worker_threads';
import { openSqliteLedger } from './connection.ts';
import { storeGroup, toWire, type BatchJob } from './ingest-batch.ts';

const port = parentPort;
if (!port) throw new Error('db/ingest-worker.ts runs in a worker thread');

const { db, sqlite } = openSqliteLedger((workerData as { file: string }).file);

type FromMain = { type: 'group'; id: number; jobs: BatchJob[] } | { type: 'close' };

let work: Promise<void> = Promise.resolve();
port.on('message', (m: FromMain) => {
  if (m.type === 'group') {
    work = work.then(async () => {
      const outcomes = await storeGroup(db, 'sqlite', sqlite, m.jobs);
      port.postMessage({ type: 'done', id: m.id, outcomes: outcomes.map((o, i) => (o.ok ? toWire(m.jobs[i], o.result) : o)) });
    });
  } else if (m.type === 'close') {
    work = work.then(async () => {
      await db.destroy();
      port.close();
    });
  }
});
port.postMessage({ type: 'ready' });
