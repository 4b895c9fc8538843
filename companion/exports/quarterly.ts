// The quarterly 晒案 list as tables people read.
// XLSX (`quarterlyWorkbook`): a sheet per unit, rows grouped by prosecutor and case as the ledger
// orders them (unit, prosecutor's name, case number), a subtotal after each case with more than one
// defect, after each prosecutor and at the end of the unit, then a summary sheet (汇总, the one the
// workbook opens on) with a line per prosecutor, a total per unit and the grand total. Each row names
// the rule by its catalogue number, its Chinese title and its legal basis; the status words are the
// dashboard's (待审 / 已同意 / 已驳回). The summary is written last because the file is streamed: it
// sums what went by (a few numbers per prosecutor), never holding the rows.
// CSV (`quarterlyCsv`): one flat table, the same plain headers plus the ids a program joins on.
import type { QuarterlyReportRow } from '../../shared/api/index.ts';
import { rules, rulesById } from '../../shared/rules/index.ts';
import type { Basis } from '../../shared/rules/index.ts';
import { RULE_TEXT } from '../../shared/rules/text/index.ts';
import type { Cell, ColumnSpec, TableEvent } from './table.ts';

interface Column extends ColumnSpec { cell(row: QuarterlyReportRow): Cell }

/** Display width in spreadsheet characters: CJK and full-width characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

/** 《刑事诉讼法》第91条第3款；《人民检察院刑事诉讼规则》第286条、第287条第3款 */
export function basisCitation(basis: readonly Basis[]): string {
  const groups = new Map<string, Basis[]>();
  for (const b of basis) groups.set(b.law, [...(groups.get(b.law) ?? []), b]);
  const clause = (b: Basis) => `第${b.article}条${b.clause ? `第${b.clause}款` : ''}${b.item ? `第${b.item}项` : ''}`;
  return [...groups].map(([law, list]) => `《${law}》${list.map(clause).join('、')}`).join('；');
}

export interface RuleText { number: string; title: string; basis: string }

const ruleTexts = new Map<string, RuleText>();

/** R23 / 不批捕后释放及执行回执（3日） / its basis; a rule this companion does not know shows its id. */
export function ruleText(ruleId: string): RuleText {
  let text = ruleTexts.get(ruleId);
  if (!text) {
    const rule = rulesById.get(ruleId);
    const wording = RULE_TEXT[ruleId];
    text = rule && wording
      ? { number: rule.meta.catalogue ?? ruleId, title: wording.title.zh, basis: basisCitation(wording.basis) }
      : { number: ruleId, title: ruleId, basis: '' };
    ruleTexts.set(ruleId, text);
  }
  return text;
}

const cap = (w: number, max: number) => Math.min(max, Math.max(6, w + 2));
const TITLE_WIDTH = cap(Math.max(...rules.map((r) => displayWidth(RULE_TEXT[r.meta.id]?.title.zh ?? r.meta.id))), 40);
const BASIS_WIDTH = cap(Math.max(...rules.map((r) => displayWidth(basisCitation(RULE_TEXT[r.meta.id]?.basis ?? [])))), 44);

/** The dashboard's words for an objection's state. */
export const OBJECTION_WORDS = { pending: '待审', accepted: '已同意', rejected: '已驳回' } as const;
const rectifiedWord = (r: QuarterlyReportRow) => (r.rectified ? '已整改' : '未整改');
const pointsWord = (r: QuarterlyReportRow) => (r.voided ? '已撤销' : '计分');
const objectionWord = (r: QuarterlyReportRow) => (r.objection ? OBJECTION_WORDS[r.objection] : '');

/** Column positions of the unit sheets (0-based), for the subtotal rows. */
const U = { unit: 0, prosecutor: 1, caseNumber: 2, number: 3, title: 4, basis: 5, observedOn: 6, points: 7, rectified: 8, status: 9, reason: 10, objection: 11 } as const;

function unitColumns(unitName: string): readonly ColumnSpec[] {
  return [
    { header: '单位', width: cap(displayWidth(`${unitName} 合计`), 30) },
    { header: '承办检察官', width: 14 },
    { header: '案号', width: 30 },
    { header: '规则编号', width: 9 },
    { header: '规则名称', width: TITLE_WIDTH, wrap: true },
    { header: '法律依据', width: BASIS_WIDTH, wrap: true },
    { header: '发现日期', width: 12 },
    { header: '积分', width: 6 },
    { header: '整改情况', width: 10 },
    { header: '积分状态', width: 10 },
    { header: '撤销理由', width: 24, wrap: true },
    { header: '异议', width: 8 },
  ];
}

function detailCells(r: QuarterlyReportRow): Cell[] {
  const rule = ruleText(r.ruleId);
  return [r.unitName, r.prosecutor, r.caseNumber, rule.number, rule.title, rule.basis, r.observedOn, r.points,
    rectifiedWord(r), pointsWord(r), r.voidReason ?? '', objectionWord(r)];
}

interface Tally { defects: number; points: number; rectified: number; voided: number; pending: number; cases: Set<string> }
const tally = (): Tally => ({ defects: 0, points: 0, rectified: 0, voided: 0, pending: 0, cases: new Set() });
function count(t: Tally, r: QuarterlyReportRow) {
  t.defects++;
  if (!r.voided) t.points += r.points;
  if (r.rectified) t.rectified++;
  if (r.voided) t.voided++;
  if (r.objection === 'pending') t.pending++;
  t.cases.add(r.caseNumber);
}

