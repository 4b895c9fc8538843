// GET/PUT /api/v1/adapters: host-system adapters (data, not code) that extensions pull, so a province
// can map its own system without a new extension build.
import { Router } from 'express';
import { AdaptersUpdateSchema, endpoint, type AdaptersResponse } from '../../shared/api/index.ts';
import { route, type ApiContext } from './context.ts';

export function adaptersRouter(ctx: ApiContext): Router {
  const router = Router();
  router.get('/adapters', route(ctx, { roles: endpoint('get', '/adapters').roles }, (): Promise<AdaptersResponse> => ctx.store.settings.adapters()));
  router.put('/adapters', route(ctx, { roles: endpoint('put', '/adapters').roles, body: AdaptersUpdateSchema }, ({ body }): Promise<AdaptersResponse> =>
    ctx.store.settings.putAdapters(body.adapters, ctx.now())));
  return router;
}
