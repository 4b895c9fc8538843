// GET /api/v1/reports/quarterly: the quarterly 晒案 list as JSON, CSV (UTF-8 with BOM, for Excel) or XLSX.
import ExcelJS from 'exceljs';
import { Router } from 'express';
import { QuarterlyReportQuerySchema, endpoint, type QuarterlyReportRow } from '../../shared/api/index.ts';
import { route, type ApiContext } from './context.ts';

const columns: Array<{ header: string; key: keyof QuarterlyReportRow | 'objectionText'; width: number }> = [
  { header: '单位编码', key: 'unitCode', width: 12 },
  { header: '单位', key: 'unitName', width: 24 },
  { header: '承办检察官', key: 'prosecutor', width: 12 },
  { header: '案号', key: 'caseNumber', width: 32 },
  { header: '规则', key: 'ruleId', width: 36 },
  { header: '发生标识', key: 'occurrenceKey', width: 16 },
  { header: '发现日期', key: 'observedOn', width: 12 },
  { header: '积分', key: 'points', width: 6 },
  { header: '已整改', key: 'rectified', width: 8 },
  { header: '已撤销积分', key: 'voided', width: 10 },
  { header: '撤销理由', key: 'voidReason', width: 30 },
  { header: '异议', key: 'objectionText', width: 10 },
];

const objectionText = { pending: '待审', accepted: '已采纳', rejected: '未采纳' } as const;

function cells(row: QuarterlyReportRow): Array<string | number> {
  return columns.map(({ key }) => {
    if (key === 'objectionText') return row.objection ? objectionText[row.objection] : '';
    const v = row[key];
    if (typeof v === 'boolean') return v ? '是' : '否';
    return v ?? '';
  });
}

/** A cell a spreadsheet would run as a formula (=, +, -, @) is prefixed with ' (CSV injection). */
const defuse = (v: string | number) => (typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

function csvCell(v: string | number): string {
  const s = String(defuse(v));
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function reportsRouter(ctx: ApiContext): Router {
  const router = Router();
  const ep = endpoint('get', '/reports/quarterly');
  router.get('/reports/quarterly', route(ctx, { roles: ep.roles, query: QuarterlyReportQuerySchema }, async ({ query, scopeFor, res }) => {
    const rows = await ctx.store.defects.quarterlyReport(scopeFor(query.unit), query.year, query.quarter);
    const name = `caselight-${query.year}-Q${query.quarter}`;
    if (query.format === 'json') return { year: query.year, quarter: query.quarter, rows };
    if (query.format === 'csv') {
      const lines = [columns.map((c) => csvCell(c.header)).join(','), ...rows.map((r) => cells(r).map(csvCell).join(','))];
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="${name}.csv"`);
      res.send('\uFEFF' + lines.join('\r\n') + '\r\n');
      return undefined;
    }
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'CaseLight';
    const sheet = workbook.addWorksheet(`${query.year}年第${query.quarter}季度晒案`);
    sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
    for (const r of rows) sheet.addRow(cells(r).map(defuse));
    sheet.getRow(1).font = { bold: true };
    const buffer = await workbook.xlsx.writeBuffer();
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename="${name}.xlsx"`);
    res.send(Buffer.from(buffer));
    return undefined;
  }));
  return router;
}
