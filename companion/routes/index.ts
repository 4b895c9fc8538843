// /api/v1: rate limit, JSON body (size-limited), bearer authentication, then the resources.
import express, { Router } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { hashToken } from '../auth/tokens.ts';
import { HttpError } from '../errors.ts';
import { adaptersRouter } from './adapters.ts';
import { calendarOverridesRouter } from './calendar-overrides.ts';
import { casesRouter } from './cases.ts';
import { authenticate, bearerToken, type ApiContext } from './context.ts';
import { eventsRouter } from './events.ts';
import { objectionsRouter } from './objections.ts';
import { reportsRouter } from './reports.ts';
import { ruleConfigRouter } from './rule-config.ts';
import { summaryRouter } from './summary.ts';
import { talliesRouter } from './tallies.ts';
import { usersRouter } from './users.ts';

export type { ApiContext } from './context.ts';

export function apiRouter(ctx: ApiContext): Router {
  const router = Router();
  router.use(rateLimit({
    windowMs: 60_000,
    limit: ctx.config.rateLimitPerMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // Per token: a whole procuratorate may sit behind one NAT address.
    keyGenerator: (req) => {
      const token = bearerToken(req);
      return token ? `token:${hashToken(token)}` : `ip:${ipKeyGenerator(req.ip ?? '')}`;
    },
    handler: (_req, _res, next) => next(new HttpError(429, 'rate-limited', { zh: '请求过于频繁，请稍后再试', en: 'Too many requests; try again later' })),
  }));
  router.use(express.json({ limit: ctx.config.bodyLimit }));
  router.use(authenticate(ctx));
  router.use(usersRouter(ctx));
  router.use(eventsRouter(ctx));
  router.use(talliesRouter(ctx));
  router.use(casesRouter(ctx));
  router.use(objectionsRouter(ctx));
  router.use(reportsRouter(ctx));
  router.use(summaryRouter(ctx));
  router.use(ruleConfigRouter(ctx));
  router.use(adaptersRouter(ctx));
  router.use(calendarOverridesRouter(ctx));
  return router;
}
