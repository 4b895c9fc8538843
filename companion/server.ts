// Starts the companion: parse config, open and migrate the store, seed the demo on first run, listen,
// and shut down gracefully on SIGINT/SIGTERM (stop accepting, finish in-flight requests, close the DB).
import { createServer, type Server, type ServerResponse } from 'node:http';
import { pino } from 'pino';
import { calendarFromOverrides, HOLIDAY_SOURCE, missingCalendarYears, todayInShanghai } from '../shared/calendar/index.ts';
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
  /** Years whose State Council holiday arrangement is needed but loaded neither in the bundle nor as overrides. */
  missingCalendarYears: number[];
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
    dataDir: config.dataDir, databaseUrl: config.databaseUrl, pgSchema: config.dbSchema, poolSize: config.poolSize, thresholds: defaultThresholds(config),
  });
  logger.info({ dialect: store.dialect, migrated: store.migrated }, store.migrated.length > 0 ? 'migrations applied' : 'schema current');
  let demo: DemoSeedResult | undefined;
  try {
    // The SQLite writer thread starts before the server listens, so the first posts do not wait for it.
    await store.connection.ingestWriter?.start();
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
  const missing = await missingYears(store, options.now);
  if (missing.length > 0) logger.warn({ missingCalendarYears: missing, steps: CALENDAR_STEPS.en }, calendarWarning(missing).en);

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
  return { url, server, store, demo, missingCalendarYears: missing, close };
}

/** How an administrator loads a year's arrangement, for the start-up warning. */
export const CALENDAR_STEPS = {
  zh: [
    '国务院办公厅每年11月前后发布下一年度部分节假日安排的通知。',
    `若 ${HOLIDAY_SOURCE.name} 已发布包含该年度的新版本：升级该依赖并运行 npx tsx scripts/gen-holidays.ts，重新构建扩展。`,
    '否则由管理员登录督察看板，在“节假日安排”页逐段录入该年度放假日期和调休上班日期，预览后保存；扩展在下次同步时取得。',
  ],
  en: [
    'The State Council publishes the coming year’s holiday arrangement around November.',
    `If a ${HOLIDAY_SOURCE.name} release includes that year: update the package, run npx tsx scripts/gen-holidays.ts and rebuild the extension.`,
    'Otherwise an administrator signs in to the dashboard, enters the year’s holidays and make-up working days as ranges on the holiday calendar page, previews and saves; extensions pick it up at their next sync.',
  ],
} as const;

/** The warning line for years without an arrangement. */
export function calendarWarning(years: readonly number[]): { zh: string; en: string } {
  return {
    zh: `${years.join('、')}年国务院节假日安排尚未载入：期满日落在该年度的不亮红灯（日期可能变动）。`,
    en: `The State Council holiday arrangement for ${years.join(', ')} is not loaded: due dates in it light yellow, not red (they may move).`,
  };
}

/** This year, and from 1 November the next, when neither the bundle nor the overrides hold them. */
async function missingYears(store: Store, now: (() => Date) | undefined): Promise<number[]> {
  return missingCalendarYears(todayInShanghai(now?.() ?? new Date()), calendarFromOverrides(await store.settings.calendarOverrides()));
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
