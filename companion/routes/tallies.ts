// GET /api/v1/tallies: points per prosecutor, unit, rule, month or quarter for one year.
import { Router } from 'express';
import { type TallyResponse } from '../../shared/api/index.ts';
import { register, type ApiContext } from './context.ts';

export function talliesRouter(ctx: ApiContext): Router {
  const router = Router();
  register(router, ctx, 'tallies', async ({ query, scopeFor, currentYear }): Promise<TallyResponse> => {
    const year = query.year ?? currentYear();
    const { rows, totals } = await ctx.store.defects.tallies(scopeFor(query.unit), year, query.groupBy);
    return { year, groupBy: query.groupBy, unit: query.unit ?? null, rows, totals };
  });
  return router;
}
