// Sync against the REAL companion over real HTTP (SQLite store, Express app, bearer tokens); only the browser is absent.
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../../companion/config.ts';
import { startServer, type RunningServer } from '../../../companion/server.ts';
import { CaseDefectsResponseSchema, type CaseDefectsResponse } from '../../../shared/api/index.ts';
import type { FrameFindingRef } from '../../../extension/finding-ref.ts';
import { createSync, type SyncDeps, type SyncSettings } from '../../../extension/sync/index.ts';
import { openDb } from '../../../extension/store/index.ts';
import { startCompanion, type RunningCompanion } from '../../e2e/harness.ts';
import { fakeAlarms, fakeTimers, freshDbName } from './helpers.ts';

const UNIT = { code: '320102', name: '南京市玄武区人民检察院' };
const quiet = { info() {}, warn() {}, error() {} };

const red = (ruleId: string, occurrenceKey: string, points = 6): FrameFindingRef => ({ ruleId, ruleVersion: 1, light: 'red', occurrenceKey, points, due: '2025-09-04' });
const green = (ruleId: string, occurrenceKey: string): FrameFindingRef => ({ ruleId, ruleVersion: 1, light: 'green', occurrenceKey });

async function addUser(store: RunningCompanion['store'], role: 'prosecutor' | 'trainer', name: string) {
  if (!(await store.units.get(UNIT.code))) await store.units.add(UNIT);
  const added = await store.users.add({ name, role, unitCode: UNIT.code });
  if (!added.ok) throw new Error(added.code);
  return added.token;
}

function syncFor(settings: SyncSettings, over: Partial<SyncDeps> = {}) {
  const db = over.db ?? openDb(freshDbName());
  const sync = createSync({ db, getSettings: async () => settings, alarms: fakeAlarms(), ...fakeTimers(), autoFlush: false, ...over });
  return { db, sync };
}

