// The quarterly list as JSON, streamed: `{"year":…,"quarter":…,"rows":[` then each row as it comes.
import type { Writable } from 'node:stream';
import type { QuarterlyReportRow } from '../../shared/api/index.ts';
import { breathe, write } from './table.ts';

export async function writeJson(rows: AsyncIterable<QuarterlyReportRow>, period: { year: number; quarter: number }, out: Writable): Promise<void> {
  await write(out, `{"year":${period.year},"quarter":${period.quarter},"rows":[`);
  let n = 0;
  let chunk = '';
  for await (const r of rows) {
    chunk += (n++ === 0 ? '' : ',') + JSON.stringify(r);
    if (chunk.length >= 64 * 1024) {
      await write(out, chunk);
      chunk = '';
    }
    if (n % 500 === 0) await breathe();
  }
  await write(out, `${chunk}]}`);
  out.end();
}
