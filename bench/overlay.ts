// Overlay benchmark (`npx tsx scripts/bench.ts overlay`): in Chromium with the built extension, a
// generated case form of 200 fields mapped by an adapter and checked against the full rule
// catalogue. Measured in the page, from the input event's own timestamp to the next rendered frame
// after the overlay's commit (the `requestAnimationFrame` callback that follows the
// `caselight:rendered` mark), for inputs the page gets two ways: real key events through the
// DevTools protocol (Input.insertText, Input.dispatchKeyEvent Backspace: trusted events, as a person
// typing) and synthetic ones (`value` set + `input` dispatched). Half the inputs flip a light, half
// change none. Baseline in the same run: the same form on a URL no adapter matches (the extension
// loaded, the overlay idle), input → next frame. Target: p95 ≤ 4 ms, or no later than the
// baseline's frame (ratio ≤ 1.25) when the machine's frames are slower than that. Also the
// content script's size, gzip -9: the bootstrap every frame of a covered host gets
// (content-scripts/caselight.js, ≤ 40 KB), the checker (checker.js, what the one file was before the
// split: ≤ 60 KB) and the whole of it where an adapter matches (bootstrap + checker, its ratio to
// issue 17's 51.9 KB ceiling printed). Builds the extension first (CASELIGHT_BENCH_NO_BUILD=1
// reuses .output).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { addDays } from '../shared/calendar/index.ts';
import { FIELDS, type FieldDef } from '../shared/case/fields.ts';
import { fieldLabel, valueLabel } from '../shared/case/field-text.ts';
import { rules } from '../shared/rules/index.ts';
import { extensionDir, launchWithExtension } from '../test/e2e/harness.ts';
import { overlayCount } from '../test/e2e/pierce.ts';
import { judge, record } from './_report.ts';

const P95_TARGET_MS = 4;
const RATIO_TARGET = 1.25;
const BUNDLE_FLOOR_KB = 60;
/** Issue 12 item 3: what a frame without an adapter match loads. */
const BOOTSTRAP_TARGET_KB = 40;
/** Issue 17's must-show: what a frame an adapter matches loads, at most 51.9 KB (53,146 bytes) gzipped. */
const ISSUE17_CEILING_BYTES = 53_146;
const FIELD_COUNT = 200;
/**
 * Inputs per way (half flip a light); the first WARMUP of each series are left out. 240, not 120:
 * with 110 samples a p95 was the 6th-slowest input, and on the shared machine one stray slow frame
 * moved it by 30% from run to run; with 230 it is the 12th.
 */
