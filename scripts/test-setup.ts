// First step of `npm test`: make sure the machine has what the end-to-end tests need (Debian's chromium,
// a CJK font for the screenshot tests). Missing and allowed to install (root, apt-get on PATH): install
// them, saying so, as `.ci/run` does. Otherwise stop with the one exact command to run.
// CASELIGHT_NO_INSTALL=1 never installs (only tells).
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CJK_FONT_FILES = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
];

export interface Machine {
  chromiumPath: string;
  chromium: boolean;
  cjkFont: boolean;
  root: boolean;
  apt: boolean;
  noInstall: boolean;
}

export type Plan =
  | { action: 'ready' }
  | { action: 'install'; packages: string[]; commands: string[][]; message: string }
  | { action: 'stop'; packages: string[]; command: string; message: string };

/** What to do about the missing packages: nothing, install them, or stop with one command. */
export function plan(m: Machine): Plan {
  const packages = [...(m.chromium ? [] : ['chromium']), ...(m.cjkFont ? [] : ['fonts-noto-cjk'])];
  if (packages.length === 0) return { action: 'ready' };
  const what = packages.join(' ');
  if (m.root && m.apt && !m.noInstall) {
    return {
      action: 'install',
      packages,
      commands: [['apt-get', 'update', '-qq'], ['apt-get', 'install', '-y', '-qq', ...packages]],
      message: `npm test: 端到端测试需要 ${what}，正在用 apt-get 安装 / installing ${what} for the end-to-end tests: apt-get update && apt-get install -y ${what}`,
    };
  }
  const command = `${m.root ? '' : 'sudo '}apt-get install -y ${what}`;
  const missing = [
    ...(m.chromium ? [] : [`chromium (${m.chromiumPath})`]),
    ...(m.cjkFont ? [] : ['a CJK font (fonts-noto-cjk)']),
  ].join(' and ');
  return {
    action: 'stop',
    packages,
    command,
    message: `npm test: 缺少 ${what}，请先运行 / missing ${missing}; run first:\n  ${command}`,
  };
}

function onPath(cmd: string, path = process.env.PATH ?? ''): boolean {
  return path.split(delimiter).some((dir) => {
    if (!dir) return false;
    try { accessSync(join(dir, cmd), constants.X_OK); return true; } catch { return false; }
  });
}

export function inspect(env: NodeJS.ProcessEnv = process.env): Machine {
  const chromiumPath = env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return {
    chromiumPath,
    chromium: existsSync(chromiumPath),
    cjkFont: CJK_FONT_FILES.some((f) => existsSync(f)),
    root: typeof process.getuid === 'function' && process.getuid() === 0,
    apt: onPath('apt-get', env.PATH),
    noInstall: env.CASELIGHT_NO_INSTALL === '1',
  };
}

function main() {
  const p = plan(inspect());
  if (p.action === 'ready') return;
  if (p.action === 'stop') {
    console.error(p.message);
    process.exit(1);
  }
  console.log(p.message);
  for (const [cmd, ...args] of p.commands) {
    const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (r.status !== 0) {
      console.error(`npm test: 安装失败 / install failed: ${cmd} ${args.join(' ')} (exit ${r.status ?? r.signal})`);
      process.exit(1);
    }
  }
  const after = inspect();
  if (!after.chromium) {
    console.error(`npm test: chromium still not found at ${after.chromiumPath} after installing; set CHROMIUM_PATH to the browser's path.`);
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
