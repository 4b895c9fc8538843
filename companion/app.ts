// Builds the companion's Express app from its dependencies; never listens (server.ts does).
import { readFileSync } from 'node:fs';
import express, { type RequestHandler } from 'express';
import helmet from 'helmet';
import type { Config } from './config.ts';
import type { Store } from './db/store.ts';
import { HttpError, errorHandler, notFound } from './errors.ts';
import { createExportLimiter, type ExportLimiter } from './exports/limiter.ts';
import { createExportPool } from './exports/pool.ts';
import { apiRouter } from './routes/index.ts';
import { dashboardRouter } from './dashboard/router.ts';
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
        method: req.method, path: req.path, status: res.statusCode,
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

export function createApp(deps: AppDeps): express.Express {
  const logger = deps.logger ?? silentLogger;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(securityHeaders);
  app.use(requestLog(logger));

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: 'caselight-companion', version: COMPANION_VERSION });
  });

  if (deps.store) {
    const exports = deps.exports ?? createExportLimiter({ concurrency: deps.config.exportConcurrency, queue: deps.config.exportQueue });
    const exportPool = createExportPool({ info: deps.store.connection.info });
    app.use('/api/v1', apiRouter({ config: deps.config, store: deps.store, now: deps.now ?? (() => new Date()), logger, exports, exportPool }));
  } else {
    app.use('/api/v1', (_req, _res, next) => next(new HttpError(503, 'no-store', { zh: '未配置数据库', en: 'No database configured' })));
  }
  app.use('/training', trainingRouter({ now: deps.now }));
  app.use('/', dashboardRouter());

  app.use(notFound);
  app.use(errorHandler((err) => logger.error({ err }, 'request failed')));
  return app;
}
