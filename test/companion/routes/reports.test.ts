import ExcelJS from 'exceljs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuarterlyReportSchema } from '../../../shared/api/index.ts';
import { apiFixture, auth, backends, event, ingest } from '../helpers.ts';

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
    await ingest(f.store, f.w.west1, [event({ caseNumber: 'W1', points: 6, observedAt: '2025-06-01T09:00:00+08:00' })]);
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
    expect(sheet.name).toBe('2025年第2季度晒案');
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(1).getCell(4).value).toBe('案号');
    expect(sheet.getRow(2).getCell(4).value).toBe(`'=HYPERLINK("http://x")`);
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
});
