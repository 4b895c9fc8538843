// Scale-out benchmark (`npm run bench -- cluster`; needs TEST_DATABASE_URL or DATABASE_URL):
//  1. throughput: 1, 2 and 3 companions (each its own process) on one PostgreSQL; 16 clients post
//     batches of 100 events, each batch one prosecutor's, spread round-robin over the instances.
//     Events per second (and the ratio to one instance), p95 of a batch's answer, and p95 of
//     GET /tallies asked by a supervisor every 100 ms while the ingest runs (and before, idle);
//  2. the long form of the load-and-fault oracle run (test/companion/scale/oracle.ts): 200
//     simulated extensions across 20 units, three instances, kill -9 + restart, pg_terminate_backend.
// Schemas are named caselight_i13_bench_* and dropped afterwards.
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import pg from 'pg';
import { openStore } from '../companion/db/store.ts';
import { prng } from '../companion/demo/prng.ts';
import type { DefectEvent } from '../shared/api/index.ts';
import { rulesById } from '../shared/rules/index.ts';
import { roundRobin, startCluster } from '../scripts/cluster.ts';
import { runOracle } from '../test/companion/scale/oracle.ts';
import { cpuMs } from './_report.ts';

const RULES = ['prosecution-review-1m', 'notice-suspect-counsel-3d', 'notice-victim-agent-3d', 'plea-agreement-counsel-present', 'plea-audio-video', 'family-notification-24h'];
const CLIENTS = 16;
const BATCHES = 240;
const PROSECUTORS = 200;
const POOL = 8;
const ROUNDS = 3;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

function redMessage(ruleId: string): string {
  const rule = rulesById.get(ruleId);
  if (!rule) throw new Error(ruleId);
  return Object.entries(rule.meta.messages).filter(([, m]) => m.light === 'red').map(([id]) => id)[0];
}

/** 100 events of one prosecutor: cases with a few red findings, some rectified. */
function batch(random: () => number, serial: () => number): DefectEvent[] {
  const out: DefectEvent[] = [];
  while (out.length < 100) {
    const caseNumber = `BENCH-${serial()}`;
    const start = Date.UTC(2025, Math.floor(random() * 10), 1 + Math.floor(random() * 20));
    for (const ruleId of RULES.slice(0, 2 + Math.floor(random() * 3))) {
      const base = { caseNumber, ruleId, ruleVersion: 1, occurrenceKey: new Date(start).toISOString().slice(0, 10), procedure: 'prosecution-review', training: false } as const;
      out.push({ ...base, id: randomUUID(), kind: 'observed', light: 'red', messageId: redMessage(ruleId), points: 1, observedAt: new Date(start + 86_400_000).toISOString() });
      if (random() < 0.5) out.push({ ...base, id: randomUUID(), kind: 'rectified', light: 'green', points: 0, observedAt: new Date(start + 3 * 86_400_000).toISOString() });
    }
  }
  return out.slice(0, 100);
}

interface Throughput { eps: number; ingestP95: number; talliesIdleP95: number; talliesP95: number; companionCpuPerK: number; pgCpuPerK: number }

