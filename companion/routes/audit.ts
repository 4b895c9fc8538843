// GET /api/v1/audit: the audit trail (administrators): corrections, objection decisions, rule-configuration versions.
import { Router } from 'express';
import { AUDIT_DEFAULT_LIMIT, AuditQuerySchema, endpoint, type AuditResponse } from '../../shared/api/index.ts';
import { route, type ApiContext } from './context.ts';

export function auditRouter(ctx: ApiContext): Router {
  const router = Router();
  router.get('/audit', route(ctx, { roles: endpoint('get', '/audit').roles, query: AuditQuerySchema }, async ({ query }): Promise<AuditResponse> => {
    const limit = query.limit ?? AUDIT_DEFAULT_LIMIT;
    const offset = query.offset ?? 0;
    const { total, entries } = await ctx.store.audit.list({ action: query.action, limit, offset });
    return { total, limit, offset, entries };
  }));
  return router;
}
