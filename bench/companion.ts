// Companion benchmark (`npx tsx scripts/bench.ts companion`), each figure against a baseline from the same run:
//  1. ingest over real HTTP into SQLite, batches of 100 events, 4 clients, against raw better-sqlite3
//     inserts of the same events into the same events table (prepared statement, one transaction
//     per batch, WAL + synchronous=FULL as the companion runs) — target ≥ 0.5 of raw;
//  2. with 1,000,000 stored events on province-sized data (100 units in 3 levels, 2,000 prosecutors,
//     every rule, 3 years; bulk-generated straight into the SQLite file through the same ledger
//     derivation), tallies p95 for every grouping in province, city and district scope, against the
//     p95 of GET /me (authentication + HTTP, the floor any request pays) in the same run — target
//     p95 ≤ 10 ms, judged as ≤ 10 ms ÷ 1 ms of baseline, i.e. ratio ≤ 10.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { SQLITE_FILE } from '../companion/db/connection.ts';
import { openStore } from '../companion/db/store.ts';
import type { DefectEvent } from '../shared/api/index.ts';
import { contribution, deriveDefects, normalizeInstant, type LedgerEvent } from '../shared/ledger/index.ts';
import { prng } from '../companion/demo/prng.ts';
import { ROLLUPS } from '../companion/db/migrations/008-rollups.ts';
import { rulesById } from '../shared/rules/index.ts';
import { judge, record } from './_report.ts';

const INGEST_RATIO_TARGET = 0.5;
/** Tallies p95 ≤ 10 ms where an authenticated trivial request (GET /me) takes 1 ms: ratio ≤ 10. */
const TALLY_RATIO_TARGET = 10;
const TALLY_TARGET_MS = 10;
const STORED_EVENTS = Number(process.env.CASELIGHT_BENCH_EVENTS ?? 1_000_000);

const RULES = [
  'notice-suspect-counsel-3d', 'notice-victim-agent-3d', 'prosecution-review-1m', 'plea-agreement-counsel-present',
  'arrest-review-police-detained-7d', 'family-notification-24h', 'interrogation-within-24h', 'prosecution-mandatory-interrogation',
  'plea-audio-video', 'legal-aid-mandatory-notice-3d', 'file-review-3-workdays', 'duty-lawyer-for-plea',
  'arrest-review-mandatory-interrogation', 'supplementary-investigation-limit-2', 'nonpros-service-7d-notice', 'custody-necessity-tracking',
];

/** Every rule of the catalogue, for the stored years' data. */
const ALL_RULES = [...rulesById.keys()];

interface Person { id: string; token: string; unitCode: string }

/** The province: 32 → 9 cities (3201…3209) → 10 districts each; 100 units in 3 levels. */
export function provinceUnits(): Array<{ code: string; name: string; parentCode?: string }> {
  const out: Array<{ code: string; name: string; parentCode?: string }> = [{ code: '32', name: '省院' }];
  for (let c = 1; c <= 9; c++) {
    const city = `32${String(c).padStart(2, '0')}`;
    out.push({ code: city, name: `市院${c}`, parentCode: '32' });
    for (let d = 1; d <= 10; d++) out.push({ code: `${city}${String(d).padStart(2, '0')}`, name: `区院${c}-${d}`, parentCode: city });
  }
  return out;
}

/**
 * Units, the people the bench signs in as (tokens: admin at the province, a city and a district
 * supervisor, `withTokens` prosecutors for ingest) — the other prosecutors are generated later.
 */
export async function setup(dataDir: string, withTokens: number) {
  const store = await openStore({ dataDir });
  const units = provinceUnits();
  for (const u of units) await store.units.add(u);
  const districts = units.filter((u) => u.code.length === 6);
  const prosecutors: Person[] = [];
  for (let p = 0; p < withTokens; p++) {
    const unitCode = districts[p % districts.length].code;
    const r = await store.users.add({ name: `检察官${p}`, role: 'prosecutor', unitCode });
    if (r.ok) prosecutors.push({ id: r.user.id, token: r.token, unitCode });
  }
  const admin = await store.users.add({ name: '管理员', role: 'admin', unitCode: '32' });
  const city = await store.users.add({ name: '市院部长', role: 'supervisor', unitCode: '3201' });
  const district = await store.users.add({ name: '区院部长', role: 'supervisor', unitCode: '320101' });
  await store.close();
  if (!admin.ok || !city.ok || !district.ok) throw new Error('setup');
  return { prosecutors, adminToken: admin.token, cityToken: city.token, districtToken: district.token, units };
}

