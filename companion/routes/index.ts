// /api/v1: who is calling (bearer token) → rate limit (per user, or per address for a missing,
// unknown or revoked token) → 401 for anyone unknown → JSON body (size-limited, UTF-8, well-formed)
// → the resources. Authentication comes before the body is read, so an unknown caller cannot make
// the companion parse a megabyte, and made-up tokens all count against the caller's address.
import express, { Router } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { endpoints } from '../../shared/api/index.ts';
import { HttpError } from '../errors.ts';
import { adaptersRouter } from './adapters.ts';
import { assessmentsRouter } from './assessments.ts';
import { auditRouter } from './audit.ts';
import { calendarOverridesRouter } from './calendar-overrides.ts';
import { caseActivityRouter } from './case-activity.ts';
import { casesRouter } from './cases.ts';
import { callerOf, identify, requireCaller, type ApiContext } from './context.ts';
import { defectsRouter } from './defects.ts';
import { evaluationRouter } from './evaluation.ts';
import { eventsRouter } from './events.ts';
import { noticesRouter } from './notices.ts';
import { objectionsRouter } from './objections.ts';
import { reportsRouter } from './reports.ts';
import { ruleConfigRouter } from './rule-config.ts';
import { summaryRouter } from './summary.ts';
import { talliesRouter } from './tallies.ts';
import { trainingRecordsRouter } from './training-records.ts';
import { usersRouter } from './users.ts';
import { verifyUtf8, wellFormed } from './well-formed.ts';

export type { ApiContext } from './context.ts';

export function apiRouter(ctx: ApiContext): Router {
  const router = Router();
  router.use(identify(ctx));
  router.use(rateLimit({
    windowMs: 60_000,
    limit: ctx.config.rateLimitPerMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // Per user: a whole procuratorate may sit behind one NAT address. Without a valid token, per
    // address, so inventing tokens buys no fresh allowance.
    keyGenerator: (req, res) => {
      const caller = callerOf(res);
      return caller ? `user:${caller.principal.id}` : `ip:${ipKeyGenerator(req.ip ?? '')}`;
    },
    // Shared counts (several instances, one PostgreSQL); a count that cannot be written lets the
    // request through to fail or succeed on the database itself, rather than refusing it here.
    ...(ctx.rateLimitStore ? { store: ctx.rateLimitStore, passOnStoreError: true } : {}),
    handler: (_req, _res, next) => next(new HttpError(429, 'rate-limited', { zh: '请求过于频繁，请稍后再试', en: 'Too many requests; try again later' })),
  }));
  router.use(requireCaller);
  router.use(express.json({ limit: ctx.config.bodyLimit, verify: verifyUtf8 }));
  // Endpoints with an `envelope` (POST /events) check each item on their own (one bad event is refused by itself).
  router.use(wellFormed({ skipBody: (method, path) => endpoints.some((e) => e.envelope !== undefined && e.method.toUpperCase() === method && e.path === path) }));
  router.use(usersRouter(ctx));
  router.use(eventsRouter(ctx));
  router.use(talliesRouter(ctx));
  router.use(casesRouter(ctx));
  router.use(defectsRouter(ctx));
  router.use(objectionsRouter(ctx));
  router.use(trainingRecordsRouter(ctx));
  router.use(reportsRouter(ctx));
  router.use(summaryRouter(ctx));
  router.use(ruleConfigRouter(ctx));
  router.use(adaptersRouter(ctx));
  router.use(calendarOverridesRouter(ctx));
  router.use(auditRouter(ctx));
  router.use(caseActivityRouter(ctx));
  router.use(noticesRouter(ctx));
  router.use(evaluationRouter(ctx));
  router.use(assessmentsRouter(ctx));
  return router;
}
