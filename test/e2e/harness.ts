// Shared e2e harness: Debian's chromium with the built extension loaded, and a real companion on 127.0.0.1.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { createApp, type AppDeps } from '../../companion/app.ts';
import { ConfigSchema, defaultThresholds } from '../../companion/config.ts';
import { openStore, type Store } from '../../companion/db/store.ts';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const extensionDir = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** Debian's chromium without the extension, headless, as the dashboard tests use it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}

/** A new zh-CN page (1366×768 unless told) whose script errors and CSP refusals land in `problems`. */
export async function watchedPage(browser: Browser, problems: string[], viewport: { width: number; height: number } | null = { width: 1366, height: 768 }): Promise<Page> {
  const page = await browser.newPage({ ...(viewport ? { viewport } : {}), locale: 'zh-CN' });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) problems.push(`csp: ${msg.text()}`);
  });
  return page;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchWithExtension(): Promise<ExtensionBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'caselight-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
      '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic',
    ],
  });
  let [serviceWorker] = context.serviceWorkers();
  // Under load (2 cores shared with the build and other suites) the worker can take a while to register.
  serviceWorker ??= await context.waitForEvent('serviceworker', { timeout: 60_000 });
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    serviceWorker,
    extensionId,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface RunningCompanion {
  url: string;
  dataDir: string;
  server: Server;
  /** The companion's SQLite ledger in dataDir (migrated, no users): add units and users with store.units / store.users. */
  store: Store;
  close(): Promise<void>;
}

/** A real companion over real HTTP on an ephemeral port, with its own temporary data folder and SQLite ledger. */
export async function startCompanion(overrides: Partial<AppDeps> = {}): Promise<RunningCompanion> {
  const dataDir = mkdtempSync(join(tmpdir(), 'caselight-data-'));
  const config = overrides.config ?? ConfigSchema.parse({ port: 0, dataDir, demo: false, logLevel: 'silent' });
  const store = overrides.store ?? await openStore({ dataDir, thresholds: defaultThresholds(config) });
  const app = createApp({ config, ...overrides, store });
  const server = createServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    server,
    store,
    async close() {
      await new Promise<void>((r) => { server.close(() => r()); server.closeAllConnections(); });
      if (!overrides.store) await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Where e2e screenshots go: the committed `docs/images/` only when asked
 * (`CASELIGHT_UPDATE_DOC_IMAGES=1 npx vitest run --project e2e …`), else a temporary folder, so a
 * test run never rewrites committed files.
 */
export function screenshotDir(): string {
  const dir = process.env.CASELIGHT_UPDATE_DOC_IMAGES === '1'
    ? resolve(import.meta.dirname, '../../docs/images')
    : join(tmpdir(), 'caselight-e2e-shots');
  mkdirSync(dir, { recursive: true });
  return dir;
}

const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', json: 'application/json',
};

/**
 * Serves a fixture folder (test/fixtures/<name>) under `prefix` on 127.0.0.1, an ephemeral port
 * (covered by the manifest's static content script), with each file's content type.
 */
export async function serveFixtureDir(dir: string, prefix: string): Promise<{ url: string; close(): Promise<void> }> {
  const { readFileSync, existsSync } = await import('node:fs');
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const name = path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : '';
    const file = join(dir, name);
    if (name === '' || name.includes('..') || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': CONTENT_TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream', 'cache-control': 'no-store' })
      .end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => { server.close(() => r()); server.closeAllConnections(); }),
  };
}
