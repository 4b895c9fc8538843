// The companion's configuration: parsed from the environment once, here and nowhere else.
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);

export const ConfigSchema = z.object({
  port: port.default(8787),
  host: z.string().min(1).default('127.0.0.1'),
  dataDir: z.string().min(1).default('./data'),
  databaseUrl: z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://').optional(),
  /** PostgreSQL schema of the ledger (created when missing); by default the connection's search_path. Must match on every instance. */
  dbSchema: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'lower-case letters, digits and _ (a PostgreSQL identifier)').optional(),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  demo: z.boolean().default(true),
  /** Requests per minute per token (or per address without one) on /api/v1. */
  rateLimitPerMinute: z.coerce.number().int().min(1).max(1_000_000).default(600),
  /** Largest accepted request body, e.g. `1mb` or `512kb`. */
  bodyLimit: z.string().regex(/^\d+(b|kb|mb)$/i, 'expected a size such as 1mb or 512kb').default('1mb'),
  /** Per-case thresholds until an administrator sets them with PUT /api/v1/rule-config. */
  thresholdProsecution: z.coerce.number().int().min(1).max(10_000).default(40),
  thresholdOther: z.coerce.number().int().min(1).max(10_000).default(30),
  /** How long a shutdown waits for in-flight requests before closing their connections. */
  shutdownTimeoutMs: z.coerce.number().int().min(0).max(600_000).default(10_000),
  /** Connections in the pool on PostgreSQL. */
  poolSize: z.coerce.number().int().min(1).max(200).default(10),
  /** Pending objections one prosecutor may have at once; more answer 409. */
  maxOpenObjections: z.coerce.number().int().min(1).max(100_000).default(50),
  /** Quarterly-list exports (JSON, CSV, XLSX) that run at once in this process. */
  exportConcurrency: z.coerce.number().int().min(1).max(64).default(2),
  /** Exports that wait for a turn; one more answers 429 with Retry-After. */
  exportQueue: z.coerce.number().int().min(0).max(10_000).default(64),
  /** The companion's address as browsers on other machines reach it (update_url, policies); default http://host:port. */
  publicUrl: z.string().regex(/^https?:\/\/[^\s?#]+$/, 'expected an http:// or https:// URL without query or fragment').optional(),
  /** Match patterns of the case system's hosts, written into the generated policies (managed allowedHosts, runtime_allowed_hosts). */
  extensionHosts: z.preprocess(
    (v) => (typeof v === 'string' ? v.split(/[,\s]+/).filter(Boolean) : v),
    z.array(z.string().regex(/^(https?|\*):\/\/(\*|\*\.[^/*:]+|[^/*:]+)(:\d+)?\/.*$/, 'expected match patterns such as http://*.jcy/*, comma-separated')).min(1),
  ).default(['http://*.jcy/*']),
  /**
   * Which reverse proxies (load balancers) may state the client's address in X-Forwarded-For: off by
   * default; a number of hops, or addresses/CIDRs and Express's names (loopback, linklocal, uniquelocal),
   * comma-separated. Only with it does a per-address rate limit behind a balancer see the clients.
   */
  trustProxy: z.preprocess(
    (v) => (typeof v !== 'string' ? v : /^\d+$/.test(v.trim()) ? Number(v) : ['false', 'off', 'no', '0'].includes(v.trim().toLowerCase()) ? false : v.split(/[,\s]+/).filter(Boolean)),
    z.union([
      z.literal(false),
      z.number().int().min(1).max(10),
      z.array(z.string().regex(/^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)$/, 'expected a hop count, or addresses/CIDRs (or loopback, linklocal, uniquelocal), comma-separated')).min(1),
    ]),
  ).default(false),
});
export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`配置无效 / invalid configuration:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const envNames: Record<string, string> = {
  port: 'CASELIGHT_PORT',
  host: 'CASELIGHT_HOST',
  dataDir: 'CASELIGHT_DATA_DIR',
  databaseUrl: 'DATABASE_URL',
  dbSchema: 'CASELIGHT_DB_SCHEMA',
  logLevel: 'CASELIGHT_LOG_LEVEL',
  demo: 'CASELIGHT_DEMO',
  rateLimitPerMinute: 'CASELIGHT_RATE_LIMIT',
  bodyLimit: 'CASELIGHT_BODY_LIMIT',
  thresholdProsecution: 'CASELIGHT_THRESHOLD_PROSECUTION',
  thresholdOther: 'CASELIGHT_THRESHOLD_OTHER',
  shutdownTimeoutMs: 'CASELIGHT_SHUTDOWN_TIMEOUT_MS',
  poolSize: 'CASELIGHT_DB_POOL_SIZE',
  maxOpenObjections: 'CASELIGHT_MAX_OPEN_OBJECTIONS',
  exportConcurrency: 'CASELIGHT_EXPORT_CONCURRENCY',
  exportQueue: 'CASELIGHT_EXPORT_QUEUE',
  publicUrl: 'CASELIGHT_PUBLIC_URL',
  extensionHosts: 'CASELIGHT_EXTENSION_HOSTS',
  trustProxy: 'CASELIGHT_TRUST_PROXY',
};

const empty = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v);

/** Parses the environment (and `--no-demo` style flags) into a Config, or throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = []): Config {
  const demoEnv = empty(env.CASELIGHT_DEMO);
  const raw = {
    port: empty(env.CASELIGHT_PORT ?? env.PORT),
    host: empty(env.CASELIGHT_HOST),
    dataDir: empty(env.CASELIGHT_DATA_DIR),
    databaseUrl: empty(env.DATABASE_URL),
    dbSchema: empty(env.CASELIGHT_DB_SCHEMA),
    logLevel: empty(env.CASELIGHT_LOG_LEVEL),
    rateLimitPerMinute: empty(env.CASELIGHT_RATE_LIMIT),
    bodyLimit: empty(env.CASELIGHT_BODY_LIMIT),
    thresholdProsecution: empty(env.CASELIGHT_THRESHOLD_PROSECUTION),
    thresholdOther: empty(env.CASELIGHT_THRESHOLD_OTHER),
    shutdownTimeoutMs: empty(env.CASELIGHT_SHUTDOWN_TIMEOUT_MS),
    poolSize: empty(env.CASELIGHT_DB_POOL_SIZE),
    maxOpenObjections: empty(env.CASELIGHT_MAX_OPEN_OBJECTIONS),
    exportConcurrency: empty(env.CASELIGHT_EXPORT_CONCURRENCY),
    exportQueue: empty(env.CASELIGHT_EXPORT_QUEUE),
    publicUrl: empty(env.CASELIGHT_PUBLIC_URL),
    extensionHosts: empty(env.CASELIGHT_EXTENSION_HOSTS),
    trustProxy: empty(env.CASELIGHT_TRUST_PROXY),
    demo: argv.includes('--no-demo') ? false : demoEnv === undefined ? undefined : !['0', 'false', 'no'].includes(demoEnv.toLowerCase()),
  };
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => {
      const key = String(i.path[0] ?? '');
      return `${envNames[key] ?? key}: ${i.message} (got ${JSON.stringify((raw as Record<string, unknown>)[key])})`;
    }));
  }
  return parsed.data;
}

/** The thresholds the ledger starts with (shared/ledger defaults, numbers from the environment). */
export function defaultThresholds(config: Config) {
  return { prosecution: config.thresholdProsecution, other: config.thresholdOther, prosecutionProcedures: ['prosecution-review'] };
}

/** Where browsers on other machines reach this companion: CASELIGHT_PUBLIC_URL, else http://host:port. */
export function publicBaseUrl(config: Config): string {
  return (config.publicUrl ?? `http://${config.host}:${config.port}`).replace(/\/+$/, '');
}
