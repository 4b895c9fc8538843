// Companion benchmark (`npx tsx scripts/bench.ts companion`):
//  1. ingest over real HTTP into SQLite, batches of 100 events — floor 5,000 events/s;
//  2. with 1,000,000 stored events (bulk-generated straight into the SQLite file, in transactions,
//     through the same ledger derivation), tally endpoints p95 — floor 50 ms.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { SQLITE_FILE } from '../companion/db/connection.ts';
import { openStore } from '../companion/db/store.ts';
import type { DefectEvent } from '../shared/api/index.ts';
import { contribution, deriveDefects, normalizeInstant, type LedgerEvent } from '../shared/ledger/index.ts';
import { prng } from '../companion/demo/prng.ts';

const INGEST_FLOOR = 5_000;
const TALLY_P95_FLOOR_MS = 50;
const STORED_EVENTS = 1_000_000;

const RULES = [
  'notice-suspect-counsel-3d', 'notice-victim-agent-3d', 'prosecution-review-1m', 'plea-agreement-counsel-present',
  'arrest-review-police-detained-7d', 'family-notification-24h', 'interrogation-within-24h', 'prosecution-mandatory-interrogation',
  'plea-audio-video', 'legal-aid-mandatory-notice-3d', 'file-review-3-workdays', 'duty-lawyer-for-plea',
  'arrest-review-mandatory-interrogation', 'supplementary-investigation-limit-2', 'nonpros-service-7d-notice', 'custody-necessity-tracking',
];


interface Person { id: string; token: string; unitCode: string }

export async function setup(dataDir: string, districts: number, prosecutorsPerDistrict: number) {
  const store = await openStore({ dataDir });
  await store.units.add({ code: '3201', name: '市院' });
  const prosecutors: Person[] = [];
  for (let d = 1; d <= districts; d++) {
    const code = `3201${String(d).padStart(2, '0')}`;
    await store.units.add({ code, name: `区院${d}`, parentCode: '3201' });
    for (let p = 0; p < prosecutorsPerDistrict; p++) {
      const r = await store.users.add({ name: `检察官${d}-${p}`, role: 'prosecutor', unitCode: code });
      if (r.ok) prosecutors.push({ id: r.user.id, token: r.token, unitCode: code });
    }
  }
  const admin = await store.users.add({ name: '管理员', role: 'admin', unitCode: '3201' });
  const sup = await store.users.add({ name: '区院部长', role: 'supervisor', unitCode: '320101' });
  await store.close();
  if (!admin.ok || !sup.ok) throw new Error('setup');
  return { prosecutors, adminToken: admin.token, supervisorToken: sup.token };
}

/** One case's events for one prosecutor: a few rules red, some later green, some re-observed. */
function caseEvents(random: () => number, caseNumber: string, startMs: number): DefectEvent[] {
  const out: DefectEvent[] = [];
  const procedure = random() < 0.6 ? 'prosecution-review' : 'arrest-review';
  const n = 2 + Math.floor(random() * 4);
  for (let r = 0; r < n; r++) {
    const ruleId = RULES[Math.floor(random() * RULES.length)];
    const observed = startMs + Math.floor(random() * 20) * 86_400_000 + Math.floor(random() * 36_000_000);
    const base = { caseNumber, ruleId, ruleVersion: 1, occurrenceKey: new Date(startMs).toISOString().slice(0, 10), procedure, training: false };
    out.push({ ...base, id: randomUUID(), kind: 'observed', light: 'red', points: 1 + Math.floor(random() * 10), observedAt: new Date(observed).toISOString() });
    if (random() < 0.5) out.push({ ...base, id: randomUUID(), kind: 'rectified', light: 'green', points: 0, observedAt: new Date(observed + 2 * 86_400_000).toISOString() });
  }
  return out;
}

