// Concurrent quarterly XLSX exports (issue 16): 40 people export a quarter of 20,000 defects at
// once from the companion (its own process, SQLite). Floors: the companion's resident memory stays
// under 400 MB and /healthz answers within 200 ms throughout. Each figure is printed beside its
// baseline from the same run: memory and /healthz latency idle, and one export alone.
// Run: npx tsx scripts/bench.ts exports
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { openStore } from '../companion/db/store.ts';
import { prng } from '../companion/demo/prng.ts';
import { startCompanion } from './companion.ts';
import { rules } from '../shared/rules/index.ts';

const ROWS = 20_000;
const CONCURRENT = 40;
const RSS_FLOOR_MB = 400;
const HEALTHZ_FLOOR_MS = 200;
const YEAR = 2025;
const QUARTER = 2;

/** A city unit, 8 districts with 25 prosecutors each, and ROWS defects first seen in the quarter. */
export async function seed(dataDir: string): Promise<string> {
  const store = await openStore({ dataDir });
  const random = prng(160);
  await store.units.add({ code: '3201', name: '南京市人民检察院' });
  const people: Array<{ id: string; unit: string }> = [];
  for (let d = 1; d <= 8; d++) {
    const unit = `32010${d}`;
    await store.units.add({ code: unit, name: `南京市第${d}区人民检察院`, parentCode: '3201' });
    for (let p = 1; p <= 25; p++) {
      const r = await store.users.add({ name: `检察官${d}-${String(p).padStart(2, '0')}`, role: 'prosecutor', unitCode: unit });
      if (r.ok) people.push({ id: r.user.id, unit });
    }
  }
  const admin = await store.users.add({ name: '基准管理员', role: 'admin', unitCode: '3201' });
  if (!admin.ok) throw new Error(admin.code);
  const withPoints = rules.filter((r) => Object.keys(r.meta.points).length > 0);
  const start = Date.parse(`${YEAR}-04-01T00:00:00+08:00`);
  const span = Date.parse(`${YEAR}-07-01T00:00:00+08:00`) - start - 3_600_000;
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const who = people[Math.floor(random() * people.length)];
    const rule = withPoints[Math.floor(random() * withPoints.length)];
    const observed = new Date(start + Math.floor(random() * span));
    const month = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', month: 'numeric' }).format(observed));
    return {
      id: randomUUID(), user_id: who.id, unit_code: who.unit, case_number: `苏检刑诉受〔${YEAR}〕${String(100000 + Math.floor(i / 3)).padStart(6, '0')}号`,
      rule_id: rule.meta.id, occurrence_key: `${YEAR}-0${month}-${String(1 + (i % 28)).padStart(2, '0')}#${i}`, rule_version: 1,
      procedure: 'prosecution-review', points: Object.values(rule.meta.points)[0], due: null, first_observed_at: observed.toISOString(),
      year: YEAR, month, source_event_id: randomUUID(), rectified_at: random() < 0.5 ? new Date(observed.getTime() + 86_400_000).toISOString() : null,
      voided: 0, void_reason: null, voided_at: null, demo: 0,
    };
  });
  // Straight into the defects table (the report reads defects, users, units and objections only).
  await store.db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 500) await trx.insertInto('defects').values(rows.slice(i, i + 500)).execute();
  });
  await store.close();
  return admin.token;
}

