// The main thread's side of the SQLite writer thread (ingest-worker.ts): started with the server
// (or by the first ingest), it takes each post's batch as soon as it is booked and answers the
// batch's outcome once the group commit it joined is done. The thread keeps the process alive only
// while a batch is in flight. If it dies (an uncaught error, out of memory), the batches in flight
// fail — their posts answer 500, each committed whole or not at all — and the next batch starts a
// new thread.
import { Worker } from 'node:worker_threads';
import { fromWire, type BatchJob, type JobOutcome, type WireOutcome } from './ingest-batch.ts';

export interface IngestWriter {
  /** Starts the thread now (else the first batch starts it) and waits until its connection is open. */
  start(): Promise<void>;
  /** Stores one post's batch, in the thread's next group commit; answers once that is committed. */
  store(job: BatchJob): Promise<JobOutcome>;
  /** Waits for the groups in flight, then closes the thread's connection and ends it. */
  close(): Promise<void>;
  /**
   * Ends the thread at once: a group in flight fails (its transaction, never committed, is rolled
   * back as the thread's connection closes); the next run starts another thread. What a crash of the
   * thread does, on purpose (tests).
   */
  terminate(): Promise<void>;
}

type FromWorker = { type: 'ready' } | { type: 'done'; results: Array<{ id: number; outcome: WireOutcome }> };

interface Thread { worker: Worker; ready: Promise<void>; exited: Promise<void> }

export function createIngestWriter(file: string): IngestWriter {
  let thread: Thread | undefined;
  let nextId = 1;
  const pending = new Map<number, { job: BatchJob; resolve(o: JobOutcome): void; reject(err: Error): void }>();
  let closed = false;

  function spawn(): Thread {
    // tsx registers its TypeScript loader in this thread only: the worker registers it, then loads its entry.
    const entry = new URL('./ingest-worker.ts', import.meta.url).href;
    const worker = new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`, {
      eval: true, workerData: { file },
    });
    worker.unref();
    let failed: ((err: Error) => void) | undefined;
    const ready = new Promise<void>((resolve, reject) => { failed = reject; worker.once('message', () => resolve()); });
    ready.catch(() => {});
    const fail = (err: Error) => {
      if (thread?.worker === worker) thread = undefined;
      failed?.(err);
      for (const [id, p] of pending) { pending.delete(id); p.reject(err); }
    };
    worker.on('message', (m: FromWorker) => {
      if (m.type !== 'done') return;
      for (const { id, outcome } of m.results) {
        const p = pending.get(id);
        pending.delete(id);
        p?.resolve(fromWire(p.job, outcome));
      }
      if (pending.size === 0) worker.unref();
    });
    worker.on('error', (err) => fail(err));
    const exited = new Promise<void>((resolve) => worker.once('exit', (code) => {
      fail(new Error(`SQLite writer thread exited (${code}) / 写入线程已退出`));
      resolve();
    }));
    return { worker, ready, exited };
  }

  return {
    async start() {
      if (closed) throw new Error('the ledger is closed / 台账已关闭');
      thread ??= spawn();
      await thread.ready;
    },
    async store(job) {
      if (closed) throw new Error('the ledger is closed / 台账已关闭');
      thread ??= spawn();
      const { worker, ready } = thread;
      await ready;
      const id = nextId++;
      return new Promise<JobOutcome>((resolve, reject) => {
        pending.set(id, { job, resolve, reject });
        worker.ref();
        worker.postMessage({ type: 'batch', id, job });
      });
    },
    async terminate() {
      const t = thread;
      if (!t) return;
      await t.worker.terminate();
      await t.exited;
    },
    async close() {
      closed = true;
      const t = thread;
      if (!t) return;
      try { await t.ready; } catch { return; }
      t.worker.postMessage({ type: 'close' });
      t.worker.ref();
      await t.exited;
    },
  };
}
