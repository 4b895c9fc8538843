// Overlay benchmark (`npx tsx scripts/bench.ts overlay`): in Chromium with the built extension, a
// generated case form of 200 fields mapped by an adapter and checked against the full rule
// catalogue; time from an input event to updated lights (performance marks `caselight:input` →
// `caselight:rendered`, read back in the page), p95 ≤ 16 ms; and the content script's size, gzip -9:
// the bootstrap every frame of a covered host gets (content-scripts/caselight.js, ≤ 40 KB), the
// checker (checker.js, what the one file was before the split: ≤ 60 KB) and the whole of it where an
// adapter matches (bootstrap + checker, its ratio to issue 17's 51.9 KB ceiling printed). Builds the extension first (set CASELIGHT_BENCH_NO_BUILD=1 to reuse .output).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { addDays } from '../shared/calendar/index.ts';
import { FIELDS, type FieldDef } from '../shared/case/fields.ts';
import { fieldLabel } from '../shared/case/field-text.ts';
import { rules } from '../shared/rules/index.ts';
import { extensionDir, launchWithExtension } from '../test/e2e/harness.ts';
import { overlayCount } from '../test/e2e/pierce.ts';
import { judge, record } from './_report.ts';

const P95_FLOOR_MS = 16;
const BUNDLE_FLOOR_KB = 60;
/** Issue 12 item 3: what a frame without an adapter match loads. */
const BOOTSTRAP_TARGET_KB = 40;
/** Issue 17's must-show: the content script before the bootstrap split (one file, 51.9 KB gzipped). */
const ISSUE17_CEILING_KB = 51.9;
const FIELD_COUNT = 200;
const ITERATIONS = 120;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** A plausible value for each registry field of a prosecution-review case (Chinese spellings). */
function valueFor(f: FieldDef, today: string): string {
  const day = (n: number) => addDays(today, n).replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日');
  switch (f.type) {
    case 'date':
      return f.id === 'suspectBirthDate' ? '1990年1月1日' : day(-10);
    case 'datetime':
      return `${day(-40)} 10时00分`;
    case 'boolean':
      return f.id === 'inCustody' || f.id === 'hasVictim' ? '是' : '否';
    case 'number':
      return '0';
    case 'enum':
      return f.id === 'procedure' ? '审查起诉' : Object.values(f.values ?? {})[0]?.zh ?? '';
    case 'text':
      return f.id === 'caseNumber' ? '基准检刑诉〔2025〕1号' : `文本${f.id}`;
  }
}

