// Figures shared by the bench modules in one `npm run bench` run: each module records what it
// measured here, and the runner prints them as one JSON line with `--json`. Each figure that has
// a target is judged by its ratio to a baseline measured in the same run, so a loaded machine slows
// figure and baseline alike and does not fail the run.
import { readFileSync } from 'node:fs';

export type Figures = Record<string, Record<string, number | null>>;

export const figures: Figures = {};

/** Records one figure under a section of the JSON line (`engine`, `ingest`, `tallies`, …). */
export function record(section: string, key: string, value: number | null): void {
  (figures[section] ??= {})[key] = value === null ? null : Number(value.toFixed(4));
}

/** Prints "label: value (ratio to baseline, target)" and answers whether the ratio meets its target. */
export function judge(label: string, ratio: number, target: { atLeast?: number; atMost?: number }, detail: string): boolean {
  const ok = (target.atLeast === undefined || ratio >= target.atLeast) && (target.atMost === undefined || ratio <= target.atMost);
  const want = target.atLeast !== undefined ? `≥ ${target.atLeast}` : `≤ ${target.atMost}`;
  console.log(`${label}: ${detail}; ratio ${ratio.toFixed(2)} (target ${want}) ${ok ? 'ok' : 'MISSED'}`);
  return ok;
}

/** CPU time (user + system) a process has used so far, in ms (/proc/<pid>/stat; 0 when it is gone). */
export function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in USER_HZ (100)
  } catch {
    return 0;
  }
}