const ITERATIONS = 240;
const WARMUP = 10;

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
      return f.id === 'procedure' ? '审查起诉' : (f.values?.[0] === undefined ? '' : valueLabel(f.id, f.values[0]).zh);
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
<style>body{font:13px sans-serif} td{padding:1px 6px}</style><script src="/probe.js"></script></head><body><table>${rows.join('')}</table></body></html>`;
  const adapter = { id: 'bench-form', name: '基准表单', version: 1, match: ['http://127.0.0.1/bench/*'], fields };
  return { html, adapter, mappedCount: Object.keys(fields).length };
}

/**
 * The page's own probe (served as /probe.js, so its input listener on window runs before the
 * content script's on document): for every input event, the time from the event's timestamp to the
 * end of the first rendered frame that shows the lights — the frame whose requestAnimationFrame
 * callbacks ran after the overlay's commit mark, taken just after that frame (a task posted from
 * its rAF callback runs once the frame is rendered). With \`overlay\` off (the baseline) the first
 * frame after the input. Also input → commit mark. Read back as \`window.__probe\`.
 */
const PROBE = `(() => {
  const probe = window.__probe = { overlay: true, frame: [], commit: [] };
  const MARK = 'caselight:rendered';
  const channel = new MessageChannel();
  let after = null;
  channel.port1.onmessage = () => { const f = after; after = null; f && f(); };
  const committed = (start) => {
    const m = performance.getEntriesByName(MARK).at(-1);
    return m && m.startTime >= start ? m.startTime : null;
  };
  addEventListener('input', (e) => {
    const start = e.timeStamp;
    const frame = () => requestAnimationFrame(() => {
      after = () => {
        const c = probe.overlay ? committed(start) : 0;
        if (c === null) { frame(); return; }
        if (probe.overlay) probe.commit.push(c - start);
        probe.frame.push(performance.now() - start);
      };
      channel.port2.postMessage(0);
    });
    frame();
  }, true);
})();`;

interface Series { frame: number[]; commit: number[] }

function stats(samples: number[]) {
  const warm = samples.slice(WARMUP).sort((a, b) => a - b);
  return { p50: percentile(warm, 50), p95: percentile(warm, 95), max: warm[warm.length - 1], n: warm.length };
}

export default async function overlayBench(): Promise<boolean> {
  if (process.env.CASELIGHT_BENCH_NO_BUILD !== '1') {
    const build = spawnSync('npx', ['wxt', 'build'], { cwd: resolve(import.meta.dirname, '..'), stdio: 'ignore' });
    if (build.status !== 0) throw new Error('npx wxt build failed');
  }
  const bootstrap = readFileSync(join(extensionDir, 'content-scripts/caselight.js'));
  const checker = readFileSync(join(extensionDir, 'checker.js'));
  // The same measure as the gate (test/e2e/content-script-size.test.ts): the command line's `gzip -9`,
  // whose output is a few hundred bytes smaller than Node's zlib at level 9 on these files; Node's
  // zlib only where no gzip is installed. A matching frame runs both files, each gzipped on its own.
  const gzip9 = (bytes: Buffer) => {
    const r = spawnSync('gzip', ['-9c'], { input: bytes, maxBuffer: 16 * 1024 * 1024 });
    return r.status === 0 && r.stdout.length > 0 ? r.stdout.length : gzipSync(bytes, { level: 9 }).length;
  };
  const bootstrapGz = gzip9(bootstrap);
  const checkerGz = gzip9(checker);
  const gzBytes = bootstrapGz + checkerGz;

  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const { html, adapter, mappedCount } = generate(today);
  const server = createServer((req, res) => {
    if (req.url === '/probe.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(PROBE);
    else if (req.url?.startsWith('/bench/') || req.url?.startsWith('/plain/')) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as { port: number }).port;
  const browser = await launchWithExtension();
  const notice = addDays(today, -19);
  const results: Record<'cdp' | 'synthetic' | 'baselineCdp' | 'baselineSynthetic', Series> = {
    cdp: { frame: [], commit: [] }, synthetic: { frame: [], commit: [] }, baselineCdp: { frame: [], commit: [] }, baselineSynthetic: { frame: [], commit: [] },
  };
  try {
    await browser.serviceWorker.evaluate(async (a) => {
      await (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ adapters: [a] });
    }, adapter);

    /** Opens the form on one path; with the overlay, waits for its first lights. */
    async function open(path: string, overlay: boolean) {
      const page = await browser.context.newPage();
      await page.goto(`http://127.0.0.1:${port}${path}`);
      if (overlay) {
        // The overlay's shadow root is closed: wait for the light through the DevTools protocol's pierced DOM.
        for (const deadline = Date.now() + 30_000; (await overlayCount(page, '[data-rule][data-field="suspectCounselNoticeOn"]')) === 0;) {
          if (Date.now() > deadline) throw new Error('no light for suspectCounselNoticeOn within 30 s');
          await page.waitForTimeout(100);
        }
      }
      await page.waitForTimeout(500);
      await page.evaluate(`window.__probe.overlay = ${overlay}`);
      return { page, cdp: await page.context().newCDPSession(page) };
    }
    type Opened = Awaited<ReturnType<typeof open>>;

    /** One input on a page: a light-flipping change on even i, one that changes no light on odd i. */
    async function input(p: Opened, i: number, via: 'cdp' | 'synthetic') {
      const { page, cdp } = p;
      // The page in front: a tab behind another gets no frames.
      await page.bringToFront();
      const selector = i % 2 === 0 ? 'input[data-field="suspectCounselNoticeOn"]' : 'input[data-field="unitName"]';
      const value = i % 2 === 0 ? (i % 4 === 0 ? notice : '') : `单位${i}`;
      const before = await page.evaluate(`window.__probe.frame.length`) as number;
      if (via === 'cdp') {
        await page.evaluate(`(() => { const el = document.querySelector('${selector}'); el.focus(); el.select(); })()`);
        if (value === '') {
          await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Backspace', code: 'Backspace', windowsVirtualKeyCode: 8 });
          await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Backspace', code: 'Backspace', windowsVirtualKeyCode: 8 });
        } else {
          await cdp.send('Input.insertText', { text: value });
        }
      } else {
        await page.evaluate(`(() => { const el = document.querySelector('${selector}'); el.value = ${JSON.stringify(value)}; el.dispatchEvent(new Event('input', { bubbles: true })); })()`);
      }
      await page.waitForFunction(`window.__probe.frame.length > ${before}`, undefined, { timeout: 5000 });
      await page.waitForTimeout(30);
    }

    // Overlay and baseline inputs interleave, so a machine busy with other work slows both alike.
    for (const via of ['synthetic', 'cdp'] as const) {
      const overlay = await open('/bench/case', true);
      const plain = await open('/plain/case', false);
      const profile = process.env.CASELIGHT_BENCH_PROFILE && via === 'synthetic' ? process.env.CASELIGHT_BENCH_PROFILE : '';
      if (profile) {
        await overlay.cdp.send('Profiler.enable');
        await overlay.cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await overlay.cdp.send('Profiler.start');
      }
      for (let i = 0; i < ITERATIONS; i++) {
        await input(plain, i, via);
        await input(overlay, i, via);
      }
      if (profile) writeFileSync(profile, JSON.stringify((await overlay.cdp.send('Profiler.stop')).profile));
      results[via] = await overlay.page.evaluate(`window.__probe`) as Series;
      results[via === 'cdp' ? 'baselineCdp' : 'baselineSynthetic'] = await plain.page.evaluate(`window.__probe`) as Series;
      await overlay.page.close();
      await plain.page.close();
    }
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.close(() => r()));
  }
  const cdp = stats(results.cdp.frame);
  const synthetic = stats(results.synthetic.frame);
  const baselineCdp = stats(results.baselineCdp.frame);
  const baselineSynthetic = stats(results.baselineSynthetic.frame);
  const commit = stats([...results.cdp.commit, ...results.synthetic.commit]);
  const p95 = Math.max(cdp.p95, synthetic.p95);
  const ratio = Math.max(cdp.p95 / baselineCdp.p95, synthetic.p95 / baselineSynthetic.p95);
  const f = (x: { p50: number; p95: number; max: number; n: number }) => `p50 ${x.p50.toFixed(2)} ms, p95 ${x.p95.toFixed(2)} ms, max ${x.max.toFixed(2)} ms (${x.n} inputs)`;
  console.log(`form: ${FIELD_COUNT} fields (${mappedCount} mapped by the adapter), ${rules.length} rules; half the inputs flip a light, half change none`);
  console.log(`input → next frame after the lights, real key events (CDP): ${f(cdp)}`);
  console.log(`input → next frame after the lights, synthetic events:      ${f(synthetic)}`);
  console.log(`baseline, the page's own input → next frame (no adapter): CDP ${f(baselineCdp)}; synthetic ${f(baselineSynthetic)}`);
  console.log(`input → overlay commit (positions set): ${f(commit)}`);
  // By kind of input (even: the input flips a light; odd: it changes none), both ways together.
  const byKind = (series: Series[], odd: number) => stats(series.flatMap((x) => x.frame.filter((_, i) => i % 2 === odd)));
  const flips = byKind([results.cdp, results.synthetic], 0);
  const none = byKind([results.cdp, results.synthetic], 1);
  const baseNone = byKind([results.baselineCdp, results.baselineSynthetic], 1);
  console.log(`→ frame, inputs that flip a light: ${f(flips)}; inputs that change none: ${f(none)} (baseline ${f(baseNone)})`);
  record('overlay', 'noChangeP95Ms', none.p95);
  record('overlay', 'p95Ms', p95);
  record('overlay', 'baselineP95Ms', Math.max(baselineCdp.p95, baselineSynthetic.p95));
  record('overlay', 'ratioToBaseline', ratio);
  record('overlay', 'commitP95Ms', commit.p95);
  // p95 ≤ 4 ms meets the target outright; on a machine whose frames come later than that for any
  // input (the baseline's p95 above 4 ms), the lights must land no later than the page's own frame.
  const latencyOk = p95 <= P95_TARGET_MS
    ? (console.log(`overlay p95 ${p95.toFixed(2)} ms (target ≤ ${P95_TARGET_MS} ms) ok`), true)
    : judge('overlay input → next frame, p95 ÷ baseline p95', ratio, { atMost: RATIO_TARGET }, `${p95.toFixed(2)} ms vs ${Math.max(baselineCdp.p95, baselineSynthetic.p95).toFixed(2)} ms`);
  const sizeOk = checkerGz / 1024 <= BUNDLE_FLOOR_KB;
  const bootstrapOk = judge('content script, frames without an adapter match (bootstrap)', bootstrapGz / (BOOTSTRAP_TARGET_KB * 1024), { atMost: 1 },
    `${bootstrapGz} B gzipped (${(bootstrap.length / 1024).toFixed(1)} KB raw), target ≤ ${BOOTSTRAP_TARGET_KB} KB`);
  // Reported, not gating: the split adds the bootstrap and leaves the checker as the one file was (docs/performance.md).
  console.log(`content script where an adapter matches (bootstrap + checker): gzipBytes ${gzBytes} (gzip -9); ratio to issue 17's ${ISSUE17_CEILING_BYTES} B ceiling ${(gzBytes / ISSUE17_CEILING_BYTES).toFixed(3)} ${gzBytes <= ISSUE17_CEILING_BYTES ? 'ok' : '(over; reported, not gating)'}`);
  record('contentScript', 'gzipBytes', gzBytes);
  record('contentScript', 'bootstrapGzipBytes', bootstrapGz);
  console.log(`checker: ${(checker.length / 1024).toFixed(1)} KB, ${(checkerGz / 1024).toFixed(1)} KB gzipped (floor ≤ ${BUNDLE_FLOOR_KB} KB) ${sizeOk ? 'OK' : 'FAIL'}`);
  return latencyOk && sizeOk && bootstrapOk;
}
