// What `npm start` prints once the companion listens: the addresses, where the extension is, and —
// on the run that seeded the demo, and only then — the demo accounts' tokens. Later starts say where
// the tokens are kept instead of printing them to every terminal and log that captures the output.
import type { DemoSeedResult } from './seed.ts';
import { API_PREFIX } from '../../shared/api/endpoints.ts';

export interface StartupFacts {
  url: string;
  /** The SQLite file, or a description of the PostgreSQL database. */
  database: string;
  extensionDir: string;
  demo?: DemoSeedResult;
  /** True when the ledger has no users (a real deployment before its first `users add`). */
  noUsers: boolean;
}

export function startupLines(f: StartupFacts): string[] {
  const line = (label: string, value: string) => `  ${label.padEnd(34)} ${value}`;
  const out = [
    '',
    `CaseLight 办案亮灯 companion: ${f.url}`,
    line('督察看板 / dashboard', `${f.url}/`),
    line('培训系统 / training system', `${f.url}/training`),
    line('接口 / API', `${f.url}${API_PREFIX}  (docs/api.md)`),
    line('健康检查 / health', `${f.url}/healthz`),
    line('数据库 / database', f.database),
    '',
    `加载扩展 / Load the extension unpacked from: ${f.extensionDir}`,
    '  (chrome://extensions → 开发者模式 Developer mode → 加载已解压的扩展程序 Load unpacked)',
  ];
  if (f.demo?.created) {
    out.push('', '已生成演示数据（所有名称均标注“演示”）/ Demo data created (every name says 演示). Demo accounts — shown this once:');
    for (const u of f.demo.users) out.push(`  ${u.role.padEnd(10)} ${u.unitCode}  ${u.name}`, `             ${u.token}`);
    out.push(
      `  令牌副本 / tokens kept in: ${f.demo.tokensFile}`,
      '  在扩展的选项页填入接口地址和检察官令牌；在看板用督察或管理员令牌登录。',
      '  Paste the API address and a prosecutor token into the extension options; sign in to the dashboard with a supervisor or admin token.',
      '  正式部署请使用 --no-demo / Start a real deployment with --no-demo.',
    );
  } else if (f.demo) {
    out.push('', `演示数据已在此数据目录中；演示账号令牌见 ${f.demo.tokensFile} 或 npm run companion -- demo tokens`,
      `Demo data is in this data folder; the demo tokens are in ${f.demo.tokensFile} (or: npm run companion -- demo tokens).`);
  } else if (f.noUsers) {
    out.push('', '尚无用户 / No users yet. Create a unit and an administrator:',
      '  npm run companion -- units add --code 320100 --name 南京市人民检察院',
      '  npm run companion -- users add --name 管理员 --role admin --unit 320100');
  }
  return out;
}
