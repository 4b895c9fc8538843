import { cpSync, mkdtempSync, writeFileSync, readFileSync, mkdirSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { chromium } from 'playwright-core';
import { startCompanion } from '/work/wt-9/test/e2e/harness.ts';
import { writeRelease } from '/work/wt-9/companion/deploy/package.ts';
import { loadOrCreateKey } from '/work/wt-9/companion/deploy/signing.ts';
import { packagedManifest } from '/work/wt-9/shared/deploy/package-manifest.ts';
import { linuxPolicy } from '/work/wt-9/companion/deploy/policies.ts';
import { trainingSystemAdapter } from '/work/wt-9/shared/adapters/training-system.ts';
import { settledLights } from '/work/wt-9/test/e2e/overlay-helpers.ts';

const log = (o: any) => { if (o?.path) console.log('REQ', o.method, o.path, o.status); };
const companion = await startCompanion({ logger: { info: log, warn: log, error: (o: any) => console.log('ERR', o) } });
const work = mkdtempSync(join(tmpdir(), 'cl9-'));
const dir = join(work, 'chrome');
cpSync('/work/wt-9/.output/chrome-mv3', dir, { recursive: true });
const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...packagedManifest(m, 'chrome', companion.url), version: '1.0.0' }));
const key = loadOrCreateKey(companion.dataDir);
await writeRelease({ dataDir: companion.dataDir, key, baseUrl: companion.url, chromeDir: dir });
const policy = linuxPolicy({ extensionId: key.extensionId, geckoId: 'x', baseUrl: companion.url, companionUrl: companion.url, hosts: ['http://*.jcy/*'], version: '1.0.0' });
const etc = join(work, 'etc-chromium');
cpSync('/etc/chromium', etc, { recursive: true });
mkdirSync(join(etc, 'policies', 'managed'), { recursive: true });
(policy['3rdparty'].extensions[key.extensionId] as any).adapters = [{ ...trainingSystemAdapter, id: 'training-jcy', match: ['http://*.jcy/training/*'] }];
writeFileSync(join(etc, 'policies', 'managed', 'caselight.json'), JSON.stringify({ ...policy, DeveloperToolsAvailability: 1 }));
const wrapper = join(work, 'chromium-ns');
writeFileSync(wrapper, `#!/bin/sh\nexec unshare --mount --propagation private sh -c 'mount --bind "$0" /etc/chromium && ls -R /etc/chromium >&2 && exec /usr/bin/chromium "$@"' ${JSON.stringify(etc)} "$@"\n`);
chmodSync(wrapper, 0o755);
console.log('id', key.extensionId, companion.url);
const t0 = Date.now();
const ctx = await chromium.launchPersistentContext(join(work, 'profile'), {
  executablePath: wrapper, headless: true,
  ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking', '--disable-component-extensions-with-background-pages'],
  args: ['--host-resolver-rules=MAP *.jcy 127.0.0.1', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-sync'],
});
const sw = ctx.serviceWorkers()[0] ?? await ctx.waitForEvent('serviceworker', { timeout: 20_000 }).catch((e) => { console.log('no sw', String(e)); return undefined; });
console.log('sw', sw?.url(), (Date.now() - t0) + 'ms');
const page = await ctx.newPage();
await page.waitForTimeout(3000);
await page.goto(`chrome-extension://${key.extensionId}/options.html`).catch((e) => console.log('opt', String(e)));
console.log('managed', await page.evaluate('chrome.storage.managed.get(null).then(JSON.stringify)'));
console.log('sws', ctx.serviceWorkers().map((w) => w.url()));
const res = await fetch(`${companion.url}/training/api/scenarios`);
const sc = ((await res.json()) as any).scenarios;
const port = new URL(companion.url).port;
const s0 = sc.find((x: any) => x.expected.some((e: any) => e.light === 'red' && x.fieldLocations[e.field]?.tab === 'akxx' || x.fieldLocations[e.field]?.tab === 'header')) ?? sc[0];
await page.goto(`http://ajxt.jcy:${port}${s0.url}`);
console.log('lights', JSON.stringify(await settledLights(page).catch((e) => String(e))));
await page.goto('chrome://policy');
await page.waitForTimeout(2500);
console.log(await page.evaluate(`(() => { const walk = (n) => (n.shadowRoot ? walk(n.shadowRoot) : '') + [...(n.childNodes ?? [])].map((c) => c.nodeType === 3 ? c.textContent : walk(c)).join(' '); return walk(document.body).replace(/\\s+/g, ' ').slice(0, 3000); })()`));
await page.goto('chrome://extensions-internals');
await page.waitForTimeout(1000);
const txt = await page.evaluate('document.body.innerText') as string; console.log('PROFILE?', /scoped_dir|cl9-/.exec(txt)?.[0]); const i = txt.indexOf('"name": "CaseLight'); console.log(i < 0 ? 'NOT IN extensions-internals' : txt.slice(Math.max(0, i - 1500), i + 3000));
if (sw) console.log(await sw.evaluate(async () => JSON.stringify(await (globalThis as any).chrome.storage.managed.get(null))));
await ctx.close();
await companion.close();
