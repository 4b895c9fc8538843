// CSV writer: UTF-8 with a BOM (Excel opens it as UTF-8), CRLF lines, each sheet as a block starting
// with its header line, blank line between blocks. Streamed with backpressure.
import type { Writable } from 'node:stream';
import { breathe, defuse, write, type Cell, type TableEvent } from './table.ts';

function csvCell(v: Cell): string {
  const s = String(defuse(v));
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

const line = (cells: readonly Cell[]) => `${cells.map(csvCell).join(',')}\r\n`;

export async function writeCsv(events: AsyncIterable<TableEvent>, out: Writable): Promise<void> {
  let buffered = '\uFEFF';
  let sheets = 0;
  let rows = 0;
  for await (const e of events) {
    if (e.type === 'sheet') {
      buffered += (sheets++ > 0 ? '\r\n' : '') + line(e.columns.map((c) => c.header));
    } else {
      buffered += line(e.cells);
    }
    if (buffered.length >= 64 * 1024) {
      await write(out, buffered);
      buffered = '';
    }
    if (++rows % 500 === 0) await breathe();
  }
  if (buffered.length > 0) await write(out, buffered);
  out.end();
}
