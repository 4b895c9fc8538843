// GET /api/v1/tallies: points per prosecutor, unit, rule, month or quarter for one year, a page at a time.
import { Router } from 'express';
import { TALLY_DEFAULT_LIMIT, type TallyResponse } from '../../shared/api/index.ts';
import { register, type ApiContext } from './context.ts';

export function talliesRouter(ctx: ApiContext): Router {
  const router = Router();
  register(router, ctx, 'tallies', async ({ query, scopeFor, currentYear }): Promise<TallyResponse> => {
    const year = query.year ?? currentYear();
    const limit = query.limit ?? TALLY_DEFAULT_LIMIT;
    const offset = query.offset ?? 0;
    const { rows, totals, total, rank } = await ctx.store.defects.tallies(scopeFor(query.unit), year, query.groupBy, { limit, offset, user: query.user });
    return { year, groupBy: query.groupBy, unit: query.unit ?? null, rows, totals, total, limit, offset, ...(query.user !== undefined ? { rank: rank ?? null } : {}) };
  });
  return router;
}
