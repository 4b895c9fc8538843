// GET /api/v1/me, /units and /users: who is calling and whom they may see. Users and tokens are
// created with the CLI (`npm run companion -- users add`), which prints a token once.
import { Router } from 'express';
import { endpoint, type MeResponse, type Unit, type User } from '../../shared/api/index.ts';
import { visibleUnits, type UnitRow } from '../auth/scope.ts';
import { route, type ApiContext } from './context.ts';

const unitView = (u: UnitRow): Unit => ({ code: u.code, name: u.name, parentCode: u.parent_code });

export function usersRouter(ctx: ApiContext): Router {
  const router = Router();
  router.get('/me', route(ctx, { roles: endpoint('get', '/me').roles }, ({ principal, units }): MeResponse => ({
    user: { id: principal.id, name: principal.name, role: principal.role, unitCode: principal.unitCode, unitName: principal.unitName },
    visibleUnits: visibleUnits(principal, units).map(unitView),
  })));

  router.get('/units', route(ctx, { roles: endpoint('get', '/units').roles }, ({ principal, units }) => ({
    units: visibleUnits(principal, units).map(unitView),
  })));

  router.get('/users', route(ctx, { roles: endpoint('get', '/users').roles }, async ({ scope }): Promise<{ users: User[] }> => ({
    users: (await ctx.store.users.list(scope)).map((u) => ({
      id: u.id, name: u.name, role: u.role, unitCode: u.unit_code, revoked: u.revoked_at !== null, createdAt: u.created_at, leader: u.leader === 1,
    })),
  })));
  return router;
}
