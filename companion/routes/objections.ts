// Objections (异议): POST /objections (own defect), GET /objections (paged), POST /objections/:id/decision.
import { Router } from 'express';
import {
  OBJECTIONS_DEFAULT_LIMIT,
  type Objection, type ObjectionListResponse,
} from '../../shared/api/index.ts';
import type { ObjectionOutcome } from '../db/objections-repository.ts';
import { HttpError } from '../errors.ts';
import { forbidden, register, type ApiContext } from './context.ts';

function answer(outcome: ObjectionOutcome, maxOpen: number): Objection {
  if (outcome.ok) return outcome.objection;
  switch (outcome.code) {
    case 'not-found': throw new HttpError(404, 'not-found', { zh: '未找到该瑕疵记录或异议', en: 'No such defect or objection' });
    case 'not-own': throw forbidden({ zh: '只能对本人的瑕疵记录提出异议', en: 'You may object only to your own defects' });
    case 'forbidden': throw forbidden({ zh: '只能审查本单位及下级单位的异议', en: 'You may decide objections only for your unit and the units below it' });
    case 'own': throw forbidden({ zh: '不能审查对本人瑕疵记录的异议', en: 'You may not decide an objection to your own defect' });
    case 'voided': throw new HttpError(409, 'conflict', { zh: '该瑕疵记录已被撤销积分', en: 'The defect is already voided' });
    case 'already-open': throw new HttpError(409, 'conflict', { zh: '该瑕疵记录已有待审或已采纳的异议', en: 'The defect already has a pending or accepted objection' });
    case 'already-decided': throw new HttpError(409, 'conflict', { zh: '该异议已经审查', en: 'The objection has already been decided' });
    case 'nothing-to-object': throw new HttpError(409, 'nothing-to-object', { zh: '该瑕疵记录积分为 0，无可异议', en: 'The defect carries 0 points: nothing to object to' });
    case 'too-many-open': throw new HttpError(409, 'too-many-open-objections', {
      zh: `待审异议已达上限（${maxOpen} 件），请待已提出的异议审查后再提`,
      en: `You have ${maxOpen} objections pending, the most allowed; file more once some are decided`,
    });
  }
}

export function objectionsRouter(ctx: ApiContext): Router {
  const router = Router();
  const maxOpen = ctx.config.maxOpenObjections;

  register(router, ctx, 'fileObjection', async ({ body, principal }) =>
    answer(await ctx.store.objections.file(principal, body.defectId, body.reason, ctx.now(), maxOpen), maxOpen));

  register(router, ctx, 'objections', async ({ query, scope }): Promise<ObjectionListResponse> => {
    const limit = query.limit ?? OBJECTIONS_DEFAULT_LIMIT;
    const offset = query.offset ?? 0;
    const order = query.order ?? 'newest';
    const page = await ctx.store.objections.page(scope, { status: query.status, year: query.year, userId: query.user, order, limit, offset });
    return { total: page.total, limit, offset, order, objections: page.objections };
  });

  register(router, ctx, 'decideObjection', async ({ params, body, principal, scope }) =>
    answer(await ctx.store.objections.decide(principal, scope, params.id, body.decision, body.reason, ctx.now()), maxOpen));
  return router;
}
