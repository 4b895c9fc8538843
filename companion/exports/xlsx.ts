// XLSX writer: exceljs's streaming WorkbookWriter, which zips each row as it is committed instead of
// holding the workbook in memory. Sheets are written one after another (a new 'sheet' event commits
// the previous one), header row bold, inline strings (no shared-string table to keep in memory).
// The companion runs it in an export worker thread (pool.ts, worker.ts).
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { breathe, defuse, drained, type TableEvent } from './table.ts';

/** Excel refuses sheet names over 31 characters or with : \ / ? * [ ]. */
const sheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet';

export async function writeXlsx(events: AsyncIterable<TableEvent>, out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'CaseLight';
  let sheet: ExcelJS.Worksheet | undefined;
  let rows = 0;
  for await (const e of events) {
    if (e.type === 'sheet') {
      sheet?.commit();
      sheet = workbook.addWorksheet(sheetName(e.name));
      sheet.columns = e.columns.map((c) => ({ header: c.header, width: c.width }));
      const header = sheet.getRow(1);
      header.font = { bold: true };
      header.commit();
      continue;
    }
    if (!sheet) throw new Error('a row before any sheet');
    const row = sheet.addRow(e.cells.map(defuse));
    if (e.emphasis) row.font = { bold: true };
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
