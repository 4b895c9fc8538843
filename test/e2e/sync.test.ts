// Sync end to end in chromium: the built extension on the training system's pages records a red
// finding, the background's outbox posts it, and the real companion stores it.
//
// Which tally: the training system's pages are read by the built-in 'training-system' adapter, so
// their events are training events and must never reach the real ledger — the first test checks
// exactly that. To see a red finding reach the real ledger, the second test stores a user adapter
// in chrome.storage.local (as an administrator mapping a province's system would): a copy of the
// training adapter under another id, without `training: true`. The user's adapters are tried
// before the built-in ones, so the same pages then stand for a real host system.
import { createServer } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingSystemAdapter } from '../../shared/adapters/training-system.ts';
import { CaseDefectsResponseSchema } from '../../shared/api/index.ts';
import { DB_NAME } from '../../extension/store/index.ts';
import { launchWithExtension, startCompanion, type ExtensionBrowser, type RunningCompanion } from './harness.ts';
import { openRedFinding } from './overlay-helpers.ts';

interface Scenario {
  id: string;
  url: string;
  snapshot: { caseNumber: string; procedure?: string };
  expected: { rule: string; field: string; light: string }[];
  fieldLocations: Record<string, { tab: string; frame?: string }>;
}

let browser: ExtensionBrowser;
let companion: RunningCompanion;
let token: string;

async function setStorage(values: Record<string, unknown>) {
  await browser.serviceWorker.evaluate(async (v) => {
    const ext = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await ext.storage.local.set(v);
  }, values);
}

async function scenario(id: string): Promise<Scenario> {
  const res = await fetch(`${companion.url}/training/api/scenarios/${id}`);
  expect(res.status).toBe(200);
  const body = (await res.json()) as Scenario | { scenario: Scenario };
  return 'scenario' in body ? body.scenario : body;
}

/** The event rows the companion stored for a case (read from its SQLite store). */
async function storedEvents(caseNumber: string) {
  return companion.store.db.selectFrom('events').selectAll().where('case_number', '=', caseNumber).execute();
}

/**
 * The outbox as the background keeps it: read straight from the service worker's IndexedDB (the
 * popup's status is computed from the same tables). Asking through a `sync/status` message from a
 * tab is refused: the background treats any sender with a tab as a content script, and Playwright
 * cannot open the action popup itself.
 */
async function outbox(): Promise<{ pending: number; deadLetters: number; lastError: string | null; lastSuccessAt: number | null }> {
  return browser.serviceWorker.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const ask = <T,>(store: string, op: (s: IDBObjectStore) => IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        const req = op(db.transaction(store, 'readonly').objectStore(store));
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const [pending, deadLetters, state] = await Promise.all([
      ask('outbox', (s) => s.count()),
      ask('deadLetters', (s) => s.count()),
      ask<{ lastError?: { code: string }; lastSuccessAt?: number } | undefined>('syncState', (s) => s.get('sync')),
    ]);
    db.close();
    return { pending, deadLetters, lastError: state?.lastError?.code ?? null, lastSuccessAt: state?.lastSuccessAt ?? null };
  }, DB_NAME);
}

const openScenario = (page: Page, s: Scenario) => openRedFinding(page, companion.url, s);

beforeAll(async () => {
  companion = await startCompanion();
  await companion.store.units.add({ code: '320102', name: '南京市玄武区人民检察院' });
  const added = await companion.store.users.add({ name: '周检察官', role: 'prosecutor', unitCode: '320102' });
  if (!added.ok) throw new Error(added.code);
  token = added.token;
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await companion?.close();
});

describe('sync in chromium', () => {
  it('training-system pages make training events: stored by the companion, never in the real ledger', async () => {
    await setStorage({ companionUrl: companion.url, token, trainingMode: false });
    const s = await scenario('notice-suspect-counsel-late');
    const page = await browser.context.newPage();
    const red = await openScenario(page, s);

    await expect.poll(async () => (await storedEvents(s.snapshot.caseNumber)).length, { timeout: 20_000 }).toBeGreaterThan(0);
    const events = await storedEvents(s.snapshot.caseNumber);
    const observed = events.filter((e) => e.rule_id === red.rule);
    expect(observed).toHaveLength(1);
    expect(observed[0]).toMatchObject({ kind: 'observed', light: 'red', training: 1 });
    expect(observed[0].points).toBeGreaterThan(0);
    expect(events.every((e) => e.training === 1)).toBe(true);

    // Reloading the page re-evaluates the same occurrence: no new record.
    await page.reload();
    await openScenario(page, s);
    await new Promise((r) => setTimeout(r, 1_500));
    expect((await storedEvents(s.snapshot.caseNumber)).filter((e) => e.rule_id === red.rule)).toHaveLength(1);

    const res = await fetch(`${companion.url}/api/v1/cases/${encodeURIComponent(s.snapshot.caseNumber)}/defects`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(CaseDefectsResponseSchema.parse(await res.json()).defects).toEqual([]);
    await page.close();
  });

  it('a red finding on a (non-training) host system reaches the real ledger; offline first, then delivered', async () => {
    // The companion is "down": the URL points at a port nobody listens on.
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
    const address = closed.address();
    const deadUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 9}`;
    await new Promise<void>((r) => closed.close(() => r()));

    const hostAdapter = { ...trainingSystemAdapter, id: 'e2e-host-system', name: 'E2E 业务系统', training: false };
    await setStorage({ companionUrl: deadUrl, token, trainingMode: false, adapters: [hostAdapter] });
    const s = await scenario('notice-victim-agent-missing');
    const page = await browser.context.newPage();
    const red = await openScenario(page, s);

    await expect.poll(async () => (await outbox()).lastError, { timeout: 20_000 }).toBe('offline');
    expect((await outbox()).pending).toBeGreaterThan(0);
    expect(await storedEvents(s.snapshot.caseNumber)).toEqual([]);

    // The companion is back (the right URL): the settings change flushes the outbox.
    await setStorage({ companionUrl: companion.url });
    await expect.poll(async () => (await outbox()).pending, { timeout: 20_000 }).toBe(0);
    expect(await outbox()).toMatchObject({ lastError: null, deadLetters: 0 });
    expect((await outbox()).lastSuccessAt).not.toBeNull();

    const events = (await storedEvents(s.snapshot.caseNumber)).filter((e) => e.rule_id === red.rule);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'observed', training: 0 });

    const res = await fetch(`${companion.url}/api/v1/cases/${encodeURIComponent(s.snapshot.caseNumber)}/defects`, { headers: { authorization: `Bearer ${token}` } });
    const defects = CaseDefectsResponseSchema.parse(await res.json()).defects;
    expect(defects).toHaveLength(1);
    expect(defects[0]).toMatchObject({ ruleId: red.rule, userName: '周检察官', unitCode: '320102' });
    expect(defects[0].points).toBeGreaterThan(0);
    await page.close();
  });
});
