import ExcelJS from 'exceljs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuarterlyReportSchema } from '../../../shared/api/index.ts';
import { createApp } from '../../../companion/app.ts';
import { createExportLimiter } from '../../../companion/exports/limiter.ts';
import { SOME_RULES, apiFixture, auth, backends, event, ingest, NOW, testConfig } from '../helpers.ts';

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe.each(backends)('GET /api/v1/reports/quarterly ($name)', (backend) => {
  let f: Awaited<ReturnType<typeof apiFixture>>;
  beforeAll(async () => {
    f = await apiFixture(backend);
    await ingest(f.store, f.w.east1, [
      event({ caseNumber: '=HYPERLINK("http://x")', points: 8, observedAt: '2025-04-05T09:00:00+08:00' }),
      event({ caseNumber: 'E2', ruleId: 'notice-suspect-counsel-3d', points: 6, observedAt: '2025-05-05T09:00:00+08:00' }),
      event({ caseNumber: 'E2', ruleId: 'notice-suspect-counsel-3d', kind: 'rectified', light: 'green', points: 0, observedAt: '2025-05-06T09:00:00+08:00' }),
      event({ caseNumber: 'E-Q1', points: 8, observedAt: '2025-03-31T23:30:00+08:00' }),
    ]);
    await ingest(f.store, f.w.west1, [event({ caseNumber: 'W1', ruleId: 'notice-suspect-counsel-3d', points: 6, observedAt: '2025-06-01T09:00:00+08:00' })]);
  });
  afterAll(async () => { await f.t.cleanup(); });

  const get = (query: string, who = f.w.admin) => request(f.app).get(`/api/v1/reports/quarterly?${query}`).set(auth(who));

  it('lists every defect first seen in the quarter (Asia/Shanghai), as JSON by default', async () => {
    const res = await get('year=2025&quarter=2').expect(200);
    const body = QuarterlyReportSchema.parse(res.body);
    expect(body.rows.map((r) => [r.unitCode, r.caseNumber, r.points, r.rectified])).toEqual([
      ['320102', '=HYPERLINK("http://x")', 8, false], ['320102', 'E2', 6, true], ['320105', 'W1', 6, false],
    ]);
    expect(body.rows[0]).toMatchObject({ unitName: '东区院', prosecutor: '东一检察官', observedOn: '2025-04-05', voided: false, objection: null });
    expect((await get('year=2025&quarter=1').expect(200)).body.rows.map((r: { caseNumber: string }) => r.caseNumber)).toEqual(['E-Q1']);
  });

  it('exports CSV with a BOM for Excel, and defuses cells that would run as formulas', async () => {
    const res = await get('year=2025&quarter=2&format=csv').expect(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('caselight-2025-Q2.csv');
    expect(res.text.charCodeAt(0)).toBe(0xfeff);
    const lines = res.text.slice(1).trim().split('\r\n');
    expect(lines[0]).toContain('案号');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('exports XLSX', async () => {
    const res = await get('year=2025&quarter=2&format=xlsx').buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as Parameters<typeof wb.xlsx.load>[0]);
    const sheet = wb.worksheets[0];
    // A sheet per unit (rows, the prosecutor's and the unit's totals), then the summary (test/companion/exports/quarterly-workbook.test.ts).
    expect(wb.worksheets.map((s) => s.name)).toEqual(['东区院', '西区院', '2025年第2季度汇总']);
    expect(sheet.rowCount).toBe(5);
    expect(sheet.getRow(1).getCell(3).value).toBe('案号');
    expect(sheet.getRow(2).getCell(3).value).toBe(`'=HYPERLINK("http://x")`);
  });

  it('keeps the list within the caller’s units, and 403 for another unit', async () => {
    const east = await get('year=2025&quarter=2', f.w.eastSupervisor).expect(200);
    expect(east.body.rows.map((r: { unitCode: string }) => r.unitCode)).toEqual(['320102', '320102']);
    expect((await get('year=2025&quarter=2&unit=320105', f.w.eastSupervisor)).status).toBe(403);
    const own = await get('year=2025&quarter=2', f.w.west1).expect(200);
    expect(own.body.rows.map((r: { caseNumber: string }) => r.caseNumber)).toEqual(['W1']);
  });

  it('returns 400 without a year and quarter, or for an unknown format', async () => {
    expect((await get('year=2025')).status).toBe(400);
    expect((await get('year=2025&quarter=0')).status).toBe(400);
    expect((await get('year=2025&quarter=1&format=pdf')).status).toBe(400);
  });

  it('defuses formula cells that start after spaces, tabs, line breaks or the ideographic space U+3000', async () => {
    const g = await apiFixture(backend);
    try {
      // (Tabs and line breaks cannot reach a cell: the API refuses control characters in these fields.)
      const sneaky = [' =1+1', '\u3000@SUM(A1)', '\u3000 -2+3', 'A=1', '-', '１２３'];
      await ingest(g.store, g.w.east1, sneaky.map((caseNumber, i) => event({ caseNumber, occurrenceKey: `k${i}` })));
      await ingest(g.store, g.w.east1, [event({ caseNumber: 'OCC', occurrenceKey: '\u3000=cmd' })]);
      const csv = (await request(g.app).get('/api/v1/reports/quarterly?year=2025&quarter=2&format=csv').set(auth(g.w.admin)).expect(200)).text;
      expect(csv).toContain(`' =1+1`);
      expect(csv).toContain(`'\u3000@SUM(A1)`);
      expect(csv).toContain(`'\u3000 -2+3`);
      expect(csv).toContain(`'\u3000=cmd`);
      expect(csv).toContain(',A=1,');
      expect(csv).toContain(`,'-,`);
      expect(csv).not.toContain(`'１２３`);
      const xlsx = await request(g.app).get('/api/v1/reports/quarterly?year=2025&quarter=2&format=xlsx').set(auth(g.w.admin)).buffer(true).parse(binary).expect(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.body as Parameters<typeof wb.xlsx.load>[0]);
      const cells = wb.worksheets[0].getColumn(3).values.map(String);
      expect(cells).toContain(`' =1+1`);
      expect(cells).toContain(`'\u3000@SUM(A1)`);
    } finally {
      await g.t.cleanup();
    }
  });

  it('streams a list longer than a page in the same order as a single read, in every format', async () => {
    const g = await apiFixture(backend);
    try {
      const people = [g.w.east1, g.w.east2, g.w.eastSub, g.w.west1];
      for (const [p, who] of people.entries()) {
        await ingest(g.store, who, Array.from({ length: 120 }, (_, i) => event({
          caseNumber: `C-${i % 13}`, ruleId: SOME_RULES[i % SOME_RULES.length], occurrenceKey: `o${p}-${i}`,
          observedAt: new Date(Date.UTC(2025, 3, 1 + (i % 60), i % 24)).toISOString(),
        })));
      }
      const whole = await g.store.defects.quarterlyReport({ all: true }, 2025, 2);
      expect(whole).toHaveLength(480);
      const paged: unknown[] = [];
      for await (const r of g.store.defects.quarterlyRows({ all: true }, 2025, 2, 7)) paged.push(r);
      expect(paged).toEqual(whole);
      const json = QuarterlyReportSchema.parse((await request(g.app).get('/api/v1/reports/quarterly?year=2025&quarter=2').set(auth(g.w.admin)).expect(200)).body);
      expect(json.rows).toEqual(whole);
      const csv = (await request(g.app).get('/api/v1/reports/quarterly?year=2025&quarter=2&format=csv').set(auth(g.w.admin)).expect(200)).text;
      expect(csv.slice(1).trim().split('\r\n')).toHaveLength(481);
    } finally {
      await g.t.cleanup();
    }
  });

  it('answers 429 with Retry-After when the export queue is full, and JSON says why', async () => {
    const limiter = createExportLimiter({ concurrency: 1, queue: 0 });
    let release!: () => void;
    const busy = limiter.run(fakeRes(), () => new Promise<void>((r) => { release = r; }));
    const app = createApp({ config: testConfig(f.t.dataDir), store: f.store, now: () => NOW, exports: limiter });
    const res = await request(app).get('/api/v1/reports/quarterly?year=2025&quarter=2&format=xlsx').set(auth(f.w.admin));
    expect(res.status).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(res.body).toMatchObject({ error: 'export-busy', reason: { zh: expect.stringContaining('导出') } });
    release();
    await busy;
    await request(app).get('/api/v1/reports/quarterly?year=2025&quarter=2&format=xlsx').set(auth(f.w.admin)).expect(200);
  });
});

/** Enough of a Response for the limiter: headers and the 'close' event. */
function fakeRes() {
  const listeners = new Map<string, () => void>();
  const headers: Record<string, string> = {};
  return {
    headers,
    setHeader(k: string, v: string) { headers[k] = v; },
    once(e: string, f: () => void) { listeners.set(e, f); },
    off(e: string) { listeners.delete(e); },
    close() { listeners.get('close')?.(); },
  } as unknown as Parameters<ReturnType<typeof createExportLimiter>['run']>[0] & { close(): void; headers: Record<string, string> };
}

describe('createExportLimiter', () => {
  it('runs at most N at once, queues the next ones in order, refuses beyond the queue, and drops a waiter that left', async () => {
    const limiter = createExportLimiter({ concurrency: 2, queue: 2 });
    const order: string[] = [];
    const gates = new Map<string, () => void>();
    const job = (name: string) => () => new Promise<string>((r) => { order.push(`start ${name}`); gates.set(name, () => r(name)); });
    const a = limiter.run(fakeRes(), job('a'));
    const b = limiter.run(fakeRes(), job('b'));
    const leaver = fakeRes();
    const c = limiter.run(leaver, job('c'));
    const d = limiter.run(fakeRes(), job('d'));
    expect([limiter.running, limiter.queued]).toEqual([2, 2]);
    const full = fakeRes();
    await expect(limiter.run(full, job('e'))).rejects.toMatchObject({ status: 429 });
    expect(Number(full.headers['Retry-After'])).toBeGreaterThanOrEqual(1);
    leaver.close();
    expect(await c).toBeUndefined();
    expect(limiter.queued).toBe(1);
    gates.get('a')!();
    expect(await a).toBe('a');
    await new Promise((r) => setImmediate(r));
    expect(order).toEqual(['start a', 'start b', 'start d']);
    expect(limiter.running).toBe(2);
    gates.get('b')!();
    gates.get('d')!();
    expect([await b, await d]).toEqual(['b', 'd']);
    expect([limiter.running, limiter.queued]).toEqual([0, 0]);
  });
});
