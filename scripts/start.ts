// `npm start`: build the extension, then run the companion on the embedded default (SQLite in ./data).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../companion/config.ts';
import { startServer } from '../companion/server.ts';

const root = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`构建失败 / build failed: ${cmd} ${args.join(' ')}`);
    process.exit(r.status ?? 1);
  }
}

let config;
try {
  config = loadConfig(process.env, argv);
} catch (err) {
  if (err instanceof ConfigError) { console.error(err.message); process.exit(2); }
  throw err;
}

if (!argv.includes('--no-build')) {
  run('npx', ['wxt', 'build']);
}

const running = await startServer(config);
console.log('');
console.log(`CaseLight companion: ${running.url}`);
console.log(`  health:           ${running.url}/healthz`);
console.log(`Load the extension unpacked from: ${resolve(root, '.output/chrome-mv3')}`);
console.log('  (chrome://extensions → Developer mode → Load unpacked)');
const stop = () => { void running.close().then(() => process.exit(0)); };
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
