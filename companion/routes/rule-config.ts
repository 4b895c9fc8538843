// GET/PUT /api/v1/rule-config: rule points, warning windows and per-case thresholds (admin sets, everyone
// pulls). Each PUT makes a new version in force from then on; GET /rule-config/history lists them all.
import { Router } from 'express';
import { type RuleConfig, type RuleConfigHistory, type RuleConfigUpdate } from '../../shared/api/index.ts';
import { centralRules } from '../../shared/api/central-rules.ts';
import { HttpError } from '../errors.ts';
import { register, type ApiContext } from './context.ts';

/**
 * Refuses, before anything is stored, a setting the engine would not apply (points for an outcome
 * that is not red, `adopted` on a rule without unit-policy limits): otherwise the extension and the
 * ledger would each drop it silently. Ids this build does not implement are kept, as before.
 */
function checkApplicable(update: RuleConfigUpdate): void {
  const { problems } = centralRules(update);
  if (problems.length === 0) return;
  throw new HttpError(400, 'invalid-request',
    { zh: `配置无法采用：${problems.map((p) => p.zh).join('；')}`, en: `Configuration cannot be applied: ${problems.map((p) => p.en).join('; ')}` },
    problems.map((p) => ({ field: 'body.rules', message: p.en })));
}

export function ruleConfigRouter(ctx: ApiContext): Router {
  const router = Router();
  register(router, ctx, 'ruleConfig', (): Promise<RuleConfig> => ctx.store.settings.ruleConfig());
  register(router, ctx, 'putRuleConfig', ({ body, principal }): Promise<RuleConfig> => {
    checkApplicable(body);
    return ctx.store.settings.putRuleConfig(body, ctx.now(), principal.id);
  });
  register(router, ctx, 'ruleConfigHistory', async (): Promise<RuleConfigHistory> =>
    ({ versions: [...(await ctx.store.settings.ruleConfigHistory()).versions].reverse() }));
  return router;
}
