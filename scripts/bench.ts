// `npm run bench`: runs every benchmark module in bench/ (sorted), or only those named on the command line.
// Each module default-exports an async function that prints its own figures, each with its ratio to
// a baseline measured in the same run, and answers false when a ratio misses its target; only then
// does the run exit non-zero. `npm run bench -- --json` prints the recorded figures as one JSON line last.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { figures } from '../bench/_report.ts';

const dir = resolve(import.meta.dirname, '..', 'bench');
const args = process.argv.slice(2);
const json = args.includes('--json');
const only = args.filter((a) => !a.startsWith('--'));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = false;
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: () => Promise<boolean | void> };
  const ok = await mod.default();
  if (ok === false) failed = true;
}
if (failed) {
  console.log('\nSome targets were not met (see above).');
  process.exitCode = 1;
}
if (json) {
  const keys = ['engine', 'overlay', 'contentScript', 'ingest', 'tallies', 'postgres'];
  const ordered = Object.fromEntries([...keys.filter((k) => k in figures), ...Object.keys(figures).filter((k) => !keys.includes(k))].map((k) => [k, figures[k]]));
  console.log(JSON.stringify(ordered));
}
