// Starts the companion: parse config, open and migrate the store, seed the demo on first run, listen,
// and shut down gracefully on SIGINT/SIGTERM (stop accepting, finish in-flight requests, close the DB).
import { createServer, type Server, type ServerResponse } from 'node:http';
import { pino } from 'pino';
import { createApp, type Logger } from './app.ts';
import { ConfigError, defaultThresholds, loadConfig, type Config } from './config.ts';
import { clientErrorHandler } from './errors.ts';
import { openStore, type Store } from './db/store.ts';
import { seedDemo, type DemoSeedResult } from './demo/seed.ts';

export interface RunningServer {
  url: string;
  server: Server;
  store: Store;
  /** The demo accounts, when the demo is on and this database was seeded with it. */
  demo?: DemoSeedResult;
  /** Stops accepting connections, lets in-flight requests finish (up to config.shutdownTimeoutMs), closes the store. */
  close(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  now?: () => Date;
}

export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? pino({ level: config.logLevel, base: { service: 'caselight-companion' } });
  const store = await openStore({
    dataDir: config.dataDir, databaseUrl: config.databaseUrl, poolSize: config.poolSize, thresholds: defaultThresholds(config),
  });
  let demo: DemoSeedResult | undefined;
  try {
    if (config.demo) demo = await seedDemo(store, { dataDir: config.dataDir, now: options.now?.() });
  } catch (err) {
    await store.close();
    throw err;
  }

  const app = createApp({ config, store, logger, now: options.now });
  const server = createServer(app);
  server.on('clientError', clientErrorHandler);

  // In-flight accounting: a shutdown waits for these, then closes the connections they leave open.
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  let drained: (() => void) | undefined;
  server.on('request', (_req, res: ServerResponse) => {
    inFlight.add(res);
    if (draining) res.setHeader('Connection', 'close');
    res.on('close', () => {
      inFlight.delete(res);
      if (draining && inFlight.size === 0) drained?.();
    });
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => resolve());
    });
  } catch (err) {
    await store.close();
    throw err;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  logger.info({ url, dialect: store.dialect, dataDir: config.dataDir }, 'listening');

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      draining = true;
      // Answers still to be sent tell keep-alive clients the connection ends with them.
      for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight.size > 0) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          new Promise<void>((resolve) => { drained = resolve; }),
          new Promise<void>((resolve) => { timer = setTimeout(resolve, config.shutdownTimeoutMs); }),
        ]);
        clearTimeout(timer);
        if (inFlight.size > 0) logger.warn({ inFlight: inFlight.size }, 'shutdown timeout: closing connections with requests still running');
      }
      server.closeAllConnections();
      await stopped;
      await store.close();
      logger.info({}, 'stopped');
    })();
    return closing;
  };
  return { url, server, store, demo, close };
}

/** Runs until SIGINT/SIGTERM; the second signal exits at once. */
export function stopOnSignals(running: RunningServer): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    void running.close().then(() => process.exit(0), (err: unknown) => {
      console.error(`shutdown failed after ${signal}:`, err);
      process.exit(1);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  try {
    const config = loadConfig(process.env, process.argv.slice(2));
    const running = await startServer(config);
    console.log(`CaseLight companion listening on ${running.url}`);
    stopOnSignals(running);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
}