/** The companion as its own process (`tsx companion/server.ts`), as it runs in production; the client gets the other core. */
export function startCompanion(dataDir: string): Promise<{ url: string; pid: number; stop(): Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'companion/server.ts'], {
    cwd: resolve(import.meta.dirname, '..'),
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CASELIGHT_DATA_DIR: dataDir, CASELIGHT_PORT: '0', CASELIGHT_DEMO: '0', CASELIGHT_LOG_LEVEL: 'warn', CASELIGHT_RATE_LIMIT: '1000000' },
  });
  return new Promise((ok, fail) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) ok({ url: m[1], pid: child.pid as number, stop: () => new Promise((r) => { child.once('exit', () => r()); child.kill('SIGTERM'); }) });
    });
    child.stderr?.on('data', (d: Buffer) => { out += d.toString(); });
    child.once('exit', (code) => fail(new Error(`companion exited (${code}): ${out}`)));
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measureIngest(url: string, prosecutors: Person[], batches: number, concurrency: number, random: () => number): Promise<number> {
  let next = 0;
  let serial = 0;
  const yearMs = Date.UTC(2025, 0, 1);
  const payloads: Array<{ who: Person; body: string }> = [];
  for (let b = 0; b < batches; b++) {
    const who = prosecutors[b % prosecutors.length];
    const events: DefectEvent[] = [];
    while (events.length < 100) events.push(...caseEvents(random, `BENCH-${++serial}`, yearMs + Math.floor(random() * 150) * 86_400_000));
    payloads.push({ who, body: JSON.stringify({ events: events.slice(0, 100) }) });
  }
  const started = performance.now();
  const worker = async () => {
    while (next < payloads.length) {
      const { who, body } = payloads[next++];
      const res = await fetch(`${url}/api/v1/events`, { method: 'POST', headers: { Authorization: `Bearer ${who.token}`, 'Content-Type': 'application/json' }, body });
      if (res.status !== 200) throw new Error(`ingest answered ${res.status}: ${await res.text()}`);
      await res.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return (batches * 100) / ((performance.now() - started) / 1000);
}

/**
 * Writes `total` events for the prosecutors straight into the SQLite file, with their defects and
 * pre-aggregated totals computed by the same derivation the companion uses (shared/ledger).
 */
export function bulkGenerate(file: string, prosecutors: Person[], total: number, random: () => number): { events: number; defects: number } {
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -524288');
  const insertEvent = db.prepare(`insert into events (id, kind, case_number, rule_id, rule_version, occurrence_key, light, points, due, observed_at, received_at,
    procedure, training, objection_reason, user_id, unit_code, demo) values (?, ?, ?, ?, 1, ?, ?, ?, null, ?, ?, ?, 0, null, ?, ?, 0)`);
  const insertDefect = db.prepare(`insert into defects (id, user_id, unit_code, case_number, rule_id, occurrence_key, rule_version, procedure, points, due,
    first_observed_at, year, month, source_event_id, rectified_at, voided, void_reason, voided_at, demo) values (?, ?, ?, ?, ?, ?, 1, ?, ?, null, ?, ?, ?, ?, ?, 0, null, null, 0)`);
  const totals = new Map<string, number[]>();
  const cases = new Map<string, number[]>();
  let events = 0;
  let defects = 0;
  let serial = 0;
  const startMs = Date.UTC(2023, 0, 1);
  const spanDays = 3 * 365 - 30;
  const received = new Date().toISOString();
  const chunk = db.transaction((rows: Array<{ who: Person; list: DefectEvent[] }>) => {
    for (const { who, list } of rows) {
      for (const e of list) {
        insertEvent.run(e.id, e.kind, e.caseNumber, e.ruleId, e.occurrenceKey, e.light, e.points, e.observedAt, received, e.procedure, who.id, who.unitCode);
      }
      for (const d of deriveDefects(list as LedgerEvent[])) {
        insertDefect.run(randomUUID(), who.id, who.unitCode, d.caseNumber, d.ruleId, d.occurrenceKey, d.procedure, d.points, d.firstObservedAt, d.year, d.month, d.sourceEventId, d.rectifiedAt);
        defects++;
        const f = contribution({ points: d.points, rectified: d.rectifiedAt !== null, voided: false });
        const tk = `${d.year}\u001f${d.month}\u001f${who.unitCode}\u001f${who.id}\u001f${d.ruleId}`;
        const t = totals.get(tk) ?? [0, 0, 0];
        t[0] += f.defects; t[1] += f.points; t[2] += f.rectified;
        totals.set(tk, t);
        const ck = `${d.year}\u001f${d.caseNumber}\u001f${d.procedure}\u001f${who.id}\u001f${who.unitCode}`;
        const c = cases.get(ck) ?? [0, 0];
        c[0] += 1; c[1] += f.points;
        cases.set(ck, c);
      }
    }
  });
  while (events < total) {
    const rows: Array<{ who: Person; list: DefectEvent[] }> = [];
    let inChunk = 0;
    while (inChunk < 50_000 && events + inChunk < total) {
      const who = prosecutors[Math.floor(random() * prosecutors.length)];
      const list = caseEvents(random, `GEN-${++serial}`, startMs + Math.floor(random() * spanDays) * 86_400_000)
        .map((e) => ({ ...e, observedAt: normalizeInstant(e.observedAt) }));
      rows.push({ who, list });
      inChunk += list.length;
    }
    chunk(rows);
    events += inChunk;
  }
  const insertTotal = db.prepare(`insert into defect_totals (year, month, unit_code, user_id, rule_id, defects, points, rectified, voided, voided_points) values (?, ?, ?, ?, ?, ?, ?, ?, 0, 0)
    on conflict do update set defects = defects + excluded.defects, points = points + excluded.points, rectified = rectified + excluded.rectified`);
  const insertCase = db.prepare(`insert into case_totals (year, case_number, procedure, user_id, unit_code, defects, points) values (?, ?, ?, ?, ?, ?, ?)
    on conflict do update set defects = defects + excluded.defects, points = points + excluded.points`);
  const insertPoints = db.prepare(`insert into case_points (year, case_number, points) values (?, ?, ?)
    on conflict do update set points = points + excluded.points`);
  db.transaction(() => {
    for (const [k, t] of totals) {
      const [year, month, unit, user, rule] = k.split('\u001f');
      insertTotal.run(Number(year), Number(month), unit, user, rule, t[0], t[1], t[2]);
    }
    const perCase = new Map<string, number>();
    for (const [k, c] of cases) {
      const [year, caseNumber, procedure, user, unit] = k.split('\u001f');
      insertCase.run(Number(year), caseNumber, procedure, user, unit, c[0], c[1]);
      perCase.set(`${year}\u001f${caseNumber}`, (perCase.get(`${year}\u001f${caseNumber}`) ?? 0) + c[1]);
    }
    for (const [k, points] of perCase) {
      const [year, caseNumber] = k.split('\u001f');
      insertPoints.run(Number(year), caseNumber, points);
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('analyze');
  db.close();
  return { events, defects };
}

async function latency(url: string, token: string, path: string, runs: number): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs + 5; i++) {
    const started = performance.now();
    const res = await fetch(`${url}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
    if (i >= 5) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

export default async function companionBench(): Promise<boolean> {
  const dataDir = mkdtempSync(join(tmpdir(), 'caselight-bench-'));
  const random = prng(42);
  let ok = true;
  try {
    const { prosecutors, adminToken, supervisorToken } = await setup(dataDir, 9, 8);
    let running = await startCompanion(dataDir);
    await measureIngest(running.url, prosecutors, 20, 4, random); // warm-up
    const rate = await measureIngest(running.url, prosecutors, 400, 4, random);
    await running.stop();
    const ingestOk = rate >= INGEST_FLOOR;
    ok &&= ingestOk;
    console.log(`ingest over HTTP (companion in its own process), SQLite, batches of 100, 4 clients: ${Math.round(rate).toLocaleString('en')} events/s (floor ${INGEST_FLOOR.toLocaleString('en')}) ${ingestOk ? 'ok' : 'BELOW FLOOR'}`);

    const genStarted = performance.now();
    const generated = bulkGenerate(join(dataDir, SQLITE_FILE), prosecutors, STORED_EVENTS, random);
    console.log(`bulk-generated ${generated.events.toLocaleString('en')} events (${generated.defects.toLocaleString('en')} defects, 2023–2025, ${prosecutors.length} prosecutors in 9 units) in ${((performance.now() - genStarted) / 1000).toFixed(1)} s`);

    const counting = await openStore({ dataDir });
    const stored = await counting.events.count();
    await counting.close();
    running = await startCompanion(dataDir);
    console.log(`stored events: ${stored.toLocaleString('en')}`);
    const checks: Array<[string, string, string, boolean]> = [];
    for (const groupBy of ['prosecutor', 'unit', 'rule', 'month', 'quarter']) {
      checks.push([`tallies ${groupBy} (admin)`, adminToken, `/api/v1/tallies?groupBy=${groupBy}&year=2024`, true]);
    }
    checks.push(['tallies prosecutor (supervisor, own unit)', supervisorToken, '/api/v1/tallies?groupBy=prosecutor&year=2024', true]);
    checks.push(['tallies rule (prosecutor, own)', prosecutors[0].token, '/api/v1/tallies?groupBy=rule&year=2024', true]);
    checks.push(['cases over threshold (admin)', adminToken, '/api/v1/cases/over-threshold?year=2024', false]);
    checks.push(['summary (admin)', adminToken, '/api/v1/summary?year=2024', false]);
    for (const [label, token, path, floored] of checks) {
      const { p50, p95 } = await latency(running.url, token, path, 100);
      const pass = p95 <= TALLY_P95_FLOOR_MS;
      if (floored) ok &&= pass;
      console.log(`${label.padEnd(44)} p50 ${p50.toFixed(1).padStart(6)} ms  p95 ${p95.toFixed(1).padStart(6)} ms  (floor ${TALLY_P95_FLOOR_MS} ms${floored ? '' : ', informative'}) ${pass ? 'ok' : floored ? 'ABOVE FLOOR' : 'above'}`);
    }
    const rateBig = await measureIngest(running.url, prosecutors, 100, 4, random);
    console.log(`ingest with ${stored.toLocaleString('en')} events stored: ${Math.round(rateBig).toLocaleString('en')} events/s (informative)`);
    await running.stop();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return ok;
}
