import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dashboardRouter, DASHBOARD_BUILD_COMMAND } from '../../../companion/dashboard/router.ts';
import { errorHandler, notFound } from '../../../companion/errors.ts';

function appWith(distDir: string) {
  const app = express();
  app.get('/healthz', (_req, res) => { res.json({ status: 'ok' }); });
  app.get('/api/v1/me', (_req, res) => { res.json({ id: 'me' }); });
  app.use('/', dashboardRouter({ distDir }));
  app.use(notFound);
  app.use(errorHandler());
  return app;
}

const html = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('dashboard router', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'caselight-dist-')); });
  afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

  describe('when the app is built', () => {
    beforeEach(() => {
      mkdirSync(join(dir, 'assets'));
      writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title><script type="module" src="/assets/app-abc.js"></script>');
      writeFileSync(join(dir, 'assets', 'app-abc.js'), 'console.log(1)');
    });

    it('serves index.html at /', async () => {
      const res = await request(appWith(dir)).get('/').set('Accept', html);
      expect(res.status).toBe(200);
      expect(res.type).toBe('text/html');
      expect(res.text).toContain('<title>app</title>');
      expect(res.headers['cache-control']).toBe('no-cache');
    });

    it('serves hashed assets with a long cache', async () => {
      const res = await request(appWith(dir)).get('/assets/app-abc.js');
      expect(res.status).toBe(200);
      expect(res.type).toMatch(/javascript/);
      expect(res.headers['cache-control']).toMatch(/immutable/);
    });

    it('falls back to index.html for app routes such as a case drill-down', async () => {
      const res = await request(appWith(dir)).get(`/cases/${encodeURIComponent('京检刑诉〔2025〕12号')}`).set('Accept', html);
      expect(res.status).toBe(200);
      expect(res.text).toContain('<title>app</title>');
    });

    it('returns 404 for a missing asset instead of the page', async () => {
      const res = await request(appWith(dir)).get('/assets/gone-123.js').set('Accept', '*/*');
      expect(res.status).toBe(404);
    });

    it('never shadows /api, /training or /healthz', async () => {
      const app = appWith(dir);
      const api = await request(app).get('/api/v1/nope').set('Accept', html);
      expect(api.status).toBe(404);
      expect(api.body.error).toBe('not-found');
      const training = await request(app).get('/training/nope').set('Accept', html);
      expect(training.status).toBe(404);
      expect(training.type).toBe('application/json');
      const me = await request(app).get('/api/v1/me');
      expect(me.body).toEqual({ id: 'me' });
      const health = await request(app).get('/healthz').set('Accept', html);
      expect(health.body).toEqual({ status: 'ok' });
    });

    it('does not answer JSON requests or POSTs with the page', async () => {
      const app = appWith(dir);
      const json = await request(app).get('/whatever').set('Accept', 'application/json');
      expect(json.status).toBe(404);
      const post = await request(app).post('/whatever').set('Accept', html);
      expect(post.status).toBe(404);
    });
  });

  describe('when the app has not been built', () => {
    it('answers page requests with a page naming the build command', async () => {
      const res = await request(appWith(join(dir, 'missing'))).get('/').set('Accept', html);
      expect(res.status).toBe(503);
      expect(res.type).toBe('text/html');
      expect(res.text).toContain(DASHBOARD_BUILD_COMMAND);
      expect(res.text).not.toMatch(/<script/i);
    });

    it('leaves the API alone', async () => {
      const res = await request(appWith(join(dir, 'missing'))).get('/api/v1/me');
      expect(res.body).toEqual({ id: 'me' });
    });

    it('picks up a build made while the server runs', async () => {
      const app = appWith(dir);
      expect((await request(app).get('/').set('Accept', html)).status).toBe(503);
      writeFileSync(join(dir, 'index.html'), '<!doctype html><title>late</title>');
      const res = await request(app).get('/').set('Accept', html);
      expect(res.status).toBe(200);
      expect(res.text).toContain('late');
    });
  });
});
