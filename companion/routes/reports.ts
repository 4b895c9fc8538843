// GET /api/v1/reports/quarterly: the quarterly 晒案 list as JSON, CSV (UTF-8 with BOM, for Excel) or
// XLSX, streamed from the database a page at a time, so its size never becomes the companion's
// memory; at most `exportConcurrency` run at once (the rest queue, or get 429 with Retry-After).
import { Router } from 'express';
import { QuarterlyReportQuerySchema, endpoint } from '../../shared/api/index.ts';
import { writeCsv } from '../exports/csv.ts';
import { quarterlyLayout } from '../exports/quarterly.ts';
import { breathe, write } from '../exports/table.ts';
import { writeXlsx } from '../exports/xlsx.ts';
import { route, type ApiContext } from './context.ts';

export function reportsRouter(ctx: ApiContext): Router {
  const router = Router();
  const ep = endpoint('get', '/reports/quarterly');
  router.get('/reports/quarterly', route(ctx, { roles: ep.roles, query: QuarterlyReportQuerySchema }, async ({ query, scopeFor, res }) => {
    const scope = scopeFor(query.unit);
    const name = `caselight-${query.year}-Q${query.quarter}`;
    await ctx.exports.run(res, async () => {
      const rows = ctx.store.defects.quarterlyRows(scope, query.year, query.quarter);
      if (query.format === 'json') {
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        await write(res, `{"year":${query.year},"quarter":${query.quarter},"rows":[`);
        let n = 0;
        let chunk = '';
        for await (const r of rows) {
          chunk += (n++ === 0 ? '' : ',') + JSON.stringify(r);
          if (chunk.length >= 64 * 1024) {
            await write(res, chunk);
            chunk = '';
          }
          if (n % 500 === 0) await breathe();
        }
        await write(res, `${chunk}]}`);
        res.end();
        return;
      }
      const table = quarterlyLayout(rows, query);
      if (query.format === 'csv') {
        res.setHeader('Content-Type', 'text/csv; charset=utf-8');
        res.setHeader('Content-Disposition', `attachment; filename="${name}.csv"`);
        await writeCsv(table, res);
        return;
      }
      res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.setHeader('Content-Disposition', `attachment; filename="${name}.xlsx"`);
      await writeXlsx(table, res);
    });
    return undefined;
  }));
  return router;
}
