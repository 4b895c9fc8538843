// Outbox drain: 10,000 events queued while the companion was down must reach the real companion
// (SQLite, real HTTP) within 10 s of it coming back, with none lost and none stored twice.
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigSchema } from '../companion/config.ts';
import { startServer, type RunningServer } from '../companion/server.ts';
import { openDb } from '../extension/store/index.ts';
import type { FindingRef } from '../shared/api/finding-ref.ts';
import { createSync } from '../extension/sync/index.ts';

const EVENTS = 10_000;
const FLOOR_MS = 10_000;
const CASES = 100;
const quiet = { info() {}, warn() {}, error() {} };

export default async function benchSync(): Promise<boolean> {
  const dataDir = mkdtempSync(join(tmpdir(), 'caselight-bench-sync-'));
  const config = (port: number) => ConfigSchema.parse({ port, dataDir, demo: false, logLevel: 'silent' });
  let running: RunningServer | undefined = await startServer(config(0), { logger: quiet });
  const url = running.url;
  const port = Number(new URL(url).port);
  try {
    await running.store.units.add({ code: '320102', name: '南京市玄武区人民检察院' });
    const user = await running.store.users.add({ name: '基准检察官', role: 'prosecutor', unitCode: '320102' });
    if (!user.ok) throw new Error(user.code);
    await running.close();
    running = undefined;

    const db = openDb(`caselight-bench-${Date.now()}`);
    const sync = createSync({ db, getSettings: async () => ({ companionUrl: url, token: user.token }), alarms: null, autoFlush: false, setTimer: () => null, clearTimer: () => {} });

    // Queue while the companion is down: 100 cases × 100 red occurrences.
    let t = performance.now();
    for (let c = 0; c < CASES; c++) {
      const findings: FindingRef[] = Array.from({ length: EVENTS / CASES }, (_, i) => ({
        ruleId: 'notice-suspect-counsel-3d', ruleVersion: 1, light: 'red', occurrenceKey: `2025-09-${String((i % 28) + 1).padStart(2, '0')}#${i}`, points: 6, due: '2025-09-04',
      }));
      await sync.recordFindings({ adapterId: 'tyyw-js', caseNumber: `苏检刑诉受〔2025〕3201020${String(c).padStart(5, '0')}号`, procedure: 'prosecution-review' }, findings);
    }
    const queueMs = performance.now() - t;
    const offline = await sync.flush();
    const pending = (await sync.status()).pending;

    running = await startServer(config(port), { logger: quiet });
    t = performance.now();
    const drained = await sync.flush();
    const drainMs = performance.now() - t;

    const stored = await running.store.events.count();
    const status = await sync.status();
    db.close();

    console.log(`queued ${pending} events in ${queueMs.toFixed(0)} ms (fake-indexeddb); flush while down: ${offline.error}`);
    console.log(`drain after the companion came back: ${drained.sent} sent in ${drainMs.toFixed(0)} ms (${Math.round(drained.sent / (drainMs / 1000))} events/s, batches of 500)`);
    console.log(`companion stored ${stored} events; outbox pending ${status.pending}; dead letters ${status.deadLetters}`);
    const ok = offline.error === 'offline' && pending === EVENTS && drained.sent === EVENTS && stored === EVENTS && status.pending === 0 && drainMs <= FLOOR_MS;
    console.log(`floor: ${EVENTS} events drained in ≤ ${FLOOR_MS / 1000} s, none lost or doubled — ${ok ? 'met' : 'NOT MET'}`);
    return ok;
  } finally {
    await running?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