async function throughput(databaseUrl: string, instances: number): Promise<Throughput> {
  const schema = `caselight_i13_bench_${instances}_${Date.now().toString(36)}`;
  const appName = `${schema}_app`;
  const url = new URL(databaseUrl);
  url.searchParams.set('application_name', appName);
  const store = await openStore({ dataDir: '/nonexistent', databaseUrl, pgSchema: schema, poolSize: 2 });
  const tokens: string[] = [];
  let supervisor = '';
  try {
    await store.units.add({ code: '3201', name: '市院' });
    for (let u = 1; u <= 20; u++) await store.units.add({ code: `3201${String(u).padStart(2, '0')}`, name: `区院${u}`, parentCode: '3201' });
    for (let i = 0; i < PROSECUTORS; i++) {
      const r = await store.users.add({ name: `检察官${i}`, role: 'prosecutor', unitCode: `3201${String((i % 20) + 1).padStart(2, '0')}` });
      if (r.ok) tokens.push(r.token);
    }
    const s = await store.users.add({ name: '市院督察', role: 'supervisor', unitCode: '3201' });
    if (s.ok) supervisor = s.token;
  } finally {
    await store.close();
  }
  const cluster = await startCluster(instances, {
    databaseUrl: url.toString(), schema, env: { CASELIGHT_DEMO: '0', CASELIGHT_RATE_LIMIT: '1000000', CASELIGHT_DB_POOL_SIZE: String(POOL), CASELIGHT_LOG_LEVEL: 'warn' },
  });
  try {
    const random = prng(instances);
    let serial = 0;
    const payloads = Array.from({ length: BATCHES }, (_, b) => ({ token: tokens[b % tokens.length], body: JSON.stringify({ events: batch(random, () => ++serial) }) }));
    const spread = roundRobin(() => cluster.urls());
    const tallies = async (until: () => boolean) => {
      const times: number[] = [];
      const groups = ['unit', 'prosecutor', 'rule', 'month'];
      for (let i = 0; !until(); i++) {
        const t0 = performance.now();
        const res = await fetch(`${spread.next()}/api/v1/tallies?groupBy=${groups[i % groups.length]}&year=2025`, { headers: { Authorization: `Bearer ${supervisor}` } });
        if (res.status !== 200) throw new Error(`tallies answered ${res.status}`);
        await res.arrayBuffer();
        times.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 100));
      }
      return times;
    };
    // Idle tallies (after a first small ingest, so there is something to count).
    const warm = payloads.splice(0, CLIENTS);
    await Promise.all(warm.map((p) => post(spread.next(), p)));
    let idleCount = 0;
    const idle = await tallies(() => idleCount++ >= 20);
    // CPU used by the companions and by their PostgreSQL backends during the ingest, per 1,000 events.
    const probe = new pg.Client({ connectionString: databaseUrl });
    await probe.connect();
    const backends = async () => ((await probe.query('select pid from pg_stat_activity where application_name = $1', [appName])).rows as Array<{ pid: number }>).map((r) => r.pid);
    const companions = cluster.instances.map((x) => x.pid);
    const before = new Map([...companions, ...(await backends())].map((pid) => [pid, cpuMs(pid)]));
    let done = false;
    const during = tallies(() => done);
    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(Array.from({ length: CLIENTS }, async () => {
      while (next < payloads.length) {
        const p = payloads[next++];
        const t0 = performance.now();
        await post(spread.next(), p);
        latencies.push(performance.now() - t0);
      }
    }));
    const seconds = (performance.now() - started) / 1000;
    done = true;
    const busy = await during;
    const used = (pids: number[]) => pids.reduce((ms, pid) => ms + cpuMs(pid) - (before.get(pid) ?? 0), 0);
    const thousands = (payloads.length * 100) / 1000;
    const pgUsed = used(await backends());
    await probe.end();
    return {
      eps: (payloads.length * 100) / seconds, ingestP95: percentile(latencies, 95), talliesIdleP95: percentile(idle, 95), talliesP95: percentile(busy, 95),
      companionCpuPerK: used(companions) / thousands, pgCpuPerK: pgUsed / thousands,
    };
  } finally {
    await cluster.stop();
    const c = new pg.Client({ connectionString: databaseUrl });
    await c.connect();
    try { await c.query(`drop schema if exists ${schema} cascade`); } finally { await c.end(); }
  }
}

async function post(url: string, p: { token: string; body: string }): Promise<void> {
  const res = await fetch(`${url}/api/v1/events`, { method: 'POST', headers: { Authorization: `Bearer ${p.token}`, 'Content-Type': 'application/json' }, body: p.body });
  if (res.status !== 200) throw new Error(`ingest answered ${res.status}: ${await res.text()}`);
  await res.arrayBuffer();
}

