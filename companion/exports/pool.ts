// The export workers: up to `size` worker threads (exports/worker.ts), each with its own read-only
// view of the ledger, started on demand and kept for the next export; one left idle for `idleMs`
// is stopped. The main thread only sets the headers and passes each chunk of bytes to the client,
// acknowledging it once the client has taken it, so a slow client holds back the worker's cursor.
import type { Response } from 'express';
import { Worker } from 'node:worker_threads';
import type { QuarterlyReportQuery } from '../../shared/api/index.ts';
import type { Scope } from '../auth/scope.ts';
import type { ConnectionInfo } from '../db/connection.ts';
import { drained } from './table.ts';

export interface ExportJob {
  format: QuarterlyReportQuery['format'];
  scope: Scope;
  year: number;
  quarter: number;
  /** Only the first rows (the reports page's preview). */
  limit?: number;
}

export interface ExportPool {
  /** Runs one export and streams it to `res` (headers set by the caller); resolves when it is sent or the client left. */
  run(job: ExportJob, res: Response): Promise<void>;
  /** Stops every worker. */
  close(): Promise<void>;
}

type FromWorker = { type: 'ready' } | { type: 'chunk'; bytes: Uint8Array } | { type: 'done' } | { type: 'error'; message: string };

interface Slot { worker: Worker; ready: Promise<void>; idleTimer?: NodeJS.Timeout }

export function createExportPool(options: { info: ConnectionInfo; idleMs?: number }): ExportPool {
  const idle: Slot[] = [];
  const all = new Set<Slot>();
  const idleMs = options.idleMs ?? 30_000;

  function spawn(): Slot {
    // tsx registers its TypeScript loader in this thread only: the worker registers it, then loads its entry.
    const entry = new URL('./worker.ts', import.meta.url).href;
    const worker = new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`, {
      eval: true, workerData: { info: options.info },
      // An export holds one chunk of rows and the zip's buffers: a small heap is plenty, and keeps
      // two workers' worth of memory well inside what the companion may use.
      resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 },
    });
    // Never what keeps the process alive.
    worker.unref();
    const ready = new Promise<void>((resolve, reject) => {
      const onMessage = (m: FromWorker) => { if (m.type === 'ready') { worker.off('message', onMessage); worker.off('error', reject); resolve(); } };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
    const slot: Slot = { worker, ready };
    all.add(slot);
    worker.once('exit', () => { all.delete(slot); const i = idle.indexOf(slot); if (i >= 0) idle.splice(i, 1); });
    return slot;
  }

  function release(slot: Slot) {
    if (!all.has(slot)) return;
    idle.push(slot);
    slot.idleTimer = setTimeout(() => {
      const i = idle.indexOf(slot);
      if (i >= 0) idle.splice(i, 1);
      void slot.worker.terminate();
    }, idleMs);
    slot.idleTimer.unref();
  }

  return {
    async run(job, res) {
      const slot = idle.pop() ?? spawn();
      clearTimeout(slot.idleTimer);
      await slot.ready;
      const { worker } = slot;
      let healthy = true;
      try {
        await new Promise<void>((resolve, reject) => {
          let writing = Promise.resolve();
          const cleanup = () => {
            worker.off('message', onMessage);
            worker.off('error', onError);
            worker.off('exit', onExit);
            res.off('close', onClose);
          };
          const fail = (err: Error) => { cleanup(); reject(err); };
          const onError = (err: Error) => { healthy = false; fail(err); };
          const onExit = (code: number) => { healthy = false; fail(new Error(`export worker exited (${code})`)); };
          // The client left: the worker stops at its next chunk and is free again.
          const onClose = () => {
            if (res.writableFinished) return;
            worker.postMessage({ type: 'cancel' });
            worker.postMessage({ type: 'ack' });
          };
          const onMessage = (m: FromWorker) => {
            if (m.type === 'chunk') {
              writing = writing.then(async () => {
                if (!res.destroyed) {
                  res.write(Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength));
                  await drained(res).catch(() => {});
                }
                worker.postMessage({ type: 'ack' });
              });
            } else if (m.type === 'done') {
              void writing.then(() => { cleanup(); res.end(); resolve(); });
            } else if (m.type === 'error') {
              void writing.then(() => (res.destroyed ? (cleanup(), resolve()) : fail(new Error(m.message))));
            }
          };
          worker.on('message', onMessage);
          worker.once('error', onError);
          worker.once('exit', onExit);
          res.on('close', onClose);
          worker.postMessage({ type: 'job', job });
        });
      } finally {
        if (healthy) release(slot);
        else void worker.terminate();
      }
    },
    async close() {
      await Promise.all([...all].map((s) => s.worker.terminate()));
    },
  };
}
