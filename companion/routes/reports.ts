// GET /api/v1/reports/quarterly: the quarterly 晒案 list as JSON, CSV (UTF-8 with BOM, for Excel) or
// XLSX, read through a database cursor and rendered in an export worker thread (exports/pool.ts), so
// neither its size nor its CPU reaches the companion's memory or event loop; at most
// `exportConcurrency` run at once (the rest queue, or get 429 with Retry-After).
import { Router } from 'express';
import {  } from '../../shared/api/index.ts';
import { register, type ApiContext } from './context.ts';

const CONTENT_TYPES = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export function reportsRouter(ctx: ApiContext): Router {
  const router = Router();
  register(router, ctx, 'quarterlyReport', async ({ query, scopeFor, res }) => {
    const scope = scopeFor(query.unit);
    await ctx.exports.run(res, async () => {
      res.setHeader('Content-Type', CONTENT_TYPES[query.format]);
      if (query.format !== 'json') res.setHeader('Content-Disposition', `attachment; filename="caselight-${query.year}-Q${query.quarter}.${query.format}"`);
      await ctx.exportPool.run({ format: query.format, scope, year: query.year, quarter: query.quarter, ...(query.limit ? { limit: query.limit } : {}) }, res);
    });
    return undefined;
  });
  return router;
}
