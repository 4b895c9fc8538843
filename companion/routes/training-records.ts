// GET /api/v1/training-records: 训练记录 — findings and objections made in the training system,
// newest first, paged; trainers see their own, supervisors their units', administrators all.
import { Router } from 'express';
import { TrainingRecordsQuerySchema, endpoint, type TrainingRecordsResponse } from '../../shared/api/index.ts';
import { route, type ApiContext } from './context.ts';

export function trainingRecordsRouter(ctx: ApiContext): Router {
  const router = Router();
  const ep = endpoint('get', '/training-records');
  router.get('/training-records', route(ctx, { roles: ep.roles, query: TrainingRecordsQuerySchema }, async ({ query, scope }): Promise<TrainingRecordsResponse> => {
    const limit = query.limit ?? 100;
    const offset = query.offset ?? 0;
    const { total, records } = await ctx.store.training.list(scope, { limit, offset });
    return { total, limit, offset, records };
  }));
  return router;
}
