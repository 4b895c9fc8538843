// GET/PUT /api/v1/adapters: host-system adapters (data, not code) that extensions pull, so a province
// can map its own system without a new extension build.
import { Router } from 'express';
import { type AdaptersResponse } from '../../shared/api/index.ts';
import { register, type ApiContext } from './context.ts';

export function adaptersRouter(ctx: ApiContext): Router {
  const router = Router();
  register(router, ctx, 'adapters', (): Promise<AdaptersResponse> => ctx.store.settings.adapters());
  register(router, ctx, 'putAdapters', ({ body }): Promise<AdaptersResponse> =>
    ctx.store.settings.putAdapters(body.adapters, ctx.now()));
  return router;
}
