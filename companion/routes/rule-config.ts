// GET/PUT /api/v1/rule-config: rule points, warning windows and per-case thresholds (admin sets, everyone pulls).
import { Router } from 'express';
import { RuleConfigUpdateSchema, endpoint, type RuleConfig } from '../../shared/api/index.ts';
import { route, type ApiContext } from './context.ts';

export function ruleConfigRouter(ctx: ApiContext): Router {
  const router = Router();
  router.get('/rule-config', route(ctx, { roles: endpoint('get', '/rule-config').roles }, (): Promise<RuleConfig> => ctx.store.settings.ruleConfig()));
  router.put('/rule-config', route(ctx, { roles: endpoint('put', '/rule-config').roles, body: RuleConfigUpdateSchema }, ({ body }): Promise<RuleConfig> =>
    ctx.store.settings.putRuleConfig(body, ctx.now())));
  return router;
}