function generate(today: string) {
  const mapped = FIELDS as readonly FieldDef[];
  const rows: string[] = [];
  const fields: Record<string, { label: string }> = {};
  for (let i = 0; i < FIELD_COUNT; i++) {
    const f = mapped[i];
    if (f) {
      const label = `${fieldLabel(f.id).zh}（${i}）`;
      fields[f.id] = { label };
      const value = f.id === 'acceptedOn' ? addDays(today, -20) : f.id === 'suspectCounselNoticeOn' ? '' : valueFor(f, today);
      rows.push(`<tr><td>${label}：</td><td><input id="f${i}" data-field="${f.id}" value="${value}"></td></tr>`);
    } else {
      rows.push(`<tr><td>其他事项（${i}）：</td><td><input id="f${i}" value="无关内容 ${i}"></td></tr>`);
    }
  }
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>bench</title>
<style>body{font:13px sans-serif} td{padding:1px 6px}</style></head><body><table>${rows.join('')}</table></body></html>`;
  const adapter = { id: 'bench-form', name: '基准表单', version: 1, match: ['http://127.0.0.1/bench/*'], fields };
  return { html, adapter, mappedCount: Object.keys(fields).length };
}

export default async function overlayBench(): Promise<boolean> {
  if (process.env.CASELIGHT_BENCH_NO_BUILD !== '1') {
    const build = spawnSync('npx', ['wxt', 'build'], { cwd: resolve(import.meta.dirname, '..'), stdio: 'ignore' });
    if (build.status !== 0) throw new Error('npx wxt build failed');
  }
  const bootstrap = readFileSync(join(extensionDir, 'content-scripts/caselight.js'));
  const checker = readFileSync(join(extensionDir, 'content-scripts/checker.js'));
  const bootstrapGz = gzipSync(bootstrap, { level: 9 }).length;
  // A matching frame runs both files (each gzipped on its own, as each is read from the package).
  const checkerGz = gzipSync(checker, { level: 9 }).length;
  const gzBytes = bootstrapGz + checkerGz;
  const gzKb = gzBytes / 1024;

  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const { html, adapter, mappedCount } = generate(today);
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/bench/')) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as { port: number }).port;
  const browser = await launchWithExtension();
  let samples: number[] = [];
  try {
    await browser.serviceWorker.evaluate(async (a) => {
      await (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ adapters: [a] });
    }, adapter);
    const page = await browser.context.newPage();
    await page.goto(`http://127.0.0.1:${port}/bench/case`);
    // The overlay's shadow root is closed: wait for the light through the DevTools protocol's pierced DOM.
    for (const deadline = Date.now() + 30_000; (await overlayCount(page, '[data-rule][data-field="suspectCounselNoticeOn"]')) === 0;) {
      if (Date.now() > deadline) throw new Error('no light for suspectCounselNoticeOn within 30 s');
      await page.waitForTimeout(100);
    }
    await page.waitForTimeout(500);
    const notice = addDays(today, -19);
    // tsx compiles with keepNames: the functions sent to the page call esbuild's __name helper.
    await page.evaluate('window.__name = (f) => f');
    samples = await page.evaluate(
      async ({ iterations, notice }) => {
        const el = document.querySelector<HTMLInputElement>('input[data-field="suspectCounselNoticeOn"]')!;
        const other = document.querySelector<HTMLInputElement>('input[data-field="unitName"]')!;
        const rendered = (after: number) =>
          new Promise<number>((resolveMark, reject) => {
            const timer = setTimeout(() => reject(new Error('no caselight:rendered mark')), 2000);
            const done = () => {
              const m = performance.getEntriesByName('caselight:rendered').at(-1);
              if (m && m.startTime >= after) {
                clearTimeout(timer);
                observer.disconnect();
                resolveMark(m.startTime);
                return true;
              }
              return false;
            };
            const observer = new PerformanceObserver(() => void done());
            observer.observe({ type: 'mark' });
            done();
          });
        const out: number[] = [];
        for (let i = 0; i < iterations; i++) {
          // Alternate a change that flips a light (red ↔ green) with one that changes no finding.
          const target = i % 2 === 0 ? el : other;
          const value = i % 2 === 0 ? (i % 4 === 0 ? notice : '') : `单位${i}`;
          performance.clearMarks('caselight:input');
          const start = performance.mark('caselight:input').startTime;
          target.value = value;
          target.dispatchEvent(new Event('input', { bubbles: true }));
          const end = await rendered(start);
          out.push(end - start);
          await new Promise((r) => setTimeout(r, 60));
        }
        return out;
      },
      { iterations: ITERATIONS, notice },
    );
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.close(() => r()));
  }
  const warm = samples.slice(10).sort((a, b) => a - b);
  const p50 = percentile(warm, 50);
  const p95 = percentile(warm, 95);
  const max = warm[warm.length - 1];
  const latencyOk = p95 <= P95_FLOOR_MS;
  const sizeOk = checkerGz / 1024 <= BUNDLE_FLOOR_KB;
  const bootstrapOk = judge('content script, frames without an adapter match (bootstrap)', bootstrapGz / (BOOTSTRAP_TARGET_KB * 1024), { atMost: 1 },
    `${bootstrapGz} B gzipped (${(bootstrap.length / 1024).toFixed(1)} KB raw), target ≤ ${BOOTSTRAP_TARGET_KB} KB`);
  // Reported, not gating: the split adds the bootstrap and leaves the checker as the one file was (docs/performance.md).
  console.log(`content script where an adapter matches (bootstrap + checker): ${gzBytes} B gzipped; ratio to issue 17's ${ISSUE17_CEILING_KB} KB ceiling ${(gzKb / ISSUE17_CEILING_KB).toFixed(2)} ${gzKb <= ISSUE17_CEILING_KB ? 'ok' : '(over; reported, not gating)'}`);
  console.log(`form: ${FIELD_COUNT} fields (${mappedCount} mapped by the adapter), ${rules.length} rules`);
  console.log(`input → lights: p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${max.toFixed(2)} ms over ${warm.length} inputs (floor p95 ≤ ${P95_FLOOR_MS} ms) ${latencyOk ? 'OK' : 'FAIL'}`);
  record('overlay', 'p95Ms', p95);
  record('contentScript', 'gzipBytes', gzBytes);
  record('contentScript', 'bootstrapGzipBytes', bootstrapGz);
  console.log(`checker: ${(checker.length / 1024).toFixed(1)} KB, ${(checkerGz / 1024).toFixed(1)} KB gzipped (floor ≤ ${BUNDLE_FLOOR_KB} KB) ${sizeOk ? 'OK' : 'FAIL'}`);
  return latencyOk && sizeOk && bootstrapOk;
}
