// kill -9 during ingest loses no acknowledged event: a batch answered 200 is on disk.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../companion/db/store.ts';
import { SOME_RULES, event } from './helpers.ts';

const root = resolve(import.meta.dirname, '../..');

/** `npx tsx companion/server.ts` in its own process group (so SIGKILL reaches node, not only npx). */
function startChild(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn('npx', ['tsx', 'companion/server.ts'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CASELIGHT_DATA_DIR: dataDir, CASELIGHT_PORT: '0', CASELIGHT_DEMO: '0', CASELIGHT_LOG_LEVEL: 'warn', CASELIGHT_RATE_LIMIT: '1000000' },
  });
  return new Promise((resolveStart, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`companion did not start: ${out}`)), 30_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) { clearTimeout(timer); resolveStart({ child, url: m[1] }); }
    });
    child.stderr?.on('data', (d: Buffer) => { out += d.toString(); });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`companion exited (${code}): ${out}`)); });
  });
}

function kill9(child: ChildProcess): Promise<void> {
  return new Promise((r) => {
    child.once('exit', () => r());
    process.kill(-(child.pid as number), 'SIGKILL');
  });
}

describe('kill -9 during ingest', () => {
  let dataDir: string;
  let children: ChildProcess[] = [];
  afterEach(() => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) { try { process.kill(-(c.pid as number), 'SIGKILL'); } catch { /* gone */ } }
    children = [];
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('loses no acknowledged event', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'caselight-crash-'));
    const setup = await openStore({ dataDir });
    await setup.units.add({ code: '3201', name: '市院' });
    const user = await setup.users.add({ name: '检察官', role: 'prosecutor', unitCode: '3201' });
    await setup.close();
    if (!user.ok) throw new Error(user.code);

    const first = await startChild(dataDir);
    children.push(first.child);
    const acknowledged: string[] = [];
    let sent = 0;
    let stop = false;
    const post = async (batch: ReturnType<typeof event>[]) => {
      const res = await fetch(`${first.url}/api/v1/events`, {
        method: 'POST', headers: { Authorization: `Bearer ${user.token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ events: batch }),
      });
      if (res.status === 200) acknowledged.push(...batch.map((e) => e.id));
    };
    const client = async (n: number) => {
      for (let i = 0; !stop; i++) {
        const batch = Array.from({ length: 100 }, (_, j) => event({ id: randomUUID(), caseNumber: `C${n}-${i}-${j % 10}`, ruleId: SOME_RULES[j % 7] }));
        sent += batch.length;
        await post(batch).catch(() => { /* killed mid-request: not acknowledged */ });
      }
    };
    const clients = [0, 1, 2, 3].map(client);
    while (acknowledged.length < 3000) await new Promise((r) => setTimeout(r, 20));
    await kill9(first.child);
    stop = true;
    await Promise.all(clients);
    expect(sent).toBeGreaterThan(acknowledged.length);

    const second = await startChild(dataDir);
    children.push(second.child);
    const health = await fetch(`${second.url}/healthz`);
    expect(health.status).toBe(200);
    await kill9(second.child);

    const store = await openStore({ dataDir });
    const present = await store.events.has(acknowledged);
    expect(acknowledged.filter((id) => !present.has(id))).toEqual([]);
    const defects = await store.db.selectFrom('defects').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    const totals = await store.db.selectFrom('defect_totals').select((eb) => eb.fn.sum<number>('defects').as('n')).executeTakeFirstOrThrow();
    expect(Number(totals.n)).toBe(Number(defects.n));
    await store.close();
  }, 90_000);
});
