// An export worker thread: it opens its own read-only view of the ledger, reads the quarterly list
// through a database cursor, renders it (JSON, CSV or XLSX) and posts the bytes to the main thread,
// one chunk at a time (the next only once the main thread has passed the last to the client). The
// sort, the reading and the rendering of a quarter cost seconds of CPU; here none of it holds up the
// companion's event loop. Started by pool.ts.
// Messages ← { type: 'job', job } | { type: 'ack' } | { type: 'cancel' };
//          → { type: 'ready' } (once, connections open) | { type: 'chunk', bytes } | { type: 'done' } | { type: 'error', message }.
import { Writable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import { openReadOnly, type ConnectionInfo } from '../db/connection.ts';
import { createDefectsRepository } from '../db/defects-repository.ts';
import { writeCsv } from './csv.ts';
import { writeJson } from './json.ts';
import type { ExportJob } from './pool.ts';
import { quarterlyCsv, quarterlyWorkbook } from './quarterly.ts';
import { writeXlsx } from './xlsx.ts';

const port = parentPort;
if (!port) throw new Error('exports/worker.ts runs in a worker thread');

const connection = await openReadOnly((workerData as { info: ConnectionInfo }).info);
const defects = createDefectsRepository(connection.db, connection.dialect, connection.reader);

/** The first `n` rows (a preview); returning early closes the cursor. */
async function* take<T>(rows: AsyncIterable<T>, n: number): AsyncGenerator<T> {
  if (n <= 0) return;
  let i = 0;
  for await (const r of rows) {
    yield r;
    if (++i >= n) return;
  }
}

let acked: (() => void) | undefined;
let current: Writable | undefined;

/** A stream whose every chunk goes to the main thread; the next is taken once that one is acknowledged. */
function toMain(): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      const bytes = new Uint8Array(chunk);
      acked = () => callback();
      port!.postMessage({ type: 'chunk', bytes }, [bytes.buffer]);
    },
    final(callback) {
      callback();
    },
  });
}

async function run(job: ExportJob): Promise<void> {
  const out = toMain();
  current = out;
  const finished = new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('close', () => reject(new Error('export cancelled')));
  });
  const all = defects.quarterlyRows(job.scope, job.year, job.quarter);
  const rows = job.limit === undefined ? all : take(all, job.limit);
  if (job.format === 'json') await writeJson(rows, job, out);
  else if (job.format === 'csv') await writeCsv(quarterlyCsv(rows, job), out);
  else await writeXlsx(quarterlyWorkbook(rows, job), out);
  await finished;
}

port.on('message', (m: { type: 'job'; job: ExportJob } | { type: 'ack' } | { type: 'cancel' }) => {
  if (m.type === 'ack') {
    const next = acked;
    acked = undefined;
    next?.();
  } else if (m.type === 'cancel') {
    current?.destroy();
  } else {
    run(m.job).then(
      () => port.postMessage({ type: 'done' }),
      (err: unknown) => port.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) }),
    ).finally(() => { current = undefined; acked = undefined; });
  }
});
port.postMessage({ type: 'ready' });
