// GET/PUT /api/v1/adapters: host-system adapters (data, not code) that extensions pull, so a province
// can map its own system without a new extension build. Every published version is kept:
// GET /adapters/:id/versions lists them, POST /adapters/:id/rollback publishes one again.
import { Router } from 'express';
import { type AdaptersResponse, type AdapterVersions } from '../../shared/api/index.ts';
import { HttpError } from '../errors.ts';
import { register, type ApiContext } from './context.ts';

export function adaptersRouter(ctx: ApiContext): Router {
  const router = Router();
  register(router, ctx, 'adapters', (): Promise<AdaptersResponse> => ctx.store.settings.adapters());
  register(router, ctx, 'putAdapters', ({ body, principal }): Promise<AdaptersResponse> =>
    ctx.store.settings.putAdapters(body.adapters, ctx.now(), principal.id));
  register(router, ctx, 'adapterVersions', async ({ params }): Promise<AdapterVersions> =>
    ({ id: params.id, versions: await ctx.store.settings.adapterVersions(params.id) }));
  register(router, ctx, 'rollbackAdapter', async ({ params, body, principal }): Promise<AdaptersResponse> => {
    const res = await ctx.store.settings.rollbackAdapter(params.id, body.version, ctx.now(), principal.id);
    if (!res) {
      throw new HttpError(404, 'not-found',
        { zh: `适配器 ${params.id} 没有第 ${body.version} 版`, en: `adapter ${params.id} has no version ${body.version}` });
    }
    return res;
  });
  return router;
}
