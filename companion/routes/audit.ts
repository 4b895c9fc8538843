// GET /api/v1/audit: the audit trail (administrators): corrections, objection decisions, rule-configuration versions.
import { Router } from 'express';
import { AUDIT_DEFAULT_LIMIT, type AuditResponse } from '../../shared/api/index.ts';
import { register, type ApiContext } from './context.ts';

export function auditRouter(ctx: ApiContext): Router {
  const router = Router();
  register(router, ctx, 'audit', async ({ query }): Promise<AuditResponse> => {
    const limit = query.limit ?? AUDIT_DEFAULT_LIMIT;
    const offset = query.offset ?? 0;
    const { total, entries } = await ctx.store.audit.list({ action: query.action, limit, offset });
    return { total, limit, offset, entries };
  });
  return router;
}
