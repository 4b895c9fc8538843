// The load-and-fault oracle run (issue 13), shared by the short form in `npm test`
// (test/companion/scale/cluster-oracle.test.ts) and the long form in `npm run bench` (bench/cluster.ts).
//
// N companions on one PostgreSQL schema; simulated extensions, each its own prosecutor, spread over
// units, post their outboxes (observations, rectifications, re-observations, objections) in random
// order and random batches to random instances, two requests in flight each, so one prosecutor's
// batches are re-derived on different instances at once. A supervisor decides the objections while
// this goes on (accepted ones void their defect). Mid-run one instance is kill -9ed and restarted on
// its port, and every PostgreSQL connection of the cluster is dropped once (pg_terminate_backend).
// Clients resend whatever was not acknowledged. Afterwards the ledger must equal an oracle computed
// here from the acknowledged events and decisions alone, independently of the companion's code.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { openStore } from '../../../companion/db/store.ts';
import { prng } from '../../../companion/demo/prng.ts';
import { ledgerPeriod } from '../../../shared/ledger/index.ts';
import type { DefectEvent } from '../../../shared/api/index.ts';
import { rulesById } from '../../../shared/rules/index.ts';
import { roundRobin, startCluster, type Cluster } from '../../../scripts/cluster.ts';

