// Intranet deployment end to end (docs/deploy.md): the companion serves a packaged, signed
// CaseLight; Linux chromium is given the Linux policy file the companion generates (force install
// from update.xml, the managed settings) and installs it with no user action; the extension runs
// with the policy's settings on a case-system host that only policy names (http://*.jcy/*); a new
// package is offered as an update; a CRX whose bytes were changed after signing is refused.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Worker } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { RELEASE_FILE } from '../../companion/deploy/releases.ts';
import { trainingSystemAdapter } from '../../shared/adapters/training-system.ts';
import { startCompanion, type RunningCompanion } from './harness.ts';
import { openRedFinding, type ScenarioRef } from './overlay-helpers.ts';
import { launchWithPolicy, packageForCompanion, type PolicyBrowser } from './policy-browser.ts';

let companion: RunningCompanion | undefined;
let browser: PolicyBrowser | undefined;
afterEach(async () => {
  await browser?.close();
  await companion?.close();
  browser = undefined;
  companion = undefined;
});

/** The companion with its request log kept (which files the browser fetched). */
async function companionWithLog() {
  const requests: string[] = [];
  const log = (o: unknown) => {
    // The request log names the full path (/extension/update.xml).
    const r = o as { method?: string; path?: string; status?: number };
    if (r.path && /^\/extension\/(update\.xml|caselight[^/]*\.crx)$/.test(r.path)) requests.push(`${r.method} ${r.path} ${r.status}`);
  };
  companion = await startCompanion({ logger: { info: log, warn: log, error: log } });
  return { companion, requests };
}

/** The Linux policy file exactly as an administrator downloads it from the companion. */
async function linuxPolicy(c: RunningCompanion): Promise<Record<string, unknown>> {
  await c.store.units.add({ code: '990009', name: '部署测试院（虚构）' });
  const admin = await c.store.users.add({ name: '管理员', role: 'admin', unitCode: '990009' });
  if (!admin.ok) throw new Error('admin');
  const res = await fetch(`${c.url}/extension/policies/linux-policy.json`, { headers: { authorization: `Bearer ${admin.token}` } });
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, unknown>;
}

/**
 * What the test adds to the administrator's file: DeveloperToolsAvailability 1, without which
 * Chrome keeps DevTools (and so the test's CDP) away from policy-installed extensions; and a policy
 * adapter for the training system on *.jcy (the province's adapter, in a real deployment).
 */
function forTest(policy: Record<string, unknown>, id: string) {
  const third = policy['3rdparty'] as { extensions: Record<string, Record<string, unknown>> };
  third.extensions[id].adapters = [{ ...trainingSystemAdapter, id: 'training-on-jcy', match: ['http://*.jcy/training/*'] }];
  return { ...policy, DeveloperToolsAvailability: 1 };
}

async function extensionWorker(b: PolicyBrowser, id: string, timeout = 60_000): Promise<Worker> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const w = b.context.serviceWorkers().find((x) => x.url().startsWith(`chrome-extension://${id}/`));
    if (w) return w;
    if (Date.now() > deadline) throw new Error(`extension ${id} was not installed within ${timeout} ms`);
    await b.context.waitForEvent('serviceworker', { timeout: 2_000 }).catch(() => undefined);
  }
}

type Chrome = {
  management: { getSelf(): Promise<{ installType: string; version: string; enabled: boolean }> };
  storage: { managed: { get(): Promise<Record<string, unknown>> } };
  runtime: { requestUpdateCheck(): Promise<{ status: string; version?: string }> };
};

async function scenario(c: RunningCompanion, id: string): Promise<ScenarioRef> {
  const res = await fetch(`${c.url}/training/api/scenarios/${id}`);
  return (await res.json()) as ScenarioRef;
}

