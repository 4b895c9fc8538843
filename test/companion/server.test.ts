// server.ts: start on an empty data folder, and shut down gracefully — stop accepting, let the
// requests in flight finish and commit, close the database.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../companion/app.ts';
import { openStore } from '../../companion/db/store.ts';
import { startServer } from '../../companion/server.ts';
import { SOME_RULES, event, testConfig } from './helpers.ts';

describe('startServer', () => {
  let dataDir: string;
  beforeEach(() => { dataDir = mkdtempSync(join(tmpdir(), 'caselight-server-')); });
  afterEach(() => { rmSync(dataDir, { recursive: true, force: true }); });

  async function withUser() {
    const store = await openStore({ dataDir });
    await store.units.add({ code: '3201', name: '市院' });
    const r = await store.users.add({ name: '检察官', role: 'prosecutor', unitCode: '3201' });
    await store.close();
    if (!r.ok) throw new Error(r.code);
    return r.token;
  }

  it('finishes and commits a request in flight when asked to stop, then refuses new connections', async () => {
    const token = await withUser();
    const running = await startServer(testConfig(dataDir, { port: 0 }), { logger: silentLogger });
    const batch = { events: Array.from({ length: 500 }, (_, i) => event({ id: randomUUID(), caseNumber: `CASE-${i % 40}`, ruleId: SOME_RULES[i % 9] })) };
    let closing: Promise<void> | undefined;
    running.server.once('request', () => { closing = running.close(); });
    const res = await fetch(`${running.url}/api/v1/events`, {
      method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(batch),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ accepted: 500, duplicates: 0, rejected: [] });
    expect(res.headers.get('connection')).toBe('close');
    await closing;
    await expect(fetch(`${running.url}/healthz`)).rejects.toThrow();
    const store = await openStore({ dataDir });
    expect(await store.events.count()).toBe(500);
    await store.close();
  });

  // A fixed clock: CI must not start warning, or failing, on a calendar day.
  describe('warns at start when the coming year’s holiday arrangement is not loaded', () => {
    function capture() {
      const warnings: { obj: unknown; msg?: string }[] = [];
      return { warnings, logger: { ...silentLogger, warn: (obj: unknown, msg?: string) => { warnings.push({ obj, msg }); } } };
    }

    it('from 1 November, with the steps to load it', async () => {
      const { warnings, logger } = capture();
      const running = await startServer(testConfig(dataDir, { port: 0 }), { logger, now: () => new Date('2026-11-01T09:00:00+08:00') });
      await running.close();
      expect(running.missingCalendarYears).toEqual([2027]);
      expect(warnings).toHaveLength(1);
      expect(warnings[0].msg).toContain('2027');
      expect(JSON.stringify(warnings[0].obj)).toContain('holiday calendar page');
    });

    it('not in October, and not once the year is loaded as overrides', async () => {
      const october = capture();
      const a = await startServer(testConfig(dataDir, { port: 0 }), { logger: october.logger, now: () => new Date('2026-10-31T23:00:00+08:00') });
      await a.close();
      expect(a.missingCalendarYears).toEqual([]);
      expect(october.warnings).toEqual([]);

      const store = await openStore({ dataDir });
      await store.settings.putCalendarOverrides([{ date: '2027-01-01', kind: 'holiday' }]);
      await store.close();
      const loaded = capture();
      const b = await startServer(testConfig(dataDir, { port: 0 }), { logger: loaded.logger, now: () => new Date('2026-11-20T09:00:00+08:00') });
      await b.close();
      expect(b.missingCalendarYears).toEqual([]);
      expect(loaded.warnings).toEqual([]);
    });
  });

  it('closes once however often it is asked', async () => {
    const running = await startServer(testConfig(dataDir, { port: 0 }), { logger: silentLogger });
    const a = running.close();
    const b = running.close();
    expect(a).toBe(b);
    await a;
  });

  it('seeds the demo on first start, and on the next neither seeds again nor hands out the tokens', async () => {
    const first = await startServer(testConfig(dataDir, { port: 0, demo: true }), { logger: silentLogger });
    expect(first.demo?.created).toBe(true);
    const admin = first.demo?.users.find((u) => u.role === 'admin');
    const summary = await fetch(`${first.url}/api/v1/summary`, { headers: { Authorization: `Bearer ${admin?.token}` } });
    const body = await summary.json() as { containsDemoData: boolean; totals: { defects: number }; overThreshold: { count: number }; pendingObjections: number };
    expect(body.containsDemoData).toBe(true);
    expect(body.totals.defects).toBeGreaterThan(20);
    expect(body.overThreshold.count).toBeGreaterThanOrEqual(2);
    expect(body.pendingObjections).toBeGreaterThanOrEqual(1);
    await first.close();

    const second = await startServer(testConfig(dataDir, { port: 0, demo: true }), { logger: silentLogger });
    expect(second.demo?.created).toBe(false);
    expect(second.demo?.users).toEqual([]);
    const again = await fetch(`${second.url}/api/v1/me`, { headers: { Authorization: `Bearer ${admin?.token}` } });
    expect(again.status).toBe(200);
    await second.close();

    const real = await startServer(testConfig(dataDir, { port: 0, demo: false }), { logger: silentLogger });
    expect(real.demo).toBeUndefined();
    await real.close();
  });
});