/** Rules whose top red outcome books points, with that outcome and its points (the rule catalogue's defaults). */
const RULES = [
  'prosecution-review-1m', 'notice-suspect-counsel-3d', 'notice-victim-agent-3d', 'plea-agreement-counsel-present',
  'plea-audio-video', 'family-notification-24h', 'interrogation-within-24h', 'legal-aid-mandatory-notice-3d',
].map((ruleId) => {
  const rule = rulesById.get(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const [messageId, points] = Object.entries(rule.meta.messages)
    .filter(([, m]) => m.light === 'red')
    .map(([id]) => [id, rule.meta.points[id] ?? 0] as const)
    .reduce((a, b) => (b[1] > a[1] ? b : a));
  if (points <= 0) throw new Error(`rule ${ruleId} books nothing`);
  return { ruleId, messageId, points };
});

export interface OracleOptions {
  databaseUrl: string;
  /** Schema for this run (dropped afterwards); must contain "13" by this repo's convention for issue 13. */
  schema: string;
  instances: number;
  /** Simulated extensions (each its own prosecutor). */
  users: number;
  units: number;
  casesPerUser: number;
  /** Requests in flight per extension. */
  inFlight?: number;
  /** PostgreSQL connections per instance (the test server is shared: keep it small). */
  poolSize?: number;
  seed?: number;
  /** kill -9 one instance and restart it; drop every PostgreSQL connection once. */
  faults?: boolean;
  log?: (line: string) => void;
  /** EXTENSION POINT (issue 10, case activity): further traffic each simulated extension sends, with its own oracle. */
  extra?: ExtraTraffic[];
}

/**
 * EXTENSION POINT for more kinds of traffic (issue 10: POST /api/v1/case-activity). Each simulated
 * extension calls `plan` once, then sends each item like its events (to a random instance, resent
 * until acknowledged, through the faults); `check` compares the database with what was
 * acknowledged and answers the mismatches (empty when the ledger equals the oracle).
 */
export interface ExtraTraffic {
  name: string;
  plan(user: SimUser, random: () => number): Array<{ path: string; body: unknown }>;
  /** The answer that acknowledges an item (e.g. 200 or 201; a resent duplicate must be acknowledged too). */
  acknowledged(status: number, body: unknown): boolean;
  check(db: pg.Client, schema: string, acked: ReadonlyMap<string, Array<{ path: string; body: unknown }>>): Promise<string[]>;
}

export interface SimUser { id: string; token: string; unitCode: string }

export interface OracleReport {
  events: number;
  batches: number;
  defects: number;
  objections: number;
  voids: number;
  /** Answers that were not acknowledgements (connection refused/reset, 5xx, 429) and were resent. */
  retries: number;
  serverErrors: number;
  /** Requests that failed without an answer: connection refused or reset, or no answer in 30 s. */
  networkErrors: number;
  timeouts: number;
  /** Times two batches of one prosecutor were in flight at once on different instances. */
  crossInstanceOverlaps: number;
  /** Most advisory locks (per-user ledger locks) seen waiting at once, sampled. */
  maxWaitingAdvisoryLocks: number;
  faults: string[];
  seconds: number;
  eventsPerSecond: number;
  ingestP95Ms: number;
  mismatches: string[];
}

interface Finding { caseNumber: string; ruleId: string; occurrenceKey: string; procedure: string; points: number; messageId: string; objected: boolean; accept: boolean }

/** One prosecutor's findings and the events their extension would send for them. */
function planUser(random: () => number, user: SimUser, u: number, cases: number): { findings: Finding[]; events: DefectEvent[] } {
  const findings: Finding[] = [];
  const events: DefectEvent[] = [];
  const day = 86_400_000;
  for (let c = 0; c < cases; c++) {
    const caseNumber = `苏检刑诉受〔2025〕${u * 1000 + c + 1}号`;
    const procedure = 'prosecution-review';
    // Early in a month, so all the red observations of a finding fall in one ledger month (a defect's
    // month is that of the red observation that arrives first, and the outbox sends in no set order).
    const start = Date.UTC(2025, 2 + Math.floor(random() * 8), 1 + Math.floor(random() * 15));
    const n = 1 + Math.floor(random() * 3);
    const rules = [...RULES].sort(() => random() - 0.5).slice(0, n);
    for (const r of rules) {
      const occurrenceKey = new Date(start).toISOString().slice(0, 10);
      const base = { caseNumber, ruleId: r.ruleId, ruleVersion: 1, occurrenceKey, procedure, training: false } as const;
      const at = (d: number) => new Date(start + d * day + 3_600_000).toISOString();
      if (random() < 0.12) {
        // Yellow only: never a defect.
        events.push({ ...base, id: randomUUID(), kind: 'observed', light: 'yellow', points: 0, observedAt: at(0) });
        continue;
      }
      const red = { ...base, kind: 'observed' as const, light: 'red' as const, messageId: r.messageId, points: r.points };
      events.push({ ...red, id: randomUUID(), observedAt: at(1) });
      if (random() < 0.3) events.push({ ...red, id: randomUUID(), observedAt: at(2) }); // seen again, still red
      const objected = random() < 0.25;
      if (objected) {
        events.push({ ...red, id: randomUUID(), kind: 'objected', observedAt: at(3), objectionReason: '已在法定期限内完成，系统未同步 (load test)' });
      }
      if (random() < 0.5) {
        events.push({ ...base, id: randomUUID(), kind: 'rectified', light: 'green', points: 0, observedAt: at(5) });
        if (random() < 0.3) events.push({ ...red, id: randomUUID(), observedAt: at(8) }); // red again after the fix
      }
      findings.push({ caseNumber, ruleId: r.ruleId, occurrenceKey, procedure, points: r.points, messageId: r.messageId, objected, accept: random() < 0.5 });
    }
  }
  return { findings, events };
}

/** Splits into batches of 1–20 in a random order (an outbox sends what it has, in no promised order). */
function batchesOf<T>(random: () => number, items: T[]): T[][] {
  const shuffled = [...items].sort(() => random() - 0.5);
  const out: T[][] = [];
  for (let i = 0; i < shuffled.length;) {
    const n = 1 + Math.floor(random() * 20);
    out.push(shuffled.slice(i, i + n));
    i += n;
  }
  return out;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

export async function runOracle(options: OracleOptions): Promise<OracleReport> {
  const log = options.log ?? (() => {});
  const random = prng(options.seed ?? 13);
  const appName = `${options.schema}_app`.slice(0, 60);
  const url = new URL(options.databaseUrl);
  url.searchParams.set('application_name', appName);
  const clusterUrl = url.toString();
  const admin = new pg.Client({ connectionString: options.databaseUrl });
  await admin.connect();
  let cluster: Cluster | undefined;
  const faults: string[] = [];
  try {
    // Units and accounts, as an administrator would make them with `npm run companion -- users add`.
    const store = await openStore({ dataDir: '/nonexistent', databaseUrl: options.databaseUrl, pgSchema: options.schema, poolSize: 2 });
    const users: SimUser[] = [];
    let supervisorToken: string;
    try {
      await store.units.add({ code: '3201', name: '市院' });
      for (let u = 1; u <= options.units; u++) await store.units.add({ code: `3201${String(u).padStart(2, '0')}`, name: `区院${u}`, parentCode: '3201' });
      for (let i = 0; i < options.users; i++) {
        const unitCode = `3201${String((i % options.units) + 1).padStart(2, '0')}`;
        const r = await store.users.add({ name: `检察官${i}`, role: 'prosecutor', unitCode });
        if (!r.ok) throw new Error(r.code);
        users.push({ id: r.user.id, token: r.token, unitCode });
      }
      const sup = await store.users.add({ name: '市院督察', role: 'supervisor', unitCode: '3201' });
      if (!sup.ok) throw new Error(sup.code);
      supervisorToken = sup.token;
    } finally {
      await store.close();
    }

    const plans = users.map((user, u) => ({ user, ...planUser(random, user, u, options.casesPerUser) }));
    const totalEvents = plans.reduce((n, p) => n + p.events.length, 0);
    log(`${options.users} extensions, ${totalEvents} events, ${options.instances} instances`);

    cluster = await startCluster(options.instances, {
      databaseUrl: clusterUrl, schema: options.schema,
      env: { CASELIGHT_DEMO: '0', CASELIGHT_RATE_LIMIT: '1000000', CASELIGHT_MAX_OPEN_OBJECTIONS: '100000', CASELIGHT_DB_POOL_SIZE: String(options.poolSize ?? 4), CASELIGHT_LOG_LEVEL: 'warn' },
    });
    const live = cluster;

    let ackedEvents = 0;
    let batches = 0;
    let retries = 0;
    let serverErrors = 0;
    let networkErrors = 0;
    let timeouts = 0;
    let overlaps = 0;
    const latencies: number[] = [];
    const inFlightAt = new Map<string, Set<string>>(); // user → instances with a batch of theirs in flight
    const started = performance.now();

    /** One POST, resent (to the next instance) until acknowledged; 4xx other than 429 is a test failure. */
    async function send(user: SimUser, path: string, body: unknown, spread: { next(): string }, ok: (status: number, json: unknown) => boolean): Promise<unknown> {
      for (let attempt = 0; ; attempt++) {
        const base = spread.next();
        const busy = inFlightAt.get(user.id) ?? new Set<string>();
        inFlightAt.set(user.id, busy);
        if ([...busy].some((b) => b !== base)) overlaps++;
        busy.add(base);
        const t0 = performance.now();
        try {
          const res = await fetch(`${base}${path}`, {
            method: 'POST', body: JSON.stringify(body), signal: AbortSignal.timeout(30_000),
            headers: { Authorization: `Bearer ${user.token}`, 'Content-Type': 'application/json' },
          });
          const json: unknown = await res.json().catch(() => undefined);
          if (ok(res.status, json)) {
            if (path === '/api/v1/events') latencies.push(performance.now() - t0);
            return json;
          }
          if (res.status >= 500) serverErrors++;
          else if (res.status !== 429) throw new Error(`${path} answered ${res.status}: ${JSON.stringify(json)}`);
        } catch (err) {
          if (err instanceof Error && err.message.includes(' answered ')) throw err;
          if (err instanceof Error && err.name === 'TimeoutError') timeouts++;
          else networkErrors++;
        } finally {
          busy.delete(base);
        }
        retries++;
        if (attempt > 200) throw new Error(`${path} never acknowledged`);
        await new Promise((r) => setTimeout(r, 20 + Math.floor(Math.random() * 80)));
      }
    }

    // The faults, at a third and at two thirds of the events acknowledged.
    let crashed = false;
    let terminated = false;
    let restart: Promise<unknown> | undefined;
    const maybeFault = () => {
      if (!options.faults) return;
      if (!crashed && ackedEvents >= totalEvents / 3) {
        crashed = true;
        const victim = options.instances > 1 ? 1 : 0;
        restart = (async () => {
          await live.crash(victim);
          faults.push(`kill -9 instance ${victim} at ${ackedEvents}/${totalEvents} events`);
          log(faults[faults.length - 1]);
          await new Promise((r) => setTimeout(r, 500));
          await live.restart(victim);
          faults.push(`instance ${victim} restarted on its port after ${Math.round(performance.now() - started)} ms of the run`);
          log(faults[faults.length - 1]);
        })();
      }
      if (!terminated && ackedEvents >= (2 * totalEvents) / 3) {
        terminated = true;
        void admin.query(`select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where application_name = $1 and pid <> pg_backend_pid()`, [appName])
          .then((r) => {
            faults.push(`pg_terminate_backend: ${(r.rows[0] as { n: number }).n} connections dropped at ${ackedEvents}/${totalEvents} events`);
            log(faults[faults.length - 1]);
          });
      }
    };

    // Per-user advisory locks waiting, sampled while the run goes on (evidence the lock is contended across instances).
    let maxWaiting = 0;
    let sampling = true;
    const sampler = (async () => {
      const probe = new pg.Client({ connectionString: options.databaseUrl });
      await probe.connect();
      try {
        while (sampling) {
          const r = await probe.query(`select count(*)::int as n from pg_locks l join pg_stat_activity a on a.pid = l.pid
            where l.locktype = 'advisory' and not l.granted and a.application_name = $1`, [appName]);
          maxWaiting = Math.max(maxWaiting, (r.rows[0] as { n: number }).n);
          await new Promise((res) => setTimeout(res, 50));
        }
      } finally { await probe.end(); }
    })();

    // The supervisor decides pending objections as they appear; accepted ones void their defect.
    const decided = new Map<string, 'accept' | 'reject'>(); // finding key (user/case/rule/occ) → acknowledged decision
    const wanted = new Map<string, boolean>();
    for (const p of plans) for (const f of p.findings) if (f.objected) wanted.set(`${p.user.id}\u001f${f.caseNumber}\u001f${f.ruleId}\u001f${f.occurrenceKey}`, f.accept);
    const supervisor: SimUser = { id: 'supervisor', token: supervisorToken, unitCode: '3201' };
    let ingesting = true;
    const decide = async () => {
      const spread = roundRobin(() => live.urls(), 1);
      while (true) {
        let page: { objections: Array<{ id: string; userId: string; caseNumber: string; ruleId: string; occurrenceKey: string }> } | undefined;
        try {
          const res = await fetch(`${spread.next()}/api/v1/objections?status=pending&limit=200`, { headers: { Authorization: `Bearer ${supervisorToken}` }, signal: AbortSignal.timeout(30_000) });
          if (res.status === 200) page = await res.json() as typeof page;
        } catch { /* an instance down: ask the next */ }
        for (const o of page?.objections ?? []) {
          const key = `${o.userId}\u001f${o.caseNumber}\u001f${o.ruleId}\u001f${o.occurrenceKey}`;
          const accept = wanted.get(key);
          if (accept === undefined) throw new Error(`objection to an unplanned finding: ${key}`);
          const decision = accept ? 'accepted' : 'rejected';
          // A resent decision finds it decided (409 already-decided): only this supervisor decides, so that is ours.
          await send(supervisor, `/api/v1/objections/${o.id}/decision`, { decision, reason: '负载测试的审查意见 (load test decision)' }, spread,
            (status, json) => status === 200 || (status === 409 && (json as { error?: string } | undefined)?.error === 'conflict'));
          decided.set(key, accept ? 'accept' : 'reject');
        }
        if (!ingesting && (page?.objections.length ?? 1) === 0) return;
        await new Promise((r) => setTimeout(r, ingesting ? 300 : 50));
      }
    };
    const supervising = decide();

    // The extensions.
    const extraAcked = new Map<string, Array<{ path: string; body: unknown }>>();
    await Promise.all(plans.map(async (p, u) => {
      const queue = batchesOf(random, p.events);
      const spread = roundRobin(() => live.urls(), u);
      const worker = async () => {
        for (let batch = queue.shift(); batch; batch = queue.shift()) {
          await send(p.user, '/api/v1/events', { events: batch }, { next: () => live.urls()[Math.floor(Math.random() * live.urls().length)] }, (status, json) => {
            if (status !== 200) return false;
            const r = json as { accepted: number; duplicates: number; rejected: unknown[] };
            if (r.rejected.length > 0) throw new Error(`events refused: ${JSON.stringify(r.rejected)}`);
            return true;
          });
          ackedEvents += batch.length;
          batches++;
          maybeFault();
        }
      };
      await Promise.all(Array.from({ length: options.inFlight ?? 2 }, worker));
      // EXTENSION POINT (issue 10, case activity): each extension's further traffic, through the same faults.
      for (const extra of options.extra ?? []) {
        for (const item of extra.plan(p.user, random)) {
          await send(p.user, item.path, item.body, spread, (s, j) => extra.acknowledged(s, j));
          const list = extraAcked.get(extra.name) ?? [];
          list.push(item);
          extraAcked.set(extra.name, list);
        }
      }
    }));
    const seconds = (performance.now() - started) / 1000;
    ingesting = false;
    await restart;
    await supervising;
    sampling = false;
    await sampler;
    log(`ingest done in ${seconds.toFixed(1)} s; checking the ledger against the oracle`);

    const mismatches = await compare(admin, options.schema, plans, decided);
    // Every instance lived through the faults (only the one killed on purpose was restarted), and is ready.
    for (const x of live.instances) {
      if (!x.alive()) mismatches.push(`instance ${x.index} died during the run: ${x.output().slice(-800)}`);
      else if ((await fetch(`${x.url}/readyz`)).status !== 200) mismatches.push(`instance ${x.index} is not ready after the run`);
    }
    for (const extra of options.extra ?? []) mismatches.push(...(await extra.check(admin, options.schema, extraAcked)).map((m) => `${extra.name}: ${m}`));
    const objections = [...wanted.keys()].length;
    return {
      events: totalEvents, batches, defects: plans.reduce((n, p) => n + p.findings.length, 0), objections,
      voids: [...decided.values()].filter((d) => d === 'accept').length,
      retries, serverErrors, networkErrors, timeouts, crossInstanceOverlaps: overlaps, maxWaitingAdvisoryLocks: maxWaiting, faults, seconds,
      eventsPerSecond: totalEvents / seconds, ingestP95Ms: percentile(latencies, 95), mismatches,
    };
  } finally {
    await cluster?.stop();
    await admin.query(`drop schema if exists ${options.schema} cascade`).catch(() => {});
    await admin.end();
  }
}

type Plans = Array<{ user: SimUser; findings: Finding[]; events: DefectEvent[] }>;

/** The ledger against the oracle: every mismatch, described (empty when they agree). */
async function compare(db: pg.Client, schema: string, plans: Plans, decided: ReadonlyMap<string, 'accept' | 'reject'>): Promise<string[]> {
  const out: string[] = [];
  const q = async <T>(text: string) => (await db.query(text.replaceAll('$s.', `${schema}.`))).rows as T[];

  // Events: exactly the acknowledged ones, once each.
  const stored = await q<{ user_id: string; id: string }>(`select user_id, id from $s.events`);
  const expectedEvents = new Set(plans.flatMap((p) => p.events.map((e) => `${p.user.id}/${e.id}`)));
  const storedSet = new Set(stored.map((r) => `${r.user_id}/${r.id}`));
  if (stored.length !== storedSet.size) out.push(`events: ${stored.length - storedSet.size} stored twice`);
  if (storedSet.size !== expectedEvents.size) out.push(`events: ${storedSet.size} stored, ${expectedEvents.size} acknowledged`);
  for (const k of expectedEvents) if (!storedSet.has(k)) { out.push(`event ${k} acknowledged but not stored`); break; }

  // Defects: one per finding that turned red; its points, rectification, void, year.
  interface Expected { points: number; rectified: boolean; voided: boolean; year: number; unit: string; user: string; caseNumber: string; procedure: string; ruleId: string; month: number }
  const expected = new Map<string, Expected>();
  for (const p of plans) {
    for (const f of p.findings) {
      const key = `${p.user.id}\u001f${f.caseNumber}\u001f${f.ruleId}\u001f${f.occurrenceKey}`;
      const mine = p.events.filter((e) => e.caseNumber === f.caseNumber && e.ruleId === f.ruleId && e.occurrenceKey === f.occurrenceKey);
      const verdicts = mine.filter((e) => e.light === 'red' || e.light === 'green').sort((a, b) => a.observedAt.localeCompare(b.observedAt));
      const firstRed = verdicts.find((e) => e.light === 'red') as DefectEvent;
      const period = ledgerPeriod(firstRed.observedAt);
      expected.set(key, {
        points: f.points, rectified: verdicts[verdicts.length - 1].light === 'green', voided: decided.get(key) === 'accept',
        year: period.year, month: period.month, unit: p.user.unitCode, user: p.user.id, caseNumber: f.caseNumber, procedure: f.procedure, ruleId: f.ruleId,
      });
    }
  }
  const defects = await q<{ id: string; user_id: string; case_number: string; rule_id: string; occurrence_key: string; points: number; rectified_at: string | null; voided: number; year: number; unit_code: string }>(
    `select id, user_id, case_number, rule_id, occurrence_key, points, rectified_at, voided, year, unit_code from $s.defects`);
  if (defects.length !== expected.size) out.push(`defects: ${defects.length} in the ledger, ${expected.size} in the oracle`);
  const seen = new Set<string>();
  for (const d of defects) {
    const key = `${d.user_id}\u001f${d.case_number}\u001f${d.rule_id}\u001f${d.occurrence_key}`;
    if (seen.has(key)) out.push(`defect ${key} booked twice`);
    seen.add(key);
    const e = expected.get(key);
    if (!e) { out.push(`defect ${key} not in the oracle`); continue; }
    const got = { points: d.points, rectified: d.rectified_at !== null, voided: d.voided === 1, year: d.year, unit: d.unit_code };
    const want = { points: e.points, rectified: e.rectified, voided: e.voided, year: e.year, unit: e.unit };
    if (JSON.stringify(got) !== JSON.stringify(want)) out.push(`defect ${key}: ${JSON.stringify(got)}, oracle ${JSON.stringify(want)}`);
  }

  // Objections: one per objected finding; accepted or rejected as decided, none left pending.
  const objections = await q<{ user_id: string; case_number: string; rule_id: string; occurrence_key: string; status: string }>(
    `select d.user_id, d.case_number, d.rule_id, d.occurrence_key, o.status from $s.objections o join $s.defects d on d.id = o.defect_id`);
  const byKey = new Map<string, string[]>();
  for (const o of objections) {
    const key = `${o.user_id}\u001f${o.case_number}\u001f${o.rule_id}\u001f${o.occurrence_key}`;
    byKey.set(key, [...(byKey.get(key) ?? []), o.status]);
  }
  const objected = plans.flatMap((p) => p.findings.filter((f) => f.objected).map((f) => `${p.user.id}\u001f${f.caseNumber}\u001f${f.ruleId}\u001f${f.occurrenceKey}`));
  if (objections.length !== objected.length) out.push(`objections: ${objections.length} filed, ${objected.length} in the oracle`);
  for (const key of objected) {
    const want = decided.get(key) === 'accept' ? 'accepted' : decided.get(key) === 'reject' ? 'rejected' : 'undecided';
    const got = byKey.get(key) ?? [];
    if (got.length !== 1 || got[0] !== want) out.push(`objection ${key}: ${JSON.stringify(got)}, oracle ${want}`);
  }

  // Pre-aggregated totals: per prosecutor and rule (defect_totals), per case (case_totals, case_points).
  const sum = <K extends string>(keyOf: (e: Expected) => K) => {
    const m = new Map<K, { defects: number; points: number; rectified: number; voided: number; voidedPoints: number }>();
    for (const e of expected.values()) {
      const t = m.get(keyOf(e)) ?? { defects: 0, points: 0, rectified: 0, voided: 0, voidedPoints: 0 };
      t.defects++;
      t.points += e.voided ? 0 : e.points;
      t.rectified += e.rectified ? 1 : 0;
      t.voided += e.voided ? 1 : 0;
      t.voidedPoints += e.voided ? e.points : 0;
      m.set(keyOf(e), t);
    }
    return m;
  };
  const compareTotals = (what: string, got: Map<string, object>, want: Map<string, object>) => {
    let bad = 0;
    for (const [k, w] of want) {
      const g = got.get(k);
      if (JSON.stringify(g) !== JSON.stringify(w)) { if (bad++ < 5) out.push(`${what} ${k}: ${JSON.stringify(g)}, oracle ${JSON.stringify(w)}`); }
    }
    for (const k of got.keys()) if (!want.has(k)) { if (bad++ < 5) out.push(`${what} ${k}: in the ledger, not in the oracle`); }
    if (bad > 5) out.push(`${what}: ${bad} mismatches in all`);
  };
  const totals = await q<{ year: number; month: number; unit_code: string; user_id: string; rule_id: string; defects: number; points: number; rectified: number; voided: number; voided_points: number }>(
    `select year, month, unit_code, user_id, rule_id, defects, points, rectified, voided, voided_points from $s.defect_totals
     where defects <> 0 or points <> 0 or rectified <> 0 or voided <> 0 or voided_points <> 0`);
  compareTotals('defect_totals',
    new Map(totals.map((t) => [`${t.year}/${t.month}/${t.unit_code}/${t.user_id}/${t.rule_id}`,
      { defects: t.defects, points: t.points, rectified: t.rectified, voided: t.voided, voidedPoints: t.voided_points }])),
    sum((e) => `${e.year}/${e.month}/${e.unit}/${e.user}/${e.ruleId}`));
  const cases = await q<{ year: number; case_number: string; procedure: string; user_id: string; unit_code: string; defects: number; points: number }>(
    `select year, case_number, procedure, user_id, unit_code, defects, points from $s.case_totals where defects <> 0 or points <> 0`);
  const wantCases = new Map([...sum((e) => `${e.year}/${e.caseNumber}/${e.procedure}/${e.user}/${e.unit}`)].map(([k, t]) => [k, { defects: t.defects, points: t.points }]));
  compareTotals('case_totals', new Map(cases.map((c) => [`${c.year}/${c.case_number}/${c.procedure}/${c.user_id}/${c.unit_code}`, { defects: c.defects, points: c.points }])), wantCases);
  const casePoints = await q<{ year: number; case_number: string; points: number }>(`select year, case_number, points from $s.case_points where points <> 0`);
  const wantPoints = new Map([...sum((e) => `${e.year}/${e.caseNumber}`)].filter(([, t]) => t.points !== 0).map(([k, t]) => [k, { points: t.points }]));
  compareTotals('case_points', new Map(casePoints.map((c) => [`${c.year}/${c.case_number}`, { points: c.points }])), wantPoints);
  return out;
}
