// What every /api/v1 route gets: the store, the config and the clock; authentication by bearer
// token; and `register()`, which mounts a handler for an endpoint of the shared/api table
// (method, path, roles, schemas all from there) through `route()`, which validates params, query
// and body at the edge and checks the caller's role before the handler runs.
import type { NextFunction, Request, RequestHandler, Response, Router } from 'express';
import type { Store as RateLimitStore } from 'express-rate-limit';
import type { z } from 'zod';
import { ENDPOINTS, type AnswerOf, type Endpoint, type EndpointName, type ParamsOf, type QueryOf, type Role } from '../../shared/api/index.ts';
import { ledgerPeriod } from '../../shared/ledger/index.ts';
import { narrowToUnit, scopeOf, type Principal, type Scope, type UnitRow } from '../auth/scope.ts';
import type { Logger } from '../app.ts';
import type { Config } from '../config.ts';
import type { Store } from '../db/store.ts';
import { HttpError, invalidRequest } from '../errors.ts';
import type { ExportLimiter } from '../exports/limiter.ts';
import type { ExportPool } from '../exports/pool.ts';

export interface ApiContext {
  config: Config;
  store: Store;
  now: () => Date;
  logger: Logger;
  /** Caps how many quarterly-list exports run at once in this process. */
  exports: ExportLimiter;
  /** The worker threads that read and render exports. */
  exportPool: ExportPool;
  /** Where the rate limiter counts: the database when instances share it (PostgreSQL), else in memory. */
  rateLimitStore?: RateLimitStore;
}

interface Caller { principal: Principal; units: UnitRow[] }

/** Who is calling, once identify() has run; undefined for a missing, unknown or revoked token. */
export function callerOf(res: Response): Caller | undefined {
  return res.locals.caller as Caller | undefined;
}

/** The bearer token of a request, if it carries one. */
export function bearerToken(req: Request): string | undefined {
  const h = req.headers.authorization;
  if (typeof h !== 'string') return undefined;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(h);
  return m?.[1];
}

export const unauthorized = () => new HttpError(401, 'unauthorized', {
  zh: '缺少或无效的访问令牌（Authorization: Bearer …），或令牌已被吊销',
  en: 'Missing, invalid or revoked bearer token (Authorization: Bearer …)',
});

export const forbidden = (reason: { zh: string; en: string }) => new HttpError(403, 'forbidden', reason);

export const otherUnitForbidden = (unit: string) => forbidden({
  zh: `无权查看单位 ${unit}：只能查看本单位及下级单位（检察官只能查看本人）`,
  en: `You may not see unit ${unit}: only your unit and the units below it (prosecutors: only their own records)`,
});

/** Looks the token up and remembers who is calling (nobody, for a missing, unknown or revoked token). */
export function identify(ctx: ApiContext): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const token = bearerToken(req);
    if (token === undefined || token.length > 200) return next();
    // The token and the units at once: on PostgreSQL two connections of the pool, one round trip
    // of waiting instead of two on every request (the units are ~100 rows, read for a token that
    // turns out unknown too).
    const [principal, units] = await Promise.all([ctx.store.users.findByToken(token), ctx.store.units.list()]);
    if (principal) {
      const caller: Caller = { principal, units };
      res.locals.caller = caller;
    }
    next();
  };
}

/** 401 for anyone identify() did not recognise. */
export const requireCaller: RequestHandler = (_req, res, next) => {
  if (callerOf(res)) return next();
  res.setHeader('WWW-Authenticate', 'Bearer realm="caselight"');
  next(unauthorized());
};

export interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  principal: Principal;
  units: UnitRow[];
  /** What the caller may see: all, their unit and below, or only themselves. */
  scope: Scope;
  /** The scope narrowed to `unit` (and below); 403 when that unit is outside the caller's scope. */
  scopeFor(unit: string | undefined): Scope;
  /** The current calendar year in Asia/Shanghai. */
  currentYear(): number;
  req: Request;
  res: Response;
}

export interface RouteSpec<P, Q, B> {
  roles: readonly Role[];
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /** Status of a JSON answer (default 200). */
  status?: number;
}

