// Debian's chromium under enterprise policy, without touching the machine's /etc/chromium: the
// browser runs in a private mount namespace (unshare, as root) where a temporary copy of
// /etc/chromium with policies/managed/caselight.json is bind-mounted over the real one. Other
// suites' browsers, and the machine, never see the policy; the mount goes away with the process.
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { writeRelease } from '../../companion/deploy/package.ts';
import { loadOrCreateKey, type SigningKey } from '../../companion/deploy/signing.ts';
import type { StoredRelease } from '../../companion/deploy/releases.ts';
import { packagedManifest } from '../../shared/deploy/package-manifest.ts';
import { chromiumPath, extensionDir } from './harness.ts';

/** Packages the built extension (.output/chrome-mv3) as `npm run package` would, for a companion at `baseUrl`, into its data folder. */
export async function packageForCompanion(dataDir: string, baseUrl: string, version: string): Promise<{ key: SigningKey; release: StoredRelease }> {
  const work = mkdtempSync(join(tmpdir(), 'caselight-pkg-'));
  try {
    const dir = join(work, 'chrome-mv3');
    cpSync(extensionDir, dir, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...packagedManifest(manifest, 'chrome', baseUrl), version }));
    const key = loadOrCreateKey(dataDir);
    return { key, release: await writeRelease({ dataDir, key, baseUrl, chromeDir: dir }) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export interface PolicyBrowser {
  context: BrowserContext;
  /** Text of a chrome:// page (its shadow roots included), runs of white space made one space. */
  pageText(url: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Launches chromium with `policy` as /etc/chromium/policies/managed/caselight.json. Playwright's
 * default --disable-background-networking is dropped: it also stops the extension updater that
 * force-installs from update.xml. `*.jcy` and `*.test` resolve to 127.0.0.1, so the companion's
 * training system can stand in for the case system at http://<name>.jcy:<port>/ (and for a site
 * outside it at *.test).
 */
export async function launchWithPolicy(policy: object): Promise<PolicyBrowser> {
  if (process.getuid?.() !== 0) throw new Error('launchWithPolicy needs root (unshare --mount)');
  const work = mkdtempSync(join(tmpdir(), 'caselight-policy-'));
  const etc = join(work, 'etc-chromium');
  // Debian's chromium package makes /etc/chromium (master_preferences): the mount point. Its files are kept in the copy.
  if (!existsSync('/etc/chromium')) throw new Error('/etc/chromium is missing: install Debian\'s chromium package');
  cpSync('/etc/chromium', etc, { recursive: true });
  mkdirSync(join(etc, 'policies', 'managed'), { recursive: true });
  writeFileSync(join(etc, 'policies', 'managed', 'caselight.json'), JSON.stringify(policy));
  const wrapper = join(work, 'chromium-with-policy');
  writeFileSync(wrapper, [
    '#!/bin/sh',
    `exec unshare --mount --propagation private sh -c 'mount --bind "$0" /etc/chromium && exec "$@"' ${JSON.stringify(etc)} ${JSON.stringify(chromiumPath)} "$@"`,
    '',
  ].join('\n'));
  chmodSync(wrapper, 0o755);
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: wrapper,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking', '--disable-component-extensions-with-background-pages'],
    args: ['--host-resolver-rules=MAP *.jcy 127.0.0.1', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  return {
    context,
    async pageText(url: string) {
      const page: Page = await context.newPage();
      try {
        await page.goto(url);
        await page.waitForTimeout(500);
        // A string, not a function: tsx's helpers would not exist in the page.
        return await page.evaluate(`(() => { const walk = (n) => (n.shadowRoot ? walk(n.shadowRoot) : '') + [...n.childNodes].map((c) => c.nodeType === 3 ? c.textContent : walk(c)).join(' '); return walk(document.body).replace(/\\s+/g, ' '); })()`) as string;
      } finally {
        await page.close();
      }
    },
    async close() {
      await context.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
