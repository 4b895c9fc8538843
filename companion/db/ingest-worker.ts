// The SQLite writer thread: stores ingested batches on its own connection to the ledger file, so the
// SQLite work of an ingest (the statements, re-deriving the author's defects, the commit and its
// fsync) runs beside the main thread's HTTP, parsing, checks and booking of the next posts instead
// of after them. Each batch is sent here as soon as it is booked; the batches that arrive while a
// group commits form the next group (group commit: one transaction, one fsync), which starts as soon
// as the last one ends. Each batch is answered once its group is committed. Started by ingest-writer.ts.
// Messages ← { type: 'batch', id, job } | { type: 'close' };
//          → { type: 'ready' } (once, connection open) | { type: 'done', results: [{ id, outcome }] }.
import { parentPort, workerData } from 'node:worker_threads';
import { openSqliteLedger } from './connection.ts';
import { storeGroup, toWire, type BatchJob } from './ingest-batch.ts';

const port = parentPort;
if (!port) throw new Error('db/ingest-worker.ts runs in a worker thread');

const { db, sqlite } = openSqliteLedger((workerData as { file: string }).file);

/** Batches from concurrent posts that share one commit at most. */
const GROUP_MAX_JOBS = 32;

type FromMain = { type: 'batch'; id: number; job: BatchJob } | { type: 'close' };

const queue: Array<{ id: number; job: BatchJob }> = [];
let running = false;
let closing = false;

async function run(): Promise<void> {
  running = true;
  try {
    while (queue.length > 0) {
      // One turn of the event loop: batches whose messages are already here join this group.
      await new Promise((resolve) => setImmediate(resolve));
      const group = queue.splice(0, GROUP_MAX_JOBS);
      const jobs = group.map((g) => g.job);
      const outcomes = await storeGroup(db, 'sqlite', sqlite, jobs);
      port?.postMessage({ type: 'done', results: group.map((g, i) => ({ id: g.id, outcome: outcomes[i].ok ? toWire(jobs[i], outcomes[i].result) : outcomes[i] })) });
    }
  } finally {
    running = false;
  }
  if (closing) {
    await db.destroy();
    port?.close();
  }
}

port.on('message', (m: FromMain) => {
  if (m.type === 'batch') {
    queue.push({ id: m.id, job: m.job });
    if (!running) void run();
  } else if (m.type === 'close') {
    closing = true;
    if (!running) void run();
  }
});
port.postMessage({ type: 'ready' });
