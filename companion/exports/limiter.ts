// At most N exports run at once in a process; the next ones wait their turn in a bounded queue, and
// beyond it the answer is 429 with Retry-After. A spreadsheet of a quarter is the heaviest thing the
// companion makes: without a cap, forty people exporting at once would take the memory and the CPU
// that /healthz and the outboxes need.
import type { Response } from 'express';
import { HttpError } from '../errors.ts';

export interface ExportLimiter {
  /**
   * Runs `job` once a slot is free. Throws a 429 HttpError (Retry-After set on `res`) when the queue
   * is full; answers undefined without running `job` when the client leaves while waiting.
   */
  run<T>(res: Response, job: () => Promise<T>): Promise<T | undefined>;
  readonly running: number;
  readonly queued: number;
}

export function createExportLimiter(options: { concurrency: number; queue: number }): ExportLimiter {
  let running = 0;
  const waiting: Array<() => void> = [];
  /** A running average of how long an export takes, for Retry-After. */
  let averageMs = 2_000;

  // A finished export hands its slot straight to the next in line, so nobody arriving in between jumps the queue.
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };

  return {
    get running() { return running; },
    get queued() { return waiting.length; },
    async run(res, job) {
      if (running < options.concurrency) running++;
      else {
        if (waiting.length >= options.queue) {
          const turns = Math.ceil((waiting.length + 1) / options.concurrency);
          res.setHeader('Retry-After', String(Math.max(1, Math.ceil((turns * averageMs) / 1000))));
          throw new HttpError(429, 'export-busy', {
            zh: '正在导出的清单过多，请稍后再试',
            en: 'Too many exports are running; try again later',
          });
        }
        const started = await new Promise<boolean>((resolve) => {
          const turn = () => {
            res.off('close', left);
            resolve(true);
          };
          const left = () => {
            const i = waiting.indexOf(turn);
            if (i >= 0) waiting.splice(i, 1);
            resolve(false);
          };
          waiting.push(turn);
          res.once('close', left);
        });
        if (!started) return undefined;
      }
      const t0 = performance.now();
      try {
        return await job();
      } finally {
        averageMs = averageMs * 0.8 + (performance.now() - t0) * 0.2;
        release();
      }
    },
  };
}