/** "3条瑕疵，已整改1条，已撤销0条" */
const tallyText = (t: Tally) => `${t.defects}条瑕疵，已整改${t.rectified}条，已撤销${t.voided}条`;

function subtotal(at: number, label: string, t: Tally): TableEvent {
  const cells: Cell[] = Array.from({ length: 12 }, () => '');
  cells[at] = label;
  cells[U.title] = tallyText(t);
  cells[U.points] = t.points;
  return { type: 'row', cells, emphasis: true };
}

const SUMMARY_COLUMNS: readonly ColumnSpec[] = [
  { header: '单位', width: 24 },
  { header: '承办检察官', width: 14 },
  { header: '案件数', width: 8 },
  { header: '瑕疵数', width: 8 },
  { header: '积分', width: 8 },
  { header: '已整改', width: 8 },
  { header: '已撤销', width: 8 },
  { header: '异议待审', width: 10 },
];
const summaryCells = (unit: string, prosecutor: string, t: Tally): Cell[] =>
  [unit, prosecutor, t.cases.size, t.defects, t.points, t.rectified, t.voided, t.pending];

/** The workbook: a sheet per unit with subtotals, then the summary sheet (opened first). */
export async function* quarterlyWorkbook(rows: AsyncIterable<QuarterlyReportRow>, period: { year: number; quarter: number }): AsyncGenerator<TableEvent> {
  const summary: Array<{ unitName: string; total: Tally; prosecutors: Array<{ name: string; t: Tally }> }> = [];
  const grand = tally();
  let unit: { code: string; name: string; t: Tally } | undefined;
  let prosecutor: { name: string; t: Tally } | undefined;
  let kase: { number: string; t: Tally } | undefined;

  function* closeCase(): Generator<TableEvent> {
    if (kase && kase.t.defects > 1) yield subtotal(U.caseNumber, `${kase.number} 小计`, kase.t);
    kase = undefined;
  }
  function* closeProsecutor(): Generator<TableEvent> {
    yield* closeCase();
    if (prosecutor && unit) {
      yield subtotal(U.prosecutor, `${prosecutor.name} 合计`, prosecutor.t);
      summary[summary.length - 1].prosecutors.push({ name: prosecutor.name, t: prosecutor.t });
    }
    prosecutor = undefined;
  }
  function* closeUnit(): Generator<TableEvent> {
    yield* closeProsecutor();
    if (unit) yield subtotal(U.unit, `${unit.name} 合计`, unit.t);
    unit = undefined;
  }

  for await (const r of rows) {
    if (unit?.code !== r.unitCode) {
      yield* closeUnit();
      unit = { code: r.unitCode, name: r.unitName, t: tally() };
      summary.push({ unitName: r.unitName, total: unit.t, prosecutors: [] });
      yield { type: 'sheet', name: r.unitName, columns: unitColumns(r.unitName) };
    }
    if (prosecutor?.name !== r.prosecutor) {
      yield* closeProsecutor();
      prosecutor = { name: r.prosecutor, t: tally() };
    }
    if (kase?.number !== r.caseNumber) {
      yield* closeCase();
      kase = { number: r.caseNumber, t: tally() };
    }
    for (const t of [kase.t, prosecutor.t, unit.t, grand]) count(t, r);
    yield { type: 'row', cells: detailCells(r) };
  }
  yield* closeUnit();

  yield { type: 'sheet', name: `${period.year}年第${period.quarter}季度汇总`, columns: SUMMARY_COLUMNS, opens: true };
  for (const u of summary) {
    for (const p of u.prosecutors) yield { type: 'row', cells: summaryCells(u.unitName, p.name, p.t) };
    yield { type: 'row', cells: summaryCells(`${u.unitName} 合计`, '', u.total), emphasis: true };
  }
  yield { type: 'row', cells: summaryCells('全部合计', '', grand), emphasis: true };
}

const CSV_COLUMNS: readonly Column[] = [
  { header: '单位编码', width: 0, cell: (r) => r.unitCode },
  { header: '单位', width: 0, cell: (r) => r.unitName },
  { header: '承办检察官', width: 0, cell: (r) => r.prosecutor },
  { header: '案号', width: 0, cell: (r) => r.caseNumber },
  { header: '规则编号', width: 0, cell: (r) => ruleText(r.ruleId).number },
  { header: '规则名称', width: 0, cell: (r) => ruleText(r.ruleId).title },
  { header: '法律依据', width: 0, cell: (r) => ruleText(r.ruleId).basis },
  { header: '规则代码', width: 0, cell: (r) => r.ruleId },
  { header: '同案同规则区分号', width: 0, cell: (r) => r.occurrenceKey },
  { header: '发现日期', width: 0, cell: (r) => r.observedOn },
  { header: '积分', width: 0, cell: (r) => r.points },
  { header: '整改情况', width: 0, cell: rectifiedWord },
  { header: '积分状态', width: 0, cell: pointsWord },
  { header: '撤销理由', width: 0, cell: (r) => r.voidReason ?? '' },
  { header: '异议', width: 0, cell: objectionWord },
];

/** One flat table for programs and pivot tables: every row, the ids beside the words. */
export async function* quarterlyCsv(rows: AsyncIterable<QuarterlyReportRow>, period: { year: number; quarter: number }): AsyncGenerator<TableEvent> {
  yield { type: 'sheet', name: `${period.year}年第${period.quarter}季度晒案`, columns: CSV_COLUMNS };
  for await (const r of rows) yield { type: 'row', cells: CSV_COLUMNS.map((c) => c.cell(r)) };
}