/** One case's events for one prosecutor: a few rules red, some later green, some re-observed. */
function caseEvents(random: () => number, caseNumber: string, startMs: number, ruleIds: readonly string[] = RULES): DefectEvent[] {
  const out: DefectEvent[] = [];
  const procedure = random() < 0.6 ? 'prosecution-review' : 'arrest-review';
  const n = 2 + Math.floor(random() * 4);
  for (let r = 0; r < n; r++) {
    const ruleId = ruleIds[Math.floor(random() * ruleIds.length)];
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

interface Payload { who: Person; body: string; events: DefectEvent[] }

function ingestPayloads(prosecutors: Person[], batches: number, random: () => number, prefix: string): Payload[] {
  let serial = 0;
  const yearMs = Date.UTC(2025, 0, 1);
  const payloads: Payload[] = [];
  for (let b = 0; b < batches; b++) {
    const who = prosecutors[b % prosecutors.length];
    const events: DefectEvent[] = [];
    while (events.length < 100) events.push(...caseEvents(random, `${prefix}-${++serial}`, yearMs + Math.floor(random() * 150) * 86_400_000));
    const batch = events.slice(0, 100);
    payloads.push({ who, body: JSON.stringify({ events: batch }), events: batch });
  }
  return payloads;
}

async function measureIngest(url: string, payloads: readonly Payload[], concurrency: number): Promise<number> {
  let next = 0;
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
  return (payloads.length * 100) / ((performance.now() - started) / 1000);
}

/**
 * The raw baseline: the same events inserted with better-sqlite3 into the same (migrated) events
 * table, one prepared statement, one transaction per batch of 100, WAL + synchronous=FULL as the
 * companion runs. No parsing, booking, derivation, defects or totals: what the disk and SQLite allow.
 */
function rawIngest(file: string, payloads: readonly Payload[]): number {
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  const insert = db.prepare(`insert into events (id, kind, case_number, rule_id, rule_version, occurrence_key, light, points, due, observed_at, received_at,
    procedure, training, objection_reason, user_id, unit_code, demo, message_id, client_points) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, null, ?, ?, 0, null, ?)`);
  const batch = db.transaction((who: Person, events: readonly DefectEvent[], received: string) => {
    for (const e of events) {
      insert.run(e.id, e.kind, e.caseNumber, e.ruleId, e.ruleVersion, e.occurrenceKey, e.light, e.points, e.due ?? null,
        normalizeInstant(e.observedAt), received, e.procedure, who.id, who.unitCode, e.points);
    }
  });
  const started = performance.now();
  for (const p of payloads) batch(p.who, p.events, new Date().toISOString());
  const rate = (payloads.length * 100) / ((performance.now() - started) / 1000);
  db.close();
  return rate;
}

/**
 * Writes `total` events for the prosecutors straight into the SQLite file, with their defects and
 * pre-aggregated totals computed by the same derivation the companion uses (shared/ledger).
 */
export function bulkGenerate(
  file: string, signedIn: Person[], units: ReadonlyArray<{ code: string }>, allProsecutors: number, total: number, random: () => number,
): { events: number; defects: number; prosecutors: number } {
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -524288');
  // The other prosecutors, spread over every unit below the province (no tokens: nobody signs in as them).
  const below = units.filter((u) => u.code.length > 2);
  const insertUser = db.prepare(`insert into users (id, name, role, unit_code, token_hash, created_at, revoked_at, demo) values (?, ?, 'prosecutor', ?, ?, ?, null, 0)`);
  const prosecutors = [...signedIn];
  db.transaction(() => {
    for (let p = prosecutors.length; p < allProsecutors; p++) {
      const who = { id: randomUUID(), token: '', unitCode: below[p % below.length].code };
      insertUser.run(who.id, `检察官${p}`, who.unitCode, randomUUID(), new Date().toISOString());
      prosecutors.push(who);
    }
  })();
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
      const list = caseEvents(random, `GEN-${++serial}`, startMs + Math.floor(random() * spanDays) * 86_400_000, ALL_RULES)
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
    // The rollups (migration 008) rebuilt from the totals, as the migration backfills them.
    for (const r of ROLLUPS) {
      db.exec(`delete from ${r.table}`);
      db.exec(`insert into ${r.table} (year, unit_code, ${r.key}, defects, points, rectified, voided, voided_points)
        select year, unit_code, ${r.key}, sum(defects), sum(points), sum(rectified), sum(voided), sum(voided_points) from defect_totals group by year, unit_code, ${r.key}`);
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('analyze');
  db.close();
  return { events, defects, prosecutors: prosecutors.length };
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
  const rawDir = mkdtempSync(join(tmpdir(), 'caselight-bench-raw-'));
  const random = prng(42);
  let ok = true;
  try {
    const { prosecutors, adminToken, cityToken, districtToken, units } = await setup(dataDir, 16);
    // The raw baseline writes into a copy of the same ledger (same schema, same users).
    copyFileSync(join(dataDir, SQLITE_FILE), join(rawDir, SQLITE_FILE));

    // 1. Ingest: the same payloads over HTTP and raw; raw measured before and after HTTP, averaged.
    const payloads = ingestPayloads(prosecutors, 400, random, 'BENCH');
    const rawFile = join(rawDir, SQLITE_FILE);
    rawIngest(rawFile, ingestPayloads(prosecutors, 20, random, 'WARM'));
    const rawBefore = rawIngest(rawFile, payloads);
    // Warm up right before measuring: a keep-alive socket left idle longer than the server's
    // keep-alive timeout (while the raw baseline ran) is closed under the client's next request.
    let running = await startCompanion(dataDir);
    await measureIngest(running.url, ingestPayloads(prosecutors, 20, random, 'WARM'), 4);
    const http = await measureIngest(running.url, payloads, 4);
    await running.stop();
    const rawAfter = rawIngest(rawFile, payloads.map((p) => ({ ...p, events: p.events.map((e) => ({ ...e, id: randomUUID() })) })));
    const raw = (rawBefore + rawAfter) / 2;
    const ingestRatio = http / raw;
    record('ingest', 'httpPerSec', Math.round(http));
    record('ingest', 'rawPerSec', Math.round(raw));
    record('ingest', 'ratioToRaw', ingestRatio);
    ok = judge('ingest over HTTP vs raw better-sqlite3 inserts, SQLite, batches of 100, 4 clients', ingestRatio, { atLeast: INGEST_RATIO_TARGET },
      `HTTP ${Math.round(http).toLocaleString('en')} events/s, raw ${Math.round(raw).toLocaleString('en')} events/s (before ${Math.round(rawBefore).toLocaleString('en')}, after ${Math.round(rawAfter).toLocaleString('en')})`) && ok;

    // 2. Tallies on province-sized data.
    const genStarted = performance.now();
    const generated = bulkGenerate(join(dataDir, SQLITE_FILE), prosecutors, units, 2_000, STORED_EVENTS, random);
    console.log(`bulk-generated ${generated.events.toLocaleString('en')} events (${generated.defects.toLocaleString('en')} defects, 2023–2025, ${ALL_RULES.length} rules, ${generated.prosecutors.toLocaleString('en')} prosecutors in ${units.length} units, 3 levels) in ${((performance.now() - genStarted) / 1000).toFixed(1)} s`);
    const counting = await openStore({ dataDir });
    const stored = await counting.events.count();
    await counting.close();
    running = await startCompanion(dataDir);
    console.log(`stored events: ${stored.toLocaleString('en')}`);
    const checks: Array<[string, 'province' | 'city' | 'district' | 'own' | 'other', string, string]> = [];
    for (const groupBy of ['prosecutor', 'unit', 'rule', 'month', 'quarter']) {
      checks.push([`tallies ${groupBy} (admin, province)`, 'province', adminToken, `/api/v1/tallies?groupBy=${groupBy}&year=2024`]);
      checks.push([`tallies ${groupBy} (city supervisor)`, 'city', cityToken, `/api/v1/tallies?groupBy=${groupBy}&year=2024`]);
      checks.push([`tallies ${groupBy} (district supervisor)`, 'district', districtToken, `/api/v1/tallies?groupBy=${groupBy}&year=2024`]);
    }
    checks.push(['tallies rule (prosecutor, own)', 'own', prosecutors[0].token, '/api/v1/tallies?groupBy=rule&year=2024']);
    checks.push(['cases over threshold (admin)', 'other', adminToken, '/api/v1/cases/over-threshold?year=2024']);
    checks.push(['summary (admin)', 'other', adminToken, '/api/v1/summary?year=2024']);
    const worst: Record<string, number> = {};
    for (const [label, scope, token, path] of checks) {
      // The baseline next to each figure: GET /me as the same caller, same server, same moment.
      const base = await latency(running.url, token, '/api/v1/me', 60);
      const { p50, p95 } = await latency(running.url, token, path, 100);
      const ratio = p95 / Math.max(base.p95, 1);
      const detail = `p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, GET /me p95 ${base.p95.toFixed(1)} ms${p95 <= TALLY_TARGET_MS ? '' : ` (over ${TALLY_TARGET_MS} ms)`}`;
      if (scope === 'other') {
        console.log(`${label}: ${detail}; ratio ${ratio.toFixed(2)} (informative)`);
        continue;
      }
      worst[scope] = Math.max(worst[scope] ?? 0, p95);
      ok = judge(label, ratio, { atMost: TALLY_RATIO_TARGET }, detail) && ok;
    }
    record('tallies', 'provinceP95Ms', worst.province);
    record('tallies', 'cityP95Ms', worst.city);
    record('tallies', 'unitP95Ms', worst.district);
    record('tallies', 'ownP95Ms', worst.own);
    record('tallies', 'storedEvents', stored);
    const rateBig = await measureIngest(running.url, ingestPayloads(prosecutors, 100, random, 'BIG'), 4);
    record('ingest', 'httpPerSecAt1M', Math.round(rateBig));
    console.log(`ingest with ${stored.toLocaleString('en')} events stored: ${Math.round(rateBig).toLocaleString('en')} events/s (informative)`);
    await running.stop();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(rawDir, { recursive: true, force: true });
  }
  return ok;
}
