// Central configuration in chromium: the admin changes the rule config on the REAL companion, the
// extension's background pulls it (on settings change and on "sync now"), and an open tab's lights
// follow without a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, startCompanion, type ExtensionBrowser, type RunningCompanion } from './harness.ts';
import { key, readLights, settledLights } from './overlay-helpers.ts';

const RULE = 'notice-suspect-counsel-3d';
const RED = `${RULE}@suspectCounselNoticeOn=red`;
const thresholds = { prosecution: 40, other: 30, prosecutionProcedures: ['prosecution-review'] };

let browser: ExtensionBrowser;
let companion: RunningCompanion;
let admin: string;
let prosecutor: string;

beforeAll(async () => {
  companion = await startCompanion();
  await companion.store.units.add({ code: '320102', name: '南京市玄武区人民检察院' });
  const a = await companion.store.users.add({ name: '管理员', role: 'admin', unitCode: '320102' });
  const p = await companion.store.users.add({ name: '王检察官', role: 'prosecutor', unitCode: '320102' });
  if (!a.ok || !p.ok) throw new Error('users');
  admin = a.token;
  prosecutor = p.token;
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await companion?.close();
});

async function putRuleConfig(rules: unknown[]) {
  const res = await fetch(`${companion.url}/api/v1/rule-config`, {
    method: 'PUT', headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' }, body: JSON.stringify({ rules, thresholds }),
  });
  expect(res.status, await res.clone().text()).toBe(200);
}

async function setStorage(values: Record<string, unknown>) {
  await browser.serviceWorker.evaluate(async (v) => {
    await (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set(v);
  }, values);
}

async function storageGet(keys: string[]): Promise<Record<string, unknown>> {
  return browser.serviceWorker.evaluate(async (k) =>
    (globalThis as unknown as { chrome: { storage: { local: { get(k: string[]): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get(k), keys);
}

/** Points of the rule's red findings as the tab reported them to the background (what the sync sends). */
async function reportedPoints(): Promise<number[]> {
  const tabs = await browser.serviceWorker.evaluate(async () =>
    (await (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.session.get('caselight:tabs'))['caselight:tabs']);
  type Tab = { frames: Record<string, { findings: { ruleId: string; light: string; points?: number }[] }> };
  return Object.values((tabs ?? {}) as Record<string, Tab>).flatMap((t) => Object.values(t.frames))
    .flatMap((f) => f.findings).filter((f) => f.ruleId === RULE && f.light === 'red').map((f) => f.points ?? 0);
}

describe('central rule config', () => {
  it('disabling a rule on the companion removes its red light from an open tab; "sync now" brings it back with new points', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${companion.url}/training/cases/notice-suspect-counsel-late/qlgz`);
    await settledLights(page);
    await expect.poll(async () => (await readLights(page)).map(key)).toContain(RED);

    // The admin switches the rule off; connecting the extension to the companion pulls it.
    await putRuleConfig([{ ruleId: RULE, enabled: false, points: {}, warningDays: null }]);
    await setStorage({ companionUrl: companion.url, token: prosecutor });
    await expect.poll(async () => (await readLights(page)).map(key), { timeout: 15_000 }).not.toContain(RED);
    await expect.poll(reportedPoints, { timeout: 15_000 }).toEqual([]);
    const stored = await storageGet(['central.ruleConfig', 'central.fetchedAt', 'central.error']);
    expect(stored['central.error']).toBeNull();
    expect(typeof stored['central.fetchedAt']).toBe('string');
    expect(JSON.stringify(stored['central.ruleConfig'])).toContain(RULE);

    // The admin switches it on again with other points; the options page's "sync now" pulls it.
    await putRuleConfig([{ ruleId: RULE, enabled: true, points: { late: 9, missing: 9 }, warningDays: null }]);
    const ext = await browser.context.newPage();
    await ext.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const central = await ext.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ rules: Record<string, unknown>; error: unknown }> } } }).chrome.runtime.sendMessage({ type: 'central/refresh' }));
    expect(central.error).toBeNull();
    expect(central.rules[RULE]).toEqual({ enabled: true, points: { late: 9, missing: 9 } });
    await expect.poll(async () => (await readLights(page)).map(key), { timeout: 15_000 }).toContain(RED);
    await expect.poll(reportedPoints, { timeout: 15_000 }).toContain(9);
    await ext.close();
    await page.close();
  });
});
