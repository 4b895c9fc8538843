// POST /api/v1/events: the extension's outbox posts batches; ids seen before are ignored.
import { Router } from 'express';
import { EventBatchSchema, endpoint, type EventBatchResult } from '../../shared/api/index.ts';
import { invalidRequest } from '../errors.ts';
import { forbidden, route, type ApiContext } from './context.ts';

/** Clocks drift, outboxes wait offline; a day ahead is the most a real observation can be. */
const MAX_FUTURE_MS = 24 * 3600 * 1000;

/** Roles whose real (non-training) findings are booked to them. */
const ACCRUING = new Set(['prosecutor', 'supervisor']);

export function eventsRouter(ctx: ApiContext): Router {
  const router = Router();
  const ep = endpoint('post', '/events');
  router.post('/events', route(ctx, { roles: ep.roles, body: EventBatchSchema }, async ({ body, principal }): Promise<EventBatchResult> => {
    const latest = ctx.now().getTime() + MAX_FUTURE_MS;
    const future = body.events.flatMap((e, i) => (Date.parse(e.observedAt) > latest ? [{ path: ['events', i, 'observedAt'], message: 'more than a day in the future' }] : []));
    if (future.length > 0) throw invalidRequest('body', future);
    if (!ACCRUING.has(principal.role) && body.events.some((e) => !e.training)) {
      throw forbidden({
        zh: '培训和管理员账号只能上报培训事件（training: true），不计入台账',
        en: 'Trainer and administrator accounts may post training events only (training: true); they never reach the ledger',
      });
    }
    return ctx.store.events.ingest({ id: principal.id, unitCode: principal.unitCode }, body.events, { now: ctx.now() });
  }));
  return router;
}
