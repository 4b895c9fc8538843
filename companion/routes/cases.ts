// GET /api/v1/cases/:caseNumber/defects and GET /api/v1/cases/over-threshold (per-case thresholds).
import { Router } from 'express';
import {
  OVER_THRESHOLD_DEFAULT_LIMIT, type CaseDefectsResponse, type OverThresholdResponse,
} from '../../shared/api/index.ts';
import { forbidden, register, type ApiContext } from './context.ts';

export function casesRouter(ctx: ApiContext): Router {
  const router = Router();
  register(router, ctx, 'casesOverThreshold', async ({ query, scopeFor, currentYear }): Promise<OverThresholdResponse> => {
    const year = query.year ?? currentYear();
    const scope = scopeFor(query.unit);
    const limit = query.limit ?? OVER_THRESHOLD_DEFAULT_LIMIT;
    const offset = query.offset ?? 0;
    const thresholds = await ctx.store.settings.thresholds();
    const { total, cases } = await ctx.store.defects.overThreshold(scope, year, thresholds, { limit, offset });
    return { year, thresholds, total, limit, offset, cases };
  });

  register(router, ctx, 'caseDefects', async ({ params, scope }): Promise<CaseDefectsResponse> => {
    const found = await ctx.store.defects.caseDefects(scope, params.caseNumber);
    if (found.defects.length === 0 && found.hidden > 0) {
      throw forbidden({
        zh: '该案件的瑕疵记录属于其他单位或其他检察官，无权查看',
        en: "This case's defects belong to another unit or another prosecutor",
      });
    }
    return ctx.store.defects.caseSummary(params.caseNumber, found.defects, await ctx.store.settings.thresholds());
  });
  return router;
}
