// Builds the companion's Express app from its dependencies; never listens (server.ts does).
import express from 'express';
import type { Config } from './config.ts';
import { errorHandler, notFound } from './errors.ts';
import { dashboardRouter } from './dashboard/router.ts';
import { trainingRouter } from './training/router.ts';

export interface Logger {
  info(obj: unknown, msg?: string): void;
  warn(obj: unknown, msg?: string): void;
  error(obj: unknown, msg?: string): void;
}

export interface AppDeps {
  config: Config;
  logger?: Logger;
  /** Clock for tests; defaults to the real one. */
  now?: () => Date;
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

export function createApp(deps: AppDeps): express.Express {
  const logger = deps.logger ?? silentLogger;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: 'caselight-companion' });
  });

  app.use('/training', trainingRouter());
  app.use('/', dashboardRouter());

  app.use(notFound);
  app.use(errorHandler((err) => logger.error({ err }, 'request failed')));
  return app;
}
