// `npm start`: build the extension and the dashboard, then run the companion on the embedded default (SQLite in ./data):
// migrations, the demo on first run (unless --no-demo), and the addresses and tokens a newcomer needs.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../companion/config.ts';
import { SQLITE_FILE } from '../companion/db/connection.ts';
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
const dataDir = resolve(config.dataDir);
const line = (label: string, value: string) => console.log(`  ${label.padEnd(34)} ${value}`);
console.log('');
console.log(`CaseLight 办案亮灯 companion: ${running.url}`);
line('督察看板 / dashboard', `${running.url}/`);
line('培训系统 / training system', `${running.url}/training`);
line('接口 / API', `${running.url}/api/v1  (docs/api.md)`);
line('健康检查 / health', `${running.url}/healthz`);
line('数据库 / database', config.databaseUrl ? `PostgreSQL (${running.store.dialect})` : resolve(dataDir, SQLITE_FILE));
console.log('');
console.log(`加载扩展 / Load the extension unpacked from: ${resolve(root, '.output/chrome-mv3')}`);
console.log('  (chrome://extensions → 开发者模式 Developer mode → 加载已解压的扩展程序 Load unpacked)');

if (running.missingCalendarYears.length > 0) {
  const w = calendarWarning(running.missingCalendarYears);
  console.log('');
  console.log(`⚠ ${w.zh}`);
  console.log(`  ${w.en}`);
  CALENDAR_STEPS.zh.forEach((step, i) => console.log(`  ${i + 1}. ${step}\n     ${CALENDAR_STEPS.en[i]}`));
}

if (running.demo) {
  console.log('');
  console.log(running.demo.created
    ? '已生成演示数据（所有名称均标注“演示”）/ Demo data created (every name says 演示). Demo accounts:'
    : '演示账号 / Demo accounts (saved earlier):');
  for (const u of running.demo.users) console.log(`  ${u.role.padEnd(10)} ${u.unitCode}  ${u.name}\n             ${u.token}`);
  console.log(`  令牌副本 / tokens kept in: ${running.demo.tokensFile}`);
  console.log('  在扩展的选项页填入接口地址和检察官令牌；在看板用督察或管理员令牌登录。');
  console.log('  Paste the API address and a prosecutor token into the extension options; sign in to the dashboard with a supervisor or admin token.');
  console.log('  正式部署请使用 --no-demo / Start a real deployment with --no-demo.');
} else if ((await running.store.users.count()) === 0) {
  console.log('');
  console.log('尚无用户 / No users yet. Create a unit and an administrator:');
  console.log('  npm run companion -- units add --code 320100 --name 南京市人民检察院');
  console.log('  npm run companion -- users add --name 管理员 --role admin --unit 320100');
}
stopOnSignals(running);