/** Resident memory of a process in MB (Linux /proc). */
function rssMb(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** Samples the resident memory every 20 ms until stopped; answers the highest seen. */
function watchMemory(pid: number): { stop(): number } {
  let peak = rssMb(pid);
  const timer = setInterval(() => { peak = Math.max(peak, rssMb(pid)); }, 20);
  return { stop() { clearInterval(timer); return Math.max(peak, rssMb(pid)); } };
}

/**
 * /healthz round trips, one after another every `gapMs`, from a process of their own: the process
 * downloading 40 workbooks has pauses of its own (up to 300 ms of garbage collection were seen) that
 * would otherwise be counted against the companion. Answers the latencies once `until` settles, or
 * after `count` requests.
 */
async function healthz(url: string, options: { count?: number; until?: Promise<unknown>; gapMs?: number }): Promise<number[]> {
  const script = `
    const url = ${JSON.stringify(`${url}/healthz`)}, count = ${options.count ?? -1}, gap = ${options.gapMs ?? 0};
    let stop = false; process.on('SIGTERM', () => { stop = true; });
    (async () => {
      for (let n = 0; !stop && n !== count; n++) {
        const t0 = performance.now();
        const res = await fetch(url); await res.arrayBuffer();
        if (res.status !== 200) { console.error('/healthz answered ' + res.status); process.exit(1); }
        process.stdout.write((performance.now() - t0).toFixed(3) + '\\n');
        if (gap) await new Promise((r) => setTimeout(r, gap));
      }
    })().then(() => process.exit(0));`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (options.until) {
    await options.until.catch(() => {});
    child.kill('SIGTERM');
  }
  const code = await exited;
  if (code !== 0 && code !== null) throw new Error(`/healthz prober exited with ${code}`);
  return out.trim().split('\n').filter(Boolean).map(Number);
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

/** One export; keeps the bytes only when asked (the 40 concurrent ones are counted, not held, so the
 * client's own memory and garbage collection stay out of the /healthz figures). */
async function exportOnce(url: string, token: string, keep = false): Promise<{ bytes?: Buffer; size: number; ms: number }> {
  const t0 = performance.now();
  const res = await fetch(`${url}/api/v1/reports/quarterly?year=${YEAR}&quarter=${QUARTER}&format=xlsx`, { headers: { Authorization: `Bearer ${token}` } });
  if (res.status !== 200) throw new Error(`export answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (keep) chunks.push(Buffer.from(chunk));
  }
  return { ...(keep ? { bytes: Buffer.concat(chunks) } : {}), size, ms: performance.now() - t0 };
}

export default async function exportsBench(): Promise<boolean> {
  const dataDir = mkdtempSync(join(tmpdir(), 'caselight-bench-exports-'));
  let running: Awaited<ReturnType<typeof startCompanion>> | undefined;
  try {
    const token = await seed(dataDir);
    running = await startCompanion(dataDir);
    const { url, pid } = running;

    // Baselines: idle memory and /healthz, then one export on its own.
    await healthz(url, { count: 50 });
    const idleRss = rssMb(pid);
    const idleHealth = await healthz(url, { count: 200, gapMs: 5 });
    const single = watchMemory(pid);
    const one = await exportOnce(url, token, true);
    const singlePeak = single.stop();

    // 40 at once, /healthz asked all the while.
    const memory = watchMemory(pid);
    const t0 = performance.now();
    const all = Promise.all(Array.from({ length: CONCURRENT }, () => exportOnce(url, token)));
    const [results, busyHealth] = await Promise.all([all, healthz(url, { until: all, gapMs: 10 })]);

    const wall = performance.now() - t0;
    const peak = memory.stop();
    const hwm = rssMb(pid, 'VmHWM');
    const sizes = results.map((r) => r.size);
    if (Math.min(...sizes) < one.size * 0.9) throw new Error(`an export came back short: ${Math.min(...sizes)} bytes vs ${one.size}`);
    // The workbook is complete: every row is there (parsed after the measurements, in this process).
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(one.bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
    const rowCount = wb.worksheets[0].rowCount - 1;
    if (rowCount !== ROWS) throw new Error(`the export has ${rowCount} rows, expected ${ROWS}`);

    const rssOk = peak < RSS_FLOOR_MB && hwm < RSS_FLOOR_MB;
    const healthOk = Math.max(...busyHealth) < HEALTHZ_FLOOR_MS;
    console.log(`ledger: ${ROWS.toLocaleString('en')} defects in ${YEAR} Q${QUARTER}, 200 prosecutors in 8 units (SQLite); companion in its own process`);
    console.log(`one export alone: ${ms(one.ms)}, ${(one.size / 1024).toFixed(0)} KB, ${rowCount.toLocaleString('en')} rows; resident memory ${singlePeak.toFixed(0)} MB`);
    console.log(`${CONCURRENT} exports at once: all ${results.length} complete in ${(wall / 1000).toFixed(1)} s = ${(wall / one.ms).toFixed(1)}× one export alone (2 at a time in export worker threads, the rest queue)`);
    console.log(`resident memory: idle ${idleRss.toFixed(0)} MB → peak ${peak.toFixed(0)} MB while ${CONCURRENT} export (${(peak / idleRss).toFixed(2)}× idle; high-water mark ${hwm.toFixed(0)} MB) — floor < ${RSS_FLOOR_MB} MB ${rssOk ? 'met' : 'NOT MET'}`);
    console.log(`/healthz idle: p50 ${ms(pct(idleHealth, 50))}, p95 ${ms(pct(idleHealth, 95))}, max ${ms(Math.max(...idleHealth))} (${idleHealth.length} requests)`);
    console.log(`/healthz during: p50 ${ms(pct(busyHealth, 50))} (${(pct(busyHealth, 50) / pct(idleHealth, 50)).toFixed(1)}× idle), p95 ${ms(pct(busyHealth, 95))} (${(pct(busyHealth, 95) / pct(idleHealth, 95)).toFixed(1)}× idle), max ${ms(Math.max(...busyHealth))} (${busyHealth.length} requests) — floor max < ${HEALTHZ_FLOOR_MS} ms ${healthOk ? 'met' : 'NOT MET'}`);
    return rssOk && healthOk;
  } finally {
    await running?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
