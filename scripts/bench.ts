// `npm run bench`: runs every benchmark module in bench/ (sorted), or only those named on the command line.
// Each module default-exports an async function that prints its own figures and floors.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = resolve(import.meta.dirname, '..', 'bench');
const only = process.argv.slice(2);
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
  console.log('\nSome floors were not met (see above).');
  process.exitCode = 1;
}