describe('deployment by policy (Linux chromium, managed policy file)', () => {
  it('force-installs CaseLight from the companion, with the policy\'s settings, and lights a training case on a policy-named host', async () => {
    const { companion: c, requests } = await companionWithLog();
    const { key } = await packageForCompanion(c.dataDir, c.url, '1.0.0');
    const policy = await linuxPolicy(c);
    expect(policy.ExtensionInstallForcelist).toEqual([`${key.extensionId};${c.url}/extension/update.xml`]);
    browser = await launchWithPolicy(forTest(policy, key.extensionId));

    const worker = await extensionWorker(browser, key.extensionId);
    expect(requests).toEqual(expect.arrayContaining(['GET /extension/update.xml 200', 'GET /extension/caselight-1.0.0.crx 200']));
    const self = await worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.management.getSelf());
    expect(self).toMatchObject({ installType: 'admin', version: '1.0.0', enabled: true });

    // The managed settings reach the extension and lock the options page. (Read before chrome://policy
    // is opened: opened while the new extension's policy was still loading, the page left its
    // managed values unset for over a minute in 5 runs of 6 here.)
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${key.extensionId}/options.html`);
    const managed = () => options.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.managed.get());
    await expect.poll(managed, { timeout: 30_000 }).toMatchObject({ companionUrl: c.url, allowedHosts: ['http://*.jcy/*'], trainingMode: false });
    await options.reload();
    const companionInput = options.locator('input[name="companionUrl"]');
    await expect.poll(() => companionInput.inputValue()).toBe(c.url);
    expect(await companionInput.isDisabled()).toBe(true);
    expect(await options.locator('.locked').count()).toBeGreaterThanOrEqual(2); // companion URL and training mode
    await options.close();

    // chrome://policy lists both extension policies as valid.
    const policyPage = await browser.pageText('chrome://policy');
    expect(policyPage).toMatch(/ExtensionInstallForcelist \S+ Platform Machine Mandatory OK/);
    expect(policyPage).toMatch(/ExtensionSettings \S+ Platform Machine Mandatory OK/);

    // The packaged manifest holds every http host; the policy's runtime_blocked_hosts/allowed_hosts
    // confine it: the worker reaches the case system's host, not another site on the same server.
    const port = new URL(c.url).port;
    const reach = (url: string) => worker.evaluate((u) => fetch(u).then((r) => r.status, () => 'blocked'), url);
    expect(await reach(`http://ajxt.jcy:${port}/healthz`)).toBe(200);
    expect(await reach(`http://localhost:${port}/healthz`)).toBe('blocked');

    // ajxt.jcy is in no manifest: only policy (allowedHosts, the adapter) puts CaseLight there.
    const page = await browser.context.newPage();
    const s = await scenario(c, 'notice-suspect-counsel-late');
    const red = await openRedFinding(page, `http://ajxt.jcy:${port}`, s);
    expect(red.light).toBe('red');
  });

  it('offers a newly packaged version as an update, and update.xml follows the package', async () => {
    const { companion: c } = await companionWithLog();
    const { key } = await packageForCompanion(c.dataDir, c.url, '1.0.0');
    browser = await launchWithPolicy(forTest(await linuxPolicy(c), key.extensionId));
    const worker = await extensionWorker(browser, key.extensionId);
    const self = () => worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.management.getSelf());
    expect((await self()).version).toBe('1.0.0');
    // Chrome throttles this call after the first: one check, after the new package.
    const check = () => worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.requestUpdateCheck());

    await packageForCompanion(c.dataDir, c.url, '1.0.1');
    expect(await (await fetch(`${c.url}/extension/update.xml`)).text()).toContain('version="1.0.1"');
    expect(await check()).toMatchObject({ status: 'update_available', version: '1.0.1' });
  });

  it('refuses a CRX whose bytes were changed after signing', async () => {
    const { companion: c, requests } = await companionWithLog();
    const { key, release } = await packageForCompanion(c.dataDir, c.url, '1.0.0');
    // Flip one byte of the signed payload, and give update.xml the tampered file's hash, so that
    // only the CRX3 signature check stands between the browser and the changed file.
    const crxPath = join(release.dir, release.files.crx.file);
    const crx = readFileSync(crxPath);
    crx[crx.length - 100] ^= 0xff;
    writeFileSync(crxPath, crx);
    const meta = JSON.parse(readFileSync(join(release.dir, RELEASE_FILE), 'utf8'));
    meta.files.crx.sha256 = createHash('sha256').update(crx).digest('hex');
    writeFileSync(join(release.dir, RELEASE_FILE), JSON.stringify(meta));

    browser = await launchWithPolicy(forTest(await linuxPolicy(c), key.extensionId));
    await expect.poll(() => requests.includes('GET /extension/caselight-1.0.0.crx 200'), { timeout: 60_000 }).toBe(true);
    // Give it time to unpack and (not) install; then neither a worker nor an entry may exist.
    await new Promise((r) => setTimeout(r, 5_000));
    expect(browser.context.serviceWorkers().some((w) => w.url().includes(key.extensionId))).toBe(false);
    const internals = await browser.pageText('chrome://extensions-internals');
    expect(internals).toContain('"location"');
    expect(internals).not.toContain(key.extensionId);
  });
});