async function caseDefects(url: string, token: string, caseNumber: string): Promise<CaseDefectsResponse> {
  const res = await fetch(`${url}/api/v1/cases/${encodeURIComponent(caseNumber)}/defects`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return CaseDefectsResponseSchema.parse(await res.json());
}

describe('sync with the real companion (startCompanion)', () => {
  let companion: RunningCompanion;
  let token: string;
  let trainerToken: string;

  beforeAll(async () => {
    companion = await startCompanion();
    token = await addUser(companion.store, 'prosecutor', '王检察官');
    trainerToken = await addUser(companion.store, 'trainer', '培训老师');
  });
  afterAll(async () => {
    await companion?.close();
  });

  it('delivers observed, rectified and objected; the case shows one defect, rectified, with its points', async () => {
    const { sync } = syncFor({ companionUrl: companion.url, token });
    const tab = { adapterId: 'tyyw-js', caseNumber: '苏检刑诉受〔2025〕320102000001号', procedure: 'prosecution-review' };
    await sync.recordFindings(tab, [red('notice-suspect-counsel-3d', '2025-09-01')]);
    await sync.recordFindings(tab, [red('notice-suspect-counsel-3d', '2025-09-01')]); // re-evaluation: nothing new
    await sync.recordObjection(tab, red('notice-suspect-counsel-3d', '2025-09-01'), '已口头告知并记录在讯问笔录');
    await sync.recordFindings(tab, [green('notice-suspect-counsel-3d', '2025-09-01')]);
    expect(await sync.flush()).toEqual({ sent: 3, deadLettered: 0 });

    const found = await caseDefects(companion.url, token, tab.caseNumber);
    expect(found.defects).toHaveLength(1);
    expect(found.defects[0]).toMatchObject({ ruleId: 'notice-suspect-counsel-3d', occurrenceKey: '2025-09-01', points: 6, userName: '王检察官' });
    expect(found.defects[0].rectifiedAt).not.toBeNull();
    expect(found.defects[0].objection?.status).toBe('pending');
    expect(await sync.status()).toMatchObject({ pending: 0, deadLetters: 0, lastError: null });
  });

  it('resends the same ids when the answer to a stored batch is lost; the companion counts them as duplicates', async () => {
    let dropNext = true;
    const answers: unknown[] = [];
    const lossyFetch: typeof fetch = async (input, init) => {
      const res = await fetch(input, init);
      answers.push(await res.clone().json());
      if (dropNext) {
        dropNext = false;
        throw new TypeError('connection reset after the companion answered');
      }
      return res;
    };
    const { sync } = syncFor({ companionUrl: companion.url, token }, { fetch: lossyFetch });
    const tab = { adapterId: 'tyyw-js', caseNumber: '苏检刑诉受〔2025〕320102000002号', procedure: 'prosecution-review' };
    const made = await sync.recordFindings(tab, [red('notice-suspect-counsel-3d', 'a'), red('notice-suspect-counsel-3d', 'b')]);
    expect((await sync.flush()).error).toBe('offline');
    expect(await sync.flush()).toEqual({ sent: 2, deadLettered: 0 });
    expect(answers).toEqual([{ accepted: 2, duplicates: 0, rejected: [] }, { accepted: 0, duplicates: 2, rejected: [] }]);
    expect(await companion.store.events.has(made.map((e) => e.id))).toEqual(new Set(made.map((e) => e.id)));
    expect((await caseDefects(companion.url, token, tab.caseNumber)).defects).toHaveLength(2);
  });

  it('dead-letters the one event the companion refuses (observed over a day ahead) and delivers the rest of the batch with it', async () => {
    let clock = Date.now();
    const { sync, db } = syncFor({ companionUrl: companion.url, token }, { now: () => clock });
    const tab = { adapterId: 'tyyw-js', caseNumber: '苏检刑诉受〔2025〕320102000003号', procedure: 'prosecution-review' };
    await sync.recordFindings(tab, [red('notice-suspect-counsel-3d', 'k1'), red('notice-suspect-counsel-3d', 'k2')]);
    clock += 3 * 24 * 3600 * 1000; // a PC clock three days fast
    const [future] = await sync.recordFindings(tab, [red('notice-suspect-counsel-3d', 'k3')]);
    clock = Date.now();
    await sync.recordFindings(tab, [red('notice-suspect-counsel-3d', 'k4')]);

    expect(await sync.flush()).toEqual({ sent: 3, deadLettered: 1 });
    const [dead] = await db.deadLetters.toArray();
    // Refused by itself in the batch's 200 answer (`rejected`), not by splitting the batch after a 400.
    expect(dead).toMatchObject({ id: future.id, status: 200 });
    expect(dead.reason).toMatch(/^observedAt: .*a day in the future/);
    expect((await caseDefects(companion.url, token, tab.caseNumber)).defects.map((d) => d.occurrenceKey).sort()).toEqual(['k1', 'k2', 'k4']);
  });

  it('with a trainer token: training events go through, real events are dead-lettered with the reason', async () => {
    const { sync, db } = syncFor({ companionUrl: companion.url, token: trainerToken });
    const before = await companion.store.events.count({ training: true });
    const [training] = await sync.recordFindings({ adapterId: 'training-system', caseNumber: 'XL-2025-001', procedure: 'prosecution-review' }, [red('notice-suspect-counsel-3d', 't1')]);
    const [real] = await sync.recordFindings({ adapterId: 'tyyw-js', caseNumber: 'XL-2025-001', procedure: 'prosecution-review' }, [red('notice-suspect-counsel-3d', 't1')]);
    expect(await sync.flush()).toEqual({ sent: 1, deadLettered: 1 });
    expect(await companion.store.events.has([training.id, real.id])).toEqual(new Set([training.id]));
    expect(await companion.store.events.count({ training: true })).toBe(before + 1);
    const [dead] = await db.deadLetters.toArray();
    expect(dead).toMatchObject({ id: real.id, status: 403 });
    expect(dead.reason).toMatch(/培训/);
  });

  it('keeps training events out of the real ledger', async () => {
    const { sync } = syncFor({ companionUrl: companion.url, token, trainingMode: true });
    const caseNumber = '苏检刑诉受〔2025〕320102000004号';
    const [event] = await sync.recordFindings({ adapterId: 'tyyw-js', caseNumber, procedure: 'prosecution-review' }, [red('notice-suspect-counsel-3d', 'x')]);
    expect(event.training).toBe(true);
    expect(await sync.flush()).toEqual({ sent: 1, deadLettered: 0 });
    expect(await companion.store.events.has([event.id])).toEqual(new Set([event.id]));
    const res = await fetch(`${companion.url}/api/v1/cases/${encodeURIComponent(caseNumber)}/defects`, { headers: { authorization: `Bearer ${token}` } });
    expect(((await res.json()) as CaseDefectsResponse).defects ?? []).toEqual([]);
  });

  it('reports a revoked token in words and keeps the events', async () => {
    const revokedToken = await addUser(companion.store, 'prosecutor', '已离岗检察官');
    const user = await companion.store.users.findByToken(revokedToken);
    await companion.store.users.revoke(user!.id);
    const { sync } = syncFor({ companionUrl: companion.url, token: revokedToken });
    await sync.recordFindings({ adapterId: 'tyyw-js', caseNumber: 'C-5' }, [red('notice-suspect-counsel-3d', 'y')]);
    expect((await sync.flush()).error).toBe('unauthorized');
    const status = await sync.status();
    expect(status).toMatchObject({ pending: 1, lastError: { code: 'unauthorized', status: 401 } });
    expect(status.lastError?.message.zh).toMatch(/令牌/);
  });
});

describe('offline, then back: the companion stopped and restarted on the same data folder and port', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'caselight-sync-restart-'));
  const config = (port: number) => ConfigSchema.parse({ port, dataDir, demo: false, logLevel: 'silent' });
  let running: RunningServer | undefined;

  afterAll(async () => {
    await running?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('queues while the companion is down and drains with no duplicates when it is back', async () => {
    running = await startServer(config(0), { logger: quiet });
    const url = running.url;
    const port = Number(new URL(url).port);
    const token = await addUser(running.store, 'prosecutor', '李检察官');
    const dbName = freshDbName();
    const settings = { companionUrl: url, token };
    const caseNumber = '苏检刑诉受〔2025〕320102000100号';
    const tab = { adapterId: 'tyyw-js', caseNumber, procedure: 'prosecution-review' };

    // Online: the first findings go through.
    let { sync, db } = syncFor(settings, { db: openDb(dbName) });
    const online = await sync.recordFindings(tab, [red('notice-suspect-counsel-3d', 'o1'), red('notice-suspect-counsel-3d', 'o2')]);
    expect(await sync.flush()).toEqual({ sent: 2, deadLettered: 0 });

    // The companion stops; findings keep coming; the outbox holds them.
    await running.close();
    running = undefined;
    const offline = [
      ...(await sync.recordFindings(tab, Array.from({ length: 600 }, (_, i) => red('notice-suspect-counsel-3d', `off-${i}`)))),
      ...(await sync.recordFindings(tab, [green('notice-suspect-counsel-3d', 'o1')])),
    ];
    const failed = await sync.flush();
    expect(failed.error).toBe('offline');
    expect(await sync.status()).toMatchObject({ pending: 601, lastError: { code: 'offline' } });

    // The worker is suspended and comes back with a new database handle (same IndexedDB).
    db.close();
    ({ sync, db } = syncFor(settings, { db: openDb(dbName) }));
    expect((await sync.status()).pending).toBe(601);
    // Re-evaluating the same page after the restart makes nothing new.
    expect(await sync.recordFindings(tab, [red('notice-suspect-counsel-3d', 'off-0'), green('notice-suspect-counsel-3d', 'o1')])).toEqual([]);

    // The companion is back on the same port and data folder.
    running = await startServer(config(port), { logger: quiet });
    expect(running.url).toBe(url);
    const drained = await sync.flush();
    expect(drained).toEqual({ sent: 601, deadLettered: 0 });
    expect(await sync.status()).toMatchObject({ pending: 0, lastError: null });

    const all = [...online, ...offline];
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    expect(await running.store.events.has(all.map((e) => e.id))).toEqual(new Set(all.map((e) => e.id)));
    expect(await running.store.events.count()).toBe(all.length);
    const found = await caseDefects(url, token, caseNumber);
    expect(found.defects).toHaveLength(602);
    expect(found.defects.find((d) => d.occurrenceKey === 'o1')?.rectifiedAt).not.toBeNull();
    db.close();
  });
});
