// The quarterly 晒案 list as a table: the columns and the layout (today one sheet for the quarter,
// rows by unit, prosecutor and case, as the ledger orders them). A layout with a sheet per unit and
// subtotals only needs to watch `unitCode` change in the same ordered stream.
import type { QuarterlyReportRow } from '../../shared/api/index.ts';
import type { Cell, ColumnSpec, TableEvent } from './table.ts';

interface Column extends ColumnSpec { cell(row: QuarterlyReportRow): Cell }

const yesNo = (b: boolean) => (b ? '是' : '否');
const objectionText = { pending: '待审', accepted: '已采纳', rejected: '未采纳' } as const;

export const QUARTERLY_COLUMNS: readonly Column[] = [
  { header: '单位编码', width: 12, cell: (r) => r.unitCode },
  { header: '单位', width: 24, cell: (r) => r.unitName },
  { header: '承办检察官', width: 12, cell: (r) => r.prosecutor },
  { header: '案号', width: 32, cell: (r) => r.caseNumber },
  { header: '规则', width: 36, cell: (r) => r.ruleId },
  { header: '发生标识', width: 16, cell: (r) => r.occurrenceKey },
  { header: '发现日期', width: 12, cell: (r) => r.observedOn },
  { header: '积分', width: 6, cell: (r) => r.points },
  { header: '已整改', width: 8, cell: (r) => yesNo(r.rectified) },
  { header: '已撤销积分', width: 10, cell: (r) => yesNo(r.voided) },
  { header: '撤销理由', width: 30, cell: (r) => r.voidReason ?? '' },
  { header: '异议', width: 10, cell: (r) => (r.objection ? objectionText[r.objection] : '') },
];

/** One sheet for the quarter, every row in the ledger's order. */
export async function* quarterlyLayout(rows: AsyncIterable<QuarterlyReportRow>, period: { year: number; quarter: number }): AsyncGenerator<TableEvent> {
  yield { type: 'sheet', name: `${period.year}年第${period.quarter}季度晒案`, columns: QUARTERLY_COLUMNS };
  for await (const r of rows) yield { type: 'row', cells: QUARTERLY_COLUMNS.map((c) => c.cell(r)) };
}
