// GET /api/v1/training-records: 训练记录 — findings and objections made in the training system,
// newest first, paged; trainers see their own, supervisors their units', administrators all.
import { Router } from 'express';
import { register, type ApiContext } from './context.ts';

export function trainingRecordsRouter(ctx: ApiContext): Router {
  const router = Router();
  register(router, ctx, 'trainingRecords', async ({ query, scope }) => {
    const limit = query.limit ?? 100;
    const offset = query.offset ?? 0;
    const { total, records } = await ctx.store.training.list(scope, { limit, offset });
    return { total, limit, offset, records };
  });
  return router;
}
