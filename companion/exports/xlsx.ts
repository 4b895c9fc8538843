// XLSX writer: exceljs's streaming WorkbookWriter, which zips each row as it is committed instead of
// holding the workbook in memory. Sheets are written one after another (a new 'sheet' event commits
// the previous one); each has its header row bold and frozen (it stays in view while scrolling) and
// the column widths the layout sets (the layout knows its values' widths before the first row: the
// <cols> element comes before the rows in the file). Inline strings, no shared-string table to keep
// in memory. The companion runs it in an export worker thread (pool.ts, worker.ts).
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { breathe, defuse, drained, type TableEvent } from './table.ts';

/** Excel refuses sheet names over 31 characters or with : \ / ? * [ ]. */
const sheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet';

const SHADE: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };

export async function writeXlsx(events: AsyncIterable<TableEvent>, out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'CaseLight';
  let sheet: ExcelJS.Worksheet | undefined;
  let wraps: boolean[] = [];
  let rows = 0;
  let sheets = 0;
  const names = new Set<string>();
  for await (const e of events) {
    if (e.type === 'sheet') {
      sheet?.commit();
      let name = sheetName(e.name);
      for (let i = 2; names.has(name); i++) name = sheetName(`${e.name.slice(0, 27)} (${i})`);
      names.add(name);
      if (e.opens) workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: sheets, visibility: 'visible' }];
      sheets++;
      sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }] });
      sheet.columns = e.columns.map((c) => ({ header: c.header, width: c.width }));
      wraps = e.columns.map((c) => c.wrap === true);
      const header = sheet.getRow(1);
      header.font = { bold: true };
      header.fill = SHADE;
      header.alignment = { vertical: 'middle', wrapText: true };
      header.commit();
      continue;
    }
    if (!sheet) throw new Error('a row before any sheet');
    const row = sheet.addRow(e.cells.map(defuse));
    wraps.forEach((wrap, i) => { if (wrap) row.getCell(i + 1).alignment = { wrapText: true, vertical: 'top' }; });
    if (e.emphasis) {
      row.font = { bold: true };
      row.fill = SHADE;
    }
    row.commit();
    // Every 25 rows let other requests in (a slice of 25 costs a few ms; of 500, over 100 ms), and
    // let zlib and the socket catch up; when the client reads slowly, wait for it.
    if (++rows % 25 === 0) {
      await breathe();
      await drained(out);
    }
  }
  sheet?.commit();
  await workbook.commit();
}
