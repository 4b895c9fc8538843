import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../companion/app.ts';
import { ConfigSchema } from '../../companion/config.ts';
import { apiFixture, auth, backends } from './helpers.ts';
import { endpoints } from '../../shared/api/index.ts';

describe.each(backends)('createApp ($name)', (backend) => {
  let f: Awaited<ReturnType<typeof apiFixture>>;
  beforeAll(async () => { f = await apiFixture(backend); });
  afterAll(async () => { await f.t.cleanup(); });

  it('sends security headers with a CSP that allows same-origin scripts and styles only', async () => {
    const res = await request(f.app).get('/healthz').expect(200);
    // The version the extension's 测试连接 shows is package.json's.
    expect(res.body).toMatchObject({ status: 'ok', version: process.env.npm_package_version ?? expect.stringMatching(/^\d+\.\d+\.\d+/) });
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('mounts every endpoint declared in shared/api', async () => {
    for (const e of endpoints) {
      const path = `/api/v1${e.path.replace(':caseNumber', 'X').replace(':id', '0b6f2f0e-8f3c-4a8e-9c1a-2d6b7a1f3e55')}`;
      const res = await request(f.app)[e.method](path).set(auth(f.w.admin)).send({});
      expect(res.status, `${e.method} ${path}`).not.toBe(404);
    }
  });

  it('logs each request by its full path, without the query string, whichever router answered it', async () => {
    const lines: Record<string, unknown>[] = [];
    const capture = { info: (o: object) => { lines.push(o as Record<string, unknown>); }, warn() {}, error() {} };
    // west1: on PostgreSQL the rate limit is counted in the database, shared with the test below (east1).
    const app = createApp({ config: ConfigSchema.parse({ dataDir: f.t.dataDir }), store: f.store, logger: capture });
    await request(app).get('/api/v1/me').set(auth(f.w.west1)).expect(200);
    await request(app).get('/extension/update.xml?v=1');
    await new Promise((r) => setTimeout(r, 20));
    const paths = lines.filter((l) => 'status' in l).map((l) => l.path);
    expect(paths).toContain('/api/v1/me');
    expect(paths).toContain('/extension/update.xml');
    expect(paths).not.toContain('/me');
  });

  it('rate-limits each token, answering 429 with a reason', async () => {
    const limited = createApp({ config: ConfigSchema.parse({ dataDir: f.t.dataDir, rateLimitPerMinute: 3 }), store: f.store });
    for (let i = 0; i < 3; i++) await request(limited).get('/api/v1/me').set(auth(f.w.east1)).expect(200);
    const res = await request(limited).get('/api/v1/me').set(auth(f.w.east1));
    expect(res.status).toBe(429);
    expect(res.body.reason.en).toContain('Too many requests');
    expect(res.headers.ratelimit).toBeDefined();
    await request(limited).get('/api/v1/me').set(auth(f.w.east2)).expect(200);
  });
});

describe('createApp without a store', () => {
  it('still serves /healthz, and /api/v1 answers 503 without details', async () => {
    const app = createApp({ config: ConfigSchema.parse({}) });
    await request(app).get('/healthz').expect(200);
    const res = await request(app).get('/api/v1/me');
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ message: 'Internal Server Error' });
  });
});
