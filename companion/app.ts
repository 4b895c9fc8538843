// Builds the companion's Express app from its dependencies; never listens (server.ts does).
import { readFileSync } from 'node:fs';
import express, { type RequestHandler } from 'express';
import helmet from 'helmet';
import { API_PREFIX } from '../shared/api/endpoints.ts';
import type { Config } from './config.ts';
import type { Store } from './db/store.ts';
import { HttpError, errorHandler, notFound } from './errors.ts';
import { createExportLimiter, type ExportLimiter } from './exports/limiter.ts';
import { createExportPool } from './exports/pool.ts';
import { createSharedExportLimiter } from './limits/export-tickets.ts';
import { PostgresRateLimitStore } from './limits/rate-limit-store.ts';
import { apiRouter } from './routes/index.ts';
import { dashboardRouter } from './dashboard/router.ts';
import { extensionUpdatesRouter } from './routes/extension-updates.ts';
import { trainingRouter } from './training/router.ts';

/** The companion's version (package.json), on /healthz: the extension's 测试连接 shows it. */
export const COMPANION_VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export interface Logger {
  info(obj: unknown, msg?: string): void;
  warn(obj: unknown, msg?: string): void;
  error(obj: unknown, msg?: string): void;
}

export interface AppDeps {
  config: Config;
  /** The ledger database (server.ts opens it). Without one, /api/v1 answers 503. */
  store?: Store;
  logger?: Logger;
  /** Clock for tests; defaults to the real one. */
  now?: () => Date;
  /** The cap on concurrent exports; by default one per app from config.exportConcurrency/exportQueue. */
  exports?: ExportLimiter;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/** One structured line per request: method, path (no query string), status, duration, caller. */
function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const caller = (res.locals.caller as { principal?: { id: string } } | undefined)?.principal?.id;
      logger.info({
        // originalUrl: req.path is relative to the router that answered (/me for /api/v1/me).
        method: req.method, path: req.originalUrl.split('?', 1)[0], status: res.statusCode,
        ms: Number(process.hrtime.bigint() - started) / 1e6, ...(caller ? { user: caller } : {}),
      }, 'request');
    });
    next();
  };
}

/**
 * Security headers. The dashboard (/) and the training system (/training) load their scripts and
 * styles as same-origin files, so scripts are 'self' only. Styles also allow inline `style`
 * attributes, which chart libraries and the extension's overlay set at run time. No
 * upgrade-insecure-requests: the embedded default is plain http on 127.0.0.1.
 */
const securityHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'self'"],
    },
  },
});

/** How long /readyz waits for the database before calling it unreachable. */
const READY_TIMEOUT_MS = 2_000;

/**
 * Ready when the database answers within READY_TIMEOUT_MS and has every migration this code knows
 * (an instance of newer code waits while another applies them; an older schema is not served).
 */
async function readiness(store: Store | undefined): Promise<{ ready: boolean; body: Record<string, unknown> }> {
  const notReady = (reason: string, zh: string, en: string, extra: Record<string, unknown> = {}) =>
    ({ ready: false, body: { status: 'not-ready', reason, message: { zh, en }, ...extra } });
  if (!store) return notReady('no-store', '未配置数据库', 'No database configured');
  let timer: NodeJS.Timeout | undefined;
  try {
    const pending = await Promise.race([
      store.pendingMigrations(),
      new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error('timeout')), READY_TIMEOUT_MS); }),
    ]);
    if (pending.length > 0) return notReady('migrations-pending', '数据库结构尚未升级到当前版本', 'Database migrations are pending', { pending });
    return { ready: true, body: { status: 'ready', dialect: store.dialect } };
  } catch {
    return notReady('database-unreachable', '数据库无法连接', 'The database cannot be reached');
  } finally {
    clearTimeout(timer);
  }
}

export function createApp(deps: AppDeps): express.Express {
  const logger = deps.logger ?? silentLogger;
  const app = express();
  app.disable('x-powered-by');
  // Off unless CASELIGHT_TRUST_PROXY names the balancers: otherwise any client could set its own address.
  app.set('trust proxy', deps.config.trustProxy);
  app.use(securityHeaders);
  app.use(requestLog(logger));

  // Liveness: the process answers. Readiness: it can serve /api/v1 (see readiness()).
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: 'caselight-companion', version: COMPANION_VERSION });
  });
  app.get('/readyz', async (_req, res) => {
    const r = await readiness(deps.store);
    res.status(r.ready ? 200 : 503).setHeader('Cache-Control', 'no-store').json(r.body);
  });

  if (deps.store) {
    // On PostgreSQL several instances may share the ledger: the rate limits and the export cap are
    // counted in the database, for the whole cluster. On SQLite one process owns the file: in memory.
    const shared = deps.store.dialect === 'postgres';
    const cap = { concurrency: deps.config.exportConcurrency, queue: deps.config.exportQueue };
    const exports = deps.exports ?? (shared ? createSharedExportLimiter(deps.store.db, cap) : createExportLimiter(cap));
    const rateLimitStore = shared ? new PostgresRateLimitStore(deps.store.db) : undefined;
    const exportPool = createExportPool({ info: deps.store.connection.info });
    app.use(API_PREFIX, apiRouter({ config: deps.config, store: deps.store, now: deps.now ?? (() => new Date()), logger, exports, exportPool, rateLimitStore }));
  } else {
    app.use(API_PREFIX, (_req, _res, next) => next(new HttpError(503, 'no-store', { zh: '未配置数据库', en: 'No database configured' })));
  }
  app.use('/training', trainingRouter({ now: deps.now }));
  app.use('/extension', extensionUpdatesRouter({ config: deps.config, store: deps.store }));
  app.use('/', dashboardRouter());

  app.use(notFound);
  app.use(errorHandler((err) => logger.error({ err }, 'request failed')));
  return app;
}
