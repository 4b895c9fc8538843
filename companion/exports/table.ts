// A streamed table: a layout turns rows into sheets and rows of cells, one at a time; a writer
// (xlsx.ts, csv.ts) turns those into bytes on the response as they come. A layout is any async
// generator of TableEvents, so a sheet per unit, subtotal rows or other headers are a new layout,
// not a new writer.
import type { Writable } from 'node:stream';

export type Cell = string | number;

export interface ColumnSpec {
  header: string;
  /** Width in characters (XLSX); CSV ignores it. */
  width: number;
  /** Long text wraps inside the column (XLSX). */
  wrap?: boolean;
}

export type TableEvent =
  /** Starts a sheet (XLSX) or a block with its header line (CSV); rows that follow belong to it. */
  /** `opens`: the workbook opens on this sheet (XLSX). */
  | { type: 'sheet'; name: string; columns: readonly ColumnSpec[]; opens?: boolean }
  /** One row of the current sheet; `emphasis` rows (subtotals, totals) are bold and shaded in XLSX. */
  | { type: 'row'; cells: readonly Cell[]; emphasis?: boolean };

/**
 * A cell a spreadsheet would run as a formula is prefixed with ' (CSV/formula injection): one that
 * starts with = + - @, also after leading spaces, tabs, line breaks or the ideographic space U+3000
 * (Excel skips them), and one that starts with a tab or carriage return.
 */
export function defuse(v: Cell): Cell {
  return typeof v === 'string' && /^(?:[\s\u3000]*[=+\-@]|[\t\r])/.test(v) ? `'${v}` : v;
}

/** Waits until the receiver has taken what it was sent (or has gone); throws once it has gone. */
export async function drained(out: Writable): Promise<void> {
  if (out.writableNeedDrain && !out.destroyed) {
    await new Promise<void>((resolve) => {
      const done = () => {
        out.off('drain', done);
        out.off('close', done);
        resolve();
      };
      out.on('drain', done);
      out.on('close', done);
    });
  }
  if (out.destroyed) throw new Error('export receiver went away');
}

/** Writes a chunk and waits while the receiver is behind; throws once the receiver has gone. */
export async function write(out: Writable, chunk: string | Buffer): Promise<void> {
  if (out.destroyed) throw new Error('export receiver went away');
  out.write(chunk);
  await drained(out);
}

/** Lets the event loop answer other requests (e.g. /healthz) between pages of rows. */
export const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));
