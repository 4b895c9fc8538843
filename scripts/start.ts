// `npm start`: build the extension and the dashboard, then run the companion on the embedded default (SQLite in ./data):
// migrations, the demo on first run (unless --no-demo), and the addresses a newcomer needs (the demo
// tokens only on the run that created them).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../companion/config.ts';
import { SQLITE_FILE } from '../companion/db/connection.ts';
import { startupLines } from '../companion/demo/announce.ts';
import { CALENDAR_STEPS, calendarWarning, startServer, stopOnSignals } from '../companion/server.ts';

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
  run('npx', ['vite', 'build', '--config', 'companion/dashboard/vite.config.ts', '--logLevel', 'warn']);
}

const running = await startServer(config);
const lines = startupLines({
  url: running.url,
  database: config.databaseUrl ? `PostgreSQL (${running.store.dialect})` : resolve(config.dataDir, SQLITE_FILE),
  extensionDir: resolve(root, '.output/chrome-mv3'),
  demo: running.demo,
  noUsers: (await running.store.users.count()) === 0,
});
for (const l of lines) console.log(l);

if (running.missingCalendarYears.length > 0) {
  const w = calendarWarning(running.missingCalendarYears);
  console.log('');
  console.log(`⚠ ${w.zh}`);
  console.log(`  ${w.en}`);
  CALENDAR_STEPS.zh.forEach((step, i) => console.log(`  ${i + 1}. ${step}\n     ${CALENDAR_STEPS.en[i]}`));
}
stopOnSignals(running);
