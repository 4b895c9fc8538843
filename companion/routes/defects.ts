// POST /api/v1/defects/:id/correction: an administrator sets a booked defect's points, with a reason
// that goes into the audit trail. Besides an accepted objection, the only way booked points change.
import { Router } from 'express';
import { type Defect } from '../../shared/api/index.ts';
import { HttpError } from '../errors.ts';
import { forbidden, register, type ApiContext } from './context.ts';

export function defectsRouter(ctx: ApiContext): Router {
  const router = Router();
  register(router, ctx, 'correctDefect', async ({ params, body, principal, scope }): Promise<Defect> => {
    const outcome = await ctx.store.corrections.correct(principal, scope, params.id, body.points, body.reason, ctx.now());
    if (!outcome.ok) {
      if (outcome.code === 'not-found') throw new HttpError(404, 'not-found', { zh: '未找到该瑕疵记录', en: 'No such defect' });
      if (outcome.code === 'forbidden') throw forbidden({ zh: '该瑕疵记录不在您的管辖范围', en: 'The defect is outside your units' });
      throw new HttpError(409, 'unchanged', { zh: '积分与现值相同，无需更正', en: 'The defect already carries these points' });
    }
    return await ctx.store.defects.get(params.id) as Defect;
  });
  return router;
}
