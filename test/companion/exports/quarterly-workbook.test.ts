// The quarterly 晒案 workbook as people open it: exceljs reads what GET /reports/quarterly?format=xlsx
// streamed (real app, real SQLite, the export worker thread): a sheet per unit with plain Chinese
// headers, the rule's title and legal basis beside its number, the dashboard's status words,
// subtotals by case, prosecutor and unit, the header row frozen, widths that fit, and a summary sheet
// the workbook opens on. Also the preview (`limit`) the reports page shows before the download.
import ExcelJS from 'exceljs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuarterlyReportSchema } from '../../../shared/api/index.ts';
import { basisCitation, displayWidth } from '../../../companion/exports/quarterly.ts';
import { RULE_TEXT } from '../../../shared/rules/text/index.ts';
import { apiFixture, auth, backends, event, ingest } from '../helpers.ts';

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

const values = (sheet: ExcelJS.Worksheet, row: number) => {
  const r = sheet.getRow(row);
  return Array.from({ length: sheet.columnCount }, (_, i) => r.getCell(i + 1).value ?? '');
};

describe('the quarterly 晒案 workbook', () => {
  let f: Awaited<ReturnType<typeof apiFixture>>;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    f = await apiFixture(backends[0]);
    await ingest(f.store, f.w.east1, [
      event({ caseNumber: 'A1', observedAt: '2025-04-05T09:00:00+08:00' }),
      event({ caseNumber: 'A1', ruleId: 'notice-suspect-counsel-3d', points: 6, observedAt: '2025-04-06T09:00:00+08:00' }),
      event({ caseNumber: 'A2', observedAt: '2025-05-05T09:00:00+08:00' }),
    ]);
    await ingest(f.store, f.w.east2, [
      event({ caseNumber: 'B1', ruleId: 'notice-suspect-counsel-3d', points: 6, observedAt: '2025-05-05T09:00:00+08:00' }),
      event({ caseNumber: 'B1', ruleId: 'notice-suspect-counsel-3d', kind: 'rectified', light: 'green', points: 0, observedAt: '2025-05-06T09:00:00+08:00' }),
    ]);
    await ingest(f.store, f.w.west1, [event({ caseNumber: 'W1', observedAt: '2025-06-01T09:00:00+08:00' })]);
    // A2's objection is rejected (已驳回, as on the dashboard); W1's waits (待审).
    const a2 = (await f.store.defects.caseDefects({ all: true }, 'A2')).defects[0].id;
    const w1 = (await f.store.defects.caseDefects({ all: true }, 'W1')).defects[0].id;
    const o = await request(f.app).post('/api/v1/objections').set(auth(f.w.east1)).send({ defectId: a2, reason: '期满日为节假日，依法顺延' }).expect(201);
    await request(f.app).post(`/api/v1/objections/${o.body.id}/decision`).set(auth(f.w.eastSupervisor)).send({ decision: 'rejected', reason: '经核查，期满日不是节假日' }).expect(200);
    await request(f.app).post('/api/v1/objections').set(auth(f.w.west1)).send({ defectId: w1, reason: '已当面告知' }).expect(201);

    const res = await request(f.app).get('/api/v1/reports/quarterly?year=2025&quarter=2&format=xlsx').set(auth(f.w.admin)).buffer(true).parse(binary).expect(200);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as Parameters<typeof wb.xlsx.load>[0]);
  });
  afterAll(async () => { await f.t.cleanup(); });

  it('has a sheet per unit, then the summary, and opens on the summary', () => {
    expect(wb.worksheets.map((s) => s.name)).toEqual(['东区院', '西区院', '2025年第2季度汇总']);
    expect(wb.views[0]?.activeTab).toBe(2);
  });

  it('heads every column in plain Chinese, with the header row frozen', () => {
    const east = wb.getWorksheet('东区院')!;
    expect(values(east, 1)).toEqual(['单位', '承办检察官', '案号', '规则编号', '规则名称', '法律依据', '发现日期', '积分', '整改情况', '积分状态', '撤销理由', '异议']);
    for (const s of wb.worksheets) {
      expect(s.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(s.getRow(1).font?.bold).toBe(true);
    }
    expect(JSON.stringify(wb.worksheets.map((s) => values(s, 1)))).not.toContain('发生标识');
  });

  it('names each rule by number, Chinese title and legal basis, with the dashboard’s status words', () => {
    const east = wb.getWorksheet('东区院')!;
    const wording = RULE_TEXT['prosecution-review-1m'];
    expect(values(east, 2)).toEqual(['东区院', '东一检察官', 'A1', 'R29', '审查起诉一个月期限', basisCitation(wording.basis), '2025-04-05', 8, '未整改', '计分', '', '']);
    expect(String(values(east, 2)[5])).toMatch(/^《刑事诉讼法》第172条/);
    const a2 = [...Array(east.rowCount).keys()].map((i) => values(east, i + 1)).find((r) => r[2] === 'A2')!;
    expect(a2[11]).toBe('已驳回');
    const west = wb.getWorksheet('西区院')!;
    expect(values(west, 2)[11]).toBe('待审');
    expect(JSON.stringify(wb.worksheets.map((s) => s.getSheetValues()))).not.toContain('未采纳');
  });

  it('groups rows with subtotals by case (more than one defect), prosecutor and unit', () => {
    const east = wb.getWorksheet('东区院')!;
    const rows = [...Array(east.rowCount - 1).keys()].map((i) => values(east, i + 2));
    expect(rows.map((r) => [r[0], r[1], r[2], r[4], r[7]])).toEqual([
      ['东区院', '东一检察官', 'A1', '审查起诉一个月期限', 8],
      ['东区院', '东一检察官', 'A1', '告知犯罪嫌疑人有权委托辩护人（3日）', 6],
      ['', '', 'A1 小计', '2条瑕疵，已整改0条，已撤销0条', 14],
      ['东区院', '东一检察官', 'A2', '审查起诉一个月期限', 8],
      ['', '东一检察官 合计', '', '3条瑕疵，已整改0条，已撤销0条', 22],
      ['东区院', '东二检察官', 'B1', '告知犯罪嫌疑人有权委托辩护人（3日）', 6],
      ['', '东二检察官 合计', '', '1条瑕疵，已整改1条，已撤销0条', 6],
      ['东区院 合计', '', '', '4条瑕疵，已整改1条，已撤销0条', 28],
    ]);
    expect(east.getRow(4).font?.bold).toBe(true);
    expect(east.getRow(9).font?.bold).toBe(true);
    expect(east.getRow(2).font?.bold).not.toBe(true);
  });

  it('sizes columns to fit their text and wraps the long ones', () => {
    const east = wb.getWorksheet('东区院')!;
    const width = (header: string) => east.getColumn((values(east, 1) as string[]).indexOf(header) + 1).width ?? 0;
    expect(width('单位')).toBeGreaterThanOrEqual(displayWidth('东区院 合计'));
    expect(width('规则名称')).toBeGreaterThanOrEqual(displayWidth('告知犯罪嫌疑人有权委托辩护人（3日）'));
    expect(width('发现日期')).toBeGreaterThanOrEqual('2025-04-05'.length);
    expect(width('法律依据')).toBeLessThanOrEqual(44);
    expect(east.getRow(2).getCell(6).alignment?.wrapText).toBe(true);
  });

  it('sums the quarter on the summary sheet: per prosecutor, per unit and in all', () => {
    const summary = wb.getWorksheet('2025年第2季度汇总')!;
    expect(values(summary, 1)).toEqual(['单位', '承办检察官', '案件数', '瑕疵数', '积分', '已整改', '已撤销', '异议待审']);
    expect([...Array(summary.rowCount - 1).keys()].map((i) => values(summary, i + 2))).toEqual([
      ['东区院', '东一检察官', 2, 3, 22, 0, 0, 0],
      ['东区院', '东二检察官', 1, 1, 6, 1, 0, 0],
      ['东区院 合计', '', 3, 4, 28, 1, 0, 0],
      ['西区院', '西一检察官', 1, 1, 8, 0, 0, 1],
      ['西区院 合计', '', 1, 1, 8, 0, 0, 1],
      ['全部合计', '', 4, 5, 36, 1, 0, 1],
    ]);
  });

  it('an empty quarter is a workbook with the summary alone', async () => {
    const res = await request(f.app).get('/api/v1/reports/quarterly?year=2025&quarter=4&format=xlsx').set(auth(f.w.admin)).buffer(true).parse(binary).expect(200);
    const empty = new ExcelJS.Workbook();
    await empty.xlsx.load(res.body as Parameters<typeof empty.xlsx.load>[0]);
    expect(empty.worksheets.map((s) => s.name)).toEqual(['2025年第4季度汇总']);
    expect(values(empty.worksheets[0], 2)).toEqual(['全部合计', '', 0, 0, 0, 0, 0, 0]);
  });

  it('previews the first rows (limit) for the reports page, and refuses a limit out of range', async () => {
    const res = await request(f.app).get('/api/v1/reports/quarterly?year=2025&quarter=2&limit=2').set(auth(f.w.admin)).expect(200);
    expect(QuarterlyReportSchema.parse(res.body).rows.map((r) => r.caseNumber)).toEqual(['A1', 'A1']);
    expect((await request(f.app).get('/api/v1/reports/quarterly?year=2025&quarter=2&limit=0').set(auth(f.w.admin))).status).toBe(400);
    expect((await request(f.app).get('/api/v1/reports/quarterly?year=2025&quarter=2&limit=101').set(auth(f.w.admin))).status).toBe(400);
  });
});
