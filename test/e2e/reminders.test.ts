// Reminders in chromium (issue 10): the built extension's service worker plans its reminder alarms
// from IndexedDB — also after every alarm vanished — and a reminder whose time has come is shown once.
// (Restarts with a fake clock: test/extension/loop/reminders.test.ts. Playwright keeps the worker it
// is attached to alive, so a real stop/start is not driven here.)
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInShanghai } from '../../shared/calendar/index.ts';
import { DB_NAME } from '../../extension/store/index.ts';
import { launchWithExtension, type ExtensionBrowser } from './harness.ts';

let ext: ExtensionBrowser;
beforeAll(async () => { ext = await launchWithExtension(); }, 120_000);
afterAll(async () => { await ext?.close(); });

type Chrome = {
  alarms: { getAll(): Promise<Array<{ name: string; scheduledTime: number }>>; clearAll(): Promise<boolean> };
  notifications: { getAll(): Promise<Record<string, boolean>> };
  storage: { local: { set(v: object): Promise<void> } };
};

/** Asks the worker to re-plan its reminders from IndexedDB, as it does at every start (here through the options page's change message). */
async function replan(): Promise<void> {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'loop/reminders-changed' }));
  await options.close();
}

/** Puts a case into the worker's IndexedDB, or reads the keys of the reminders shown (no eval: MV3's CSP forbids it). */
async function idb<T>(worker: Worker, op: 'put-case' | 'fired', arg: unknown): Promise<T> {
  return worker.evaluate(async ({ name, op, arg }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    try {
      return await new Promise<unknown>((resolve, reject) => {
        if (op === 'put-case') {
          const tx = db.transaction('cases', 'readwrite');
          tx.objectStore('cases').put(arg);
          tx.oncomplete = () => resolve(null);
          tx.onerror = () => reject(tx.error);
        } else {
          const r = db.transaction('reminders').objectStore('reminders').getAllKeys();
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        }
      });
    } finally {
      db.close();
    }
  }, { name: DB_NAME, op, arg }) as Promise<T>;
}

describe('reminders in the service worker', () => {
  it('re-creates vanished alarms from IndexedDB and shows a due reminder once (the built worker, chrome.alarms and chrome.notifications)', async () => {
    const worker = ext.serviceWorker;
    await worker.evaluate(async () => {
      // No quiet hours, so the test does not depend on the time of day.
      await (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ reminders: { enabled: true, digestAt: '08:30', quietFrom: '00:00', quietTo: '00:00' } });
    });
    const today = todayInShanghai();
    // Due today: its "working day before" reminder is already due; one due in 20 days is still ahead.
    const dues = (due: string) => [{ ruleId: 'prosecution-review-1m', occurrenceKey: 'k', due, light: 'yellow' }];
    await expect.poll(async () => idb<null>(worker, 'put-case', {
      caseNumber: 'E2E-提醒-1', inCustody: false, dues: dues(today), nextDue: today, url: 'https://tyyw.example/1', checkedAt: Date.now(),
    }).then(() => true, () => false), { timeout: 15_000 }).toBe(true);
    await idb(worker, 'put-case', { caseNumber: 'E2E-提醒-2', inCustody: false, dues: dues(addDays(today, 20)), nextDue: addDays(today, 20), url: 'https://tyyw.example/2', checkedAt: Date.now() });

    // Every alarm vanishes (an update); the worker re-plans from IndexedDB.
    await worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.alarms.clearAll());
    await replan();
    const key = `before|E2E-提醒-1|${today}`;
    await expect.poll(() => idb<string[]>(worker, 'fired', null), { timeout: 20_000 }).toContain(key);
    // Shown as a browser notification (chrome.notifications, with the bundled icon).
    await expect.poll(async () => Object.keys(await worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.notifications.getAll())), { timeout: 10_000 }).toContain(key);
    const alarms = async () => (await worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.alarms.getAll())).map((a) => a.name).sort();
    await expect.poll(alarms, { timeout: 10_000 }).toEqual(expect.arrayContaining(['caselight-digest', 'caselight-reminder']));
    const ahead = (await worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.alarms.getAll())).find((a) => a.name === 'caselight-reminder');
    expect(ahead?.scheduledTime).toBeGreaterThan(Date.now());

    // Every alarm vanishes again: re-created for the same time, and nothing is shown twice.
    await worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.alarms.clearAll());
    await replan();
    await expect.poll(alarms, { timeout: 20_000 }).toEqual(expect.arrayContaining(['caselight-digest', 'caselight-reminder']));
    const again = (await worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.alarms.getAll())).find((a) => a.name === 'caselight-reminder');
    expect(again?.scheduledTime).toBe(ahead?.scheduledTime);
    // The reminder already shown is not shown again.
    await new Promise((r) => setTimeout(r, 1_000));
    expect((await idb<string[]>(worker, 'fired', null)).filter((k) => k.startsWith('before|E2E-提醒-1'))).toEqual([key]);
  });
});
