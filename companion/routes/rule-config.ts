// GET/PUT /api/v1/rule-config: rule points, warning windows and per-case thresholds (admin sets, everyone
// pulls). Each PUT makes a new version in force from then on; GET /rule-config/history lists them all.
import { Router } from 'express';
import { RuleConfigUpdateSchema, endpoint, type RuleConfig, type RuleConfigHistory } from '../../shared/api/index.ts';
import { route, type ApiContext } from './context.ts';

export function ruleConfigRouter(ctx: ApiContext): Router {
  const router = Router();
  router.get('/rule-config', route(ctx, { roles: endpoint('get', '/rule-config').roles }, (): Promise<RuleConfig> => ctx.store.settings.ruleConfig()));
  router.put('/rule-config', route(ctx, { roles: endpoint('put', '/rule-config').roles, body: RuleConfigUpdateSchema }, ({ body, principal }): Promise<RuleConfig> =>
    ctx.store.settings.putRuleConfig(body, ctx.now(), principal.id)));
  router.get('/rule-config/history', route(ctx, { roles: endpoint('get', '/rule-config/history').roles }, async (): Promise<RuleConfigHistory> =>
    ({ versions: [...(await ctx.store.settings.ruleConfigHistory()).versions].reverse() })));
  return router;
}
