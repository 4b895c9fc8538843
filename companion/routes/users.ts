// GET /api/v1/me, /units and /users: who is calling and whom they may see. Users and tokens are
// created with the CLI (`npm run companion -- users add`), which prints a token once.
import { Router } from 'express';
import { type MeResponse, type Unit, type User } from '../../shared/api/index.ts';
import { visibleUnits, type UnitRow } from '../auth/scope.ts';
import { register, type ApiContext } from './context.ts';

const unitView = (u: UnitRow): Unit => ({ code: u.code, name: u.name, parentCode: u.parent_code });

export function usersRouter(ctx: ApiContext): Router {
  const router = Router();
  register(router, ctx, 'me', ({ principal, units }): MeResponse => ({
    user: { id: principal.id, name: principal.name, role: principal.role, unitCode: principal.unitCode, unitName: principal.unitName },
    visibleUnits: visibleUnits(principal, units).map(unitView),
  }));

  register(router, ctx, 'units', ({ principal, units }) => ({
    units: visibleUnits(principal, units).map(unitView),
  }));

  register(router, ctx, 'users', async ({ scope }): Promise<{ users: User[] }> => ({
    users: (await ctx.store.users.list(scope)).map((u) => ({
      id: u.id, name: u.name, role: u.role, unitCode: u.unit_code, revoked: u.revoked_at !== null, createdAt: u.created_at, leader: u.leader === 1,
    })),
  }));
  return router;
}
