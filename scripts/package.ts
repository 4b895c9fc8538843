// `npm run package`: the intranet release (docs/deploy.md). Builds and zips the Chromium, Edge and
// Firefox (MV3) extensions with update URLs pointing at the companion (CASELIGHT_PUBLIC_URL),
// signs the CRX3 with the key in the data folder (made on first use), and files everything under
// <data>/extension/releases/<version>/, which a running companion serves at once.
//
//   npm run package                          package.json's version
//   npm run package -- --force               replace a release of the same version
//   npm run package -- --rollback-to 0.1.0 --as 0.1.3   re-issue 0.1.0's files as 0.1.3
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, publicBaseUrl } from '../companion/config.ts';
import { PackageError, rollbackRelease, writeRelease } from '../companion/deploy/package.ts';
import { ID_FILE, backupMessage, loadOrCreateKey } from '../companion/deploy/signing.ts';
import { normaliseBaseUrl, UPDATE_XML_PATH } from '../shared/deploy/package-manifest.ts';
import type { StoredRelease } from '../companion/deploy/releases.ts';

const root = resolve(import.meta.dirname, '..');
const { values: opts } = parseArgs({
  options: { force: { type: 'boolean', default: false }, 'rollback-to': { type: 'string' }, as: { type: 'string' } },
  allowPositionals: false,
});

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

let config;
try {
  config = loadConfig(process.env);
} catch (err) {
  if (err instanceof ConfigError) fail(err.message, 2);
  throw err;
}
const dataDir = resolve(root, config.dataDir);
let baseUrl: string;
try {
  baseUrl = normaliseBaseUrl(publicBaseUrl(config));
} catch (err) {
  fail((err as Error).message, 2);
}
if (!config.publicUrl && !opts['rollback-to']) {
  console.warn(`注意：未设置 CASELIGHT_PUBLIC_URL，更新地址用 ${baseUrl}；其他电脑一般访问不到它。\n` +
    `Note: CASELIGHT_PUBLIC_URL is not set, so the update URL is ${baseUrl}, which other machines usually cannot reach.`);
}

const key = loadOrCreateKey(dataDir);
if (key.created) console.warn(`\n${backupMessage(key)}\n`);

function report(release: StoredRelease) {
  console.log([
    '',
    `CaseLight ${release.version} 已打包 / packaged${release.rollbackOf ? ` (rollback of ${release.rollbackOf})` : ''}`,
    `  扩展 ID / extension id: ${release.extensionId}   (${join(dataDir, ID_FILE)})`,
    `  更新地址 / update URL:   ${release.baseUrl}${UPDATE_XML_PATH}`,
    `  发布目录 / release:      ${release.dir}`,
    ...Object.values(release.files).map((f) => `    ${f.file.padEnd(34)} ${String(f.bytes).padStart(9)} B  sha256 ${f.sha256.slice(0, 16)}…`),
    `  策略文件 / policies:     ${release.baseUrl}/extension/policies (管理员 / administrators)`,
    '',
  ].join('\n'));
}

try {
  if (opts['rollback-to']) {
    if (!opts.as) fail('--rollback-to needs --as <higher version>: browsers never install a lower version', 2);
    report(await rollbackRelease({ dataDir, key, from: opts['rollback-to'], as: opts.as }));
    process.exit(0);
  }

  const out = join(root, '.output', 'package');
  const env = { ...process.env, CASELIGHT_PACKAGE_BASE_URL: baseUrl };
  for (const args of [['zip'], ['zip', '-b', 'edge'], ['zip', '-b', 'firefox', '--mv3']]) {
    const r = spawnSync('npx', ['wxt', ...args], { cwd: root, env, stdio: 'inherit' });
    if (r.status !== 0) fail(`构建失败 / build failed: wxt ${args.join(' ')}`, r.status ?? 1);
  }
  const { version } = (await import('../package.json', { with: { type: 'json' } })).default;
  const zip = (browser: string) => {
    const file = join(out, `caselight-${version}-${browser}.zip`);
    return existsSync(file) ? file : undefined;
  };
  report(await writeRelease({
    dataDir, key, baseUrl, force: opts.force,
    chromeDir: join(out, 'chrome-mv3'),
    firefoxDir: join(out, 'firefox-mv3'),
    zips: { chrome: zip('chrome'), edge: zip('edge'), firefox: zip('firefox') },
  }));
} catch (err) {
  if (err instanceof PackageError) fail(err.message, 1);
  throw err;
}