const roleNames: Record<Role, string> = { prosecutor: '检察官', supervisor: '部门负责人/案管/督察', trainer: '培训', admin: '管理员' };

/**
 * A route handler: parses the input with the given schemas (400 listing the bad fields), checks the
 * role (403), runs `fn`, and sends what it returns as JSON (or nothing when it answered itself).
 */
export function route<P = unknown, Q = unknown, B = unknown>(
  ctx: ApiContext,
  spec: RouteSpec<P, Q, B>,
  fn: (input: RouteInput<P, Q, B>) => Promise<unknown> | unknown,
): RequestHandler {
  return async (req, res) => {
    const caller = callerOf(res);
    if (!caller) throw unauthorized();
    const { principal, units } = caller;
    if (!spec.roles.includes(principal.role)) {
      throw forbidden({
        zh: `此操作仅限：${spec.roles.map((r) => roleNames[r]).join('、')}`,
        en: `Only for: ${spec.roles.join(', ')}`,
      });
    }
    const parse = <T>(schema: z.ZodType<T> | undefined, value: unknown, where: 'body' | 'query' | 'params'): T => {
      if (!schema) return undefined as T;
      if (where === 'body' && value === undefined) {
        throw new HttpError(400, 'invalid-request', { zh: '请求体须为 JSON（Content-Type: application/json）', en: 'The request body must be JSON (Content-Type: application/json)' });
      }
      const r = schema.safeParse(value);
      if (!r.success) throw invalidRequest(where, r.error.issues);
      return r.data;
    };
    const params = parse(spec.params, { ...req.params }, 'params');
    const rawQuery = { ...(req.query as object) };
    // Strict like the schemas: a parameter the endpoint does not take is an error, not ignored.
    if (!spec.query && Object.keys(rawQuery).length > 0) {
      throw invalidRequest('query', Object.keys(rawQuery).map((k) => ({ path: [k], message: 'unknown parameter' })));
    }
    const query = parse(spec.query, rawQuery, 'query');
    const body = parse(spec.body, req.body, 'body');
    const scope = scopeOf(principal, units);
    const input: RouteInput<P, Q, B> = {
      params, query, body, principal, units, scope, req, res,
      scopeFor(unit) {
        if (unit === undefined) return scope;
        const narrowed = narrowToUnit(scope, units, unit);
        if (!narrowed) throw otherUnitForbidden(unit);
        return narrowed;
      },
      currentYear: () => ledgerPeriod(ctx.now()).year,
    };
    const result = await fn(input);
    if (result !== undefined && !res.headersSent) res.status(spec.status ?? 200).json(result);
  };
}

type Entry<N extends EndpointName> = (typeof ENDPOINTS)[N];
/** The body a route of this endpoint parses: its `envelope` when it checks items one by one, else its `body`. */
export type RouteBodyOf<N extends EndpointName> = Entry<N> extends { envelope: infer S extends z.ZodType } ? z.output<S>
  : Entry<N> extends { body: infer S extends z.ZodType } ? z.output<S> : undefined;

/**
 * Mounts the handler of one endpoint of the shared/api table on the router: method, path, roles,
 * schemas and success status all come from the table, so a route cannot disagree with the contract
 * (or with the client and docs/openapi.json built from the same table). The handler returns the
 * answer (sent as JSON) or undefined when it answered itself (streams).
 */
export function register<N extends EndpointName>(
  router: Router,
  ctx: ApiContext,
  name: N,
  fn: (input: RouteInput<ParamsOf<N>, QueryOf<N>, RouteBodyOf<N>>) => Promise<AnswerOf<N> | undefined> | AnswerOf<N> | undefined,
): void {
  const e: Endpoint = ENDPOINTS[name];
  const handler = route(ctx, {
    roles: e.roles,
    ...(e.params ? { params: e.params } : {}),
    ...(e.query ? { query: e.query } : {}),
    ...((e.envelope ?? e.body) ? { body: e.envelope ?? e.body } : {}),
    status: e.response.status,
  }, fn as (input: RouteInput<unknown, unknown, unknown>) => unknown);
  router[e.method](e.path, handler);
}
