import { describe, expect, it } from 'vitest';
import { ConfigError, defaultThresholds, loadConfig } from '../../companion/config.ts';

describe('loadConfig', () => {
  it('uses the embedded defaults on an empty environment', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 8787, host: '127.0.0.1', dataDir: './data', demo: true, rateLimitPerMinute: 600, bodyLimit: '1mb', thresholdProsecution: 40, thresholdOther: 30,
      maxOpenObjections: 50, exportConcurrency: 2, exportQueue: 64,
    });
    expect(c.databaseUrl).toBeUndefined();
    expect(defaultThresholds(c)).toEqual({ prosecution: 40, other: 30, prosecutionProcedures: ['prosecution-review'] });
  });

  it('reads every setting from its variable, and --no-demo', () => {
    const c = loadConfig({
      CASELIGHT_PORT: '9000', CASELIGHT_HOST: '0.0.0.0', CASELIGHT_DATA_DIR: '/var/lib/caselight', DATABASE_URL: 'postgresql://u@db/caselight',
      CASELIGHT_LOG_LEVEL: 'warn', CASELIGHT_RATE_LIMIT: '120', CASELIGHT_BODY_LIMIT: '512kb', CASELIGHT_THRESHOLD_PROSECUTION: '45',
      CASELIGHT_THRESHOLD_OTHER: '35', CASELIGHT_SHUTDOWN_TIMEOUT_MS: '3000', CASELIGHT_DB_POOL_SIZE: '20',
      CASELIGHT_MAX_OPEN_OBJECTIONS: '10', CASELIGHT_EXPORT_CONCURRENCY: '3', CASELIGHT_EXPORT_QUEUE: '8',
      CASELIGHT_PUBLIC_URL: 'http://10.1.2.3:8787', CASELIGHT_EXTENSION_HOSTS: 'http://*.jcy/*, http://10.1.2.9/*',
      CASELIGHT_TRUST_PROXY: '10.0.0.5, 10.1.0.0/16',
    }, ['--no-demo']);
    expect(c).toEqual({
      port: 9000, host: '0.0.0.0', dataDir: '/var/lib/caselight', databaseUrl: 'postgresql://u@db/caselight', logLevel: 'warn', demo: false,
      rateLimitPerMinute: 120, bodyLimit: '512kb', thresholdProsecution: 45, thresholdOther: 35, shutdownTimeoutMs: 3000, poolSize: 20,
      maxOpenObjections: 10, exportConcurrency: 3, exportQueue: 8,
      publicUrl: 'http://10.1.2.3:8787', extensionHosts: ['http://*.jcy/*', 'http://10.1.2.9/*'], trustProxy: ['10.0.0.5', '10.1.0.0/16'],
    });
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ CASELIGHT_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ CASELIGHT_TRUST_PROXY: 'off' }).trustProxy).toBe(false);
    expect(loadConfig({ CASELIGHT_TRUST_PROXY: 'loopback' }).trustProxy).toEqual(['loopback']);
    expect(loadConfig({}).extensionHosts).toEqual(['http://*.jcy/*']);
    expect(loadConfig({ CASELIGHT_DEMO: 'false' }).demo).toBe(false);
    expect(loadConfig({ CASELIGHT_DEMO: '1' }).demo).toBe(true);
  });

  it('rejects a bad environment, naming each bad variable and its value', () => {
    let error: unknown;
    try {
      loadConfig({ CASELIGHT_PORT: '99999', DATABASE_URL: 'mysql://x', CASELIGHT_LOG_LEVEL: 'loud', CASELIGHT_RATE_LIMIT: '0', CASELIGHT_BODY_LIMIT: 'huge', CASELIGHT_THRESHOLD_OTHER: '-3', CASELIGHT_PUBLIC_URL: 'ftp://x', CASELIGHT_EXTENSION_HOSTS: 'jcy', CASELIGHT_TRUST_PROXY: 'everyone' });
    } catch (e) { error = e; }
    expect(error).toBeInstanceOf(ConfigError);
    const issues = (error as ConfigError).issues.join('\n');
    for (const name of ['CASELIGHT_PORT', 'DATABASE_URL', 'CASELIGHT_LOG_LEVEL', 'CASELIGHT_RATE_LIMIT', 'CASELIGHT_BODY_LIMIT', 'CASELIGHT_THRESHOLD_OTHER', 'CASELIGHT_PUBLIC_URL', 'CASELIGHT_EXTENSION_HOSTS', 'CASELIGHT_TRUST_PROXY']) {
      expect(issues).toContain(name);
    }
    expect(issues).toContain('"99999"');
    expect((error as ConfigError).message).toContain('配置无效');
  });
});