export default async function clusterBench(): Promise<boolean> {
  const databaseUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.log('cluster: set TEST_DATABASE_URL (or DATABASE_URL) to a PostgreSQL to run it');
    return false;
  }
  // BENCH_CLUSTER=oracle (or throughput) runs one part only.
  const parts = process.env.BENCH_CLUSTER ?? 'throughput,oracle';
  if (parts.includes('throughput')) await throughputs(databaseUrl);
  if (!parts.includes('oracle')) return true;
  console.log('oracle run (long form): 200 extensions, 20 units, 3 instances, kill -9 + restart, pg_terminate_backend');
  const report = await runOracle({
    databaseUrl, schema: `caselight_i13_bench_oracle_${Date.now().toString(36)}`, instances: 3, users: 200, units: 20, casesPerUser: 8,
    faults: true, seed: 2026, poolSize: 6, log: (line) => console.log(`  ${line}`),
  });
  console.log(`  ${report.events} events in ${report.batches} batches, ${report.defects} defects, ${report.objections} objections (${report.voids} voided); `
    + `${report.retries} resends (${report.networkErrors} without an answer, ${report.timeouts} of them timeouts; ${report.serverErrors} 5xx), `
    + `${report.crossInstanceOverlaps} cross-instance overlaps of one prosecutor, `
    + `${report.maxWaitingAdvisoryLocks} advisory locks waiting at most; ${Math.round(report.eventsPerSecond)} events/s with the faults`);
  console.log(report.mismatches.length === 0 ? '  ledger = oracle, every instance alive and ready' : `  MISMATCHES:\n    ${report.mismatches.slice(0, 20).join('\n    ')}`);
  return report.mismatches.length === 0;
}

async function throughputs(databaseUrl: string): Promise<void> {
  console.log(`throughput: ${CLIENTS} clients, ${BATCHES} batches of 100 events over ${PROSECUTORS} prosecutors, pool ${POOL} per instance; `
    + `${ROUNDS} rounds of 1, 2, 3 instances interleaved, medians (${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} at the start)`);
  const runs = new Map<number, Throughput[]>([[1, []], [2, []], [3, []]]);
  for (let round = 0; round < ROUNDS; round++) {
    for (const n of [1, 2, 3]) {
      const r = await throughput(databaseUrl, n);
      runs.get(n)?.push(r);
      console.log(`  round ${round + 1}, ${n} instance(s): ${Math.round(r.eps)} events/s, ingest p95 ${Math.round(r.ingestP95)} ms, tallies p95 ${Math.round(r.talliesP95)} ms (${Math.round(r.talliesIdleP95)} ms idle); `
        + `CPU per 1,000 events: companions ${Math.round(r.companionCpuPerK)} ms, PostgreSQL ${Math.round(r.pgCpuPerK)} ms`);
    }
  }
  const median = (xs: number[]) => percentile(xs, 50);
  const one = median((runs.get(1) ?? []).map((r) => r.eps));
  for (const [n, rs] of runs) {
    const eps = median(rs.map((r) => r.eps));
    console.log(`  ${n} instance(s), median: ${Math.round(eps)} events/s (×${(eps / one).toFixed(2)} of one), ingest p95 ${Math.round(median(rs.map((r) => r.ingestP95)))} ms, `
      + `tallies p95 ${Math.round(median(rs.map((r) => r.talliesP95)))} ms while ingesting (${Math.round(median(rs.map((r) => r.talliesIdleP95)))} ms idle); `
      + `CPU per 1,000 events: companions ${Math.round(median(rs.map((r) => r.companionCpuPerK)))} ms, PostgreSQL ${Math.round(median(rs.map((r) => r.pgCpuPerK)))} ms`);
  }
  console.log(`  load average ${loadavg()[0].toFixed(1)} at the end`);
}
