// GET /api/v1/summary: the dashboard's overview for one year, within the caller's scope (or one unit of it).
import { Router } from 'express';
import { type SummaryResponse } from '../../shared/api/index.ts';
import { register, type ApiContext } from './context.ts';

export function summaryRouter(ctx: ApiContext): Router {
  const router = Router();
  register(router, ctx, 'summary', async ({ query, scopeFor, currentYear }): Promise<SummaryResponse> => {
    const year = query.year ?? currentYear();
    const scope = scopeFor(query.unit);
    const { defects, objections, settings } = ctx.store;
    const thresholds = await settings.thresholds();
    const [tallies, over, pendingObjections, containsDemoData] = await Promise.all([
      defects.breakdown(scope, year, { prosecutors: 10, rules: 5 }),
      defects.overThreshold(scope, year, thresholds, { limit: 10, offset: 0 }),
      objections.countPending(scope),
      defects.containsDemoData(),
    ]);
    return {
      year,
      containsDemoData,
      totals: tallies.totals,
      byUnit: tallies.byUnit,
      byProsecutor: tallies.byProsecutor,
      topRules: tallies.byRule,
      overThreshold: { count: over.total, cases: over.cases },
      pendingObjections,
    };
  });
  return router;
}
