// The engine: (a) the whole catalogue per case, every rule run (target ≤ 10 µs median), and per
// edit of one page (only the rules the edit touches run); (b) twenty rules' date logic against the
// same rules written for json-rules-engine, the general-purpose engine anchors.md compares us with,
// given prioritised conditions (target ≥ 50× faster, same outcomes). The overlay re-evaluates on
// every form edit. Measured in a process of its own (bench/_engine-child.ts), bundled and minified
// as the extension ships the engine, so the other benches' heaps and JIT state do not count.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { judge, record } from './_report.ts';
import type { EngineFigures } from './_engine-child.ts';

const TARGET_MEDIAN_US = 10;
const TARGET_RATIO = 50;

async function measure(): Promise<EngineFigures> {
  // Beside node_modules, so the bundle resolves json-rules-engine as installed (kept external: it
  // is measured as its package ships).
  const dir = resolve(import.meta.dirname, '..', 'node_modules', '.cache', 'caselight-bench');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `engine-child-${process.pid}.mjs`);
  try {
    await build({
      entryPoints: [resolve(import.meta.dirname, '_engine-child.ts')],
      bundle: true,
      minify: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      external: ['json-rules-engine'],
      logLevel: 'error',
    });
    const run = spawnSync(process.execPath, [outfile], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`engine bench process failed (${run.status}): ${run.stderr.slice(-2000)}`);
    const last = run.stdout.trim().split('\n').pop() ?? '';
    return JSON.parse(last) as EngineFigures;
  } finally {
    rmSync(outfile, { force: true });
  }
}

export default async function benchEngine(): Promise<boolean> {
  const f = await measure();
  record('engine', 'medianUs', f.medianUs);
  record('engine', 'vsJsonRulesEngine', f.twenty.ratio);
  record('engine', 'perEditMedianUs', f.perEditMedianUs);
  console.log(`full catalogue (${f.rules} rules), per case, on the page reader's read: median ${f.medianUs.toFixed(1)} µs, p99 ${f.p99Us.toFixed(1)} µs`);
  console.log(`  with reading the raw values: ${f.rawMedianUs.toFixed(1)} µs; with every finding described in zh and en: ${f.describedMedianUs.toFixed(1)} µs`);
  console.log(`  one page, edit by edit (only the rules reading the edited field run): ${f.perEditMedianUs.toFixed(2)} µs`);
  let ok = judge('engine median per case', TARGET_MEDIAN_US / f.medianUs, { atLeast: 1 }, `${f.medianUs.toFixed(1)} µs against the ${TARGET_MEDIAN_US} µs target`);
  console.log(`twenty rules' date logic, median per case: ours ${f.twenty.oursUs.toFixed(1)} µs, json-rules-engine ${f.twenty.jreUs.toFixed(1)} µs (${f.twenty.outcomes} outcomes compared)`);
  ok = judge('vs json-rules-engine', f.twenty.ratio, { atLeast: TARGET_RATIO }, `${f.twenty.ratio.toFixed(1)}× faster`) && ok;
  if (f.disagreements.length > 0) {
    console.log(`json-rules-engine disagrees with the engine:\n${f.disagreements.join('\n')}`);
    ok = false;
  }
  return ok;
}
