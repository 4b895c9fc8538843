import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../companion/app.ts';
import { HttpError, errorHandler, notFound } from '../../companion/errors.ts';
import { backends, seedWorld, testConfig, auth } from './helpers.ts';

function appThatThrows(err: unknown, log: (e: unknown) => void = () => {}) {
  const app = express();
  app.get('/boom', () => { throw err; });
  app.use(notFound);
  app.use(errorHandler(log));
  return app;
}

describe('error handler', () => {
  it('answers a 5xx with exactly { message: "Internal Server Error" } and logs the error', async () => {
    const logged: unknown[] = [];
    const res = await request(appThatThrows(new Error('SQLITE_CORRUPT at /secret/path'), (e) => logged.push(e))).get('/boom');
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ message: 'Internal Server Error' });
    expect(res.text).not.toContain('secret');
    expect(logged).toHaveLength(1);
  });

  it('never leaks the reason of an HttpError with a 5xx status', async () => {
    const res = await request(appThatThrows(new HttpError(503, 'x', { zh: '内部细节', en: 'internal detail' }))).get('/boom');
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ message: 'Internal Server Error' });
  });

  it('answers a 4xx HttpError with its code and bilingual reason', async () => {
    const res = await request(appThatThrows(new HttpError(409, 'conflict', { zh: '冲突', en: 'Conflict' }, [1]))).get('/boom');
    expect(res.status).toBe(409);
    expect(res.body).toEqual({ error: 'conflict', message: 'Conflict', reason: { zh: '冲突', en: 'Conflict' }, details: [1] });
  });

  it('answers a thrown non-error with a 500', async () => {
    expect((await request(appThatThrows('a string')).get('/boom')).body).toEqual({ message: 'Internal Server Error' });
  });

  it('cuts the connection when an answer fails after it started streaming, instead of leaving the client waiting', async () => {
    const logged: unknown[] = [];
    const app = express();
    app.get('/stream', async (_req, res, next) => {
      res.write('partial');
      await new Promise((r) => setTimeout(r, 10));
      next(new Error('cursor failed'));
    });
    app.use(errorHandler((e) => logged.push(e)));
    const res = await request(app).get('/stream').timeout(5_000).then(() => 'completed', (e: Error) => e.message);
    expect(res).not.toBe('completed');
    expect(res).not.toContain('Timeout');
    expect(logged).toHaveLength(1);
  });

  it('answers 404 with a JSON reason naming the method and path', async () => {
    const res = await request(appThatThrows(new Error())).post('/nowhere');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: 'not-found', message: 'Not found: POST /nowhere', reason: { zh: '未找到：POST /nowhere', en: 'Not found: POST /nowhere' } });
  });
});

describe.each(backends)('the companion app ($name)', (backend) => {
  it('answers a database failure with exactly { message: "Internal Server Error" }', async () => {
    const t = await backend.open();
    const w = await seedWorld(t.store);
    const errors: unknown[] = [];
    const app = createApp({ config: testConfig(t.dataDir), store: t.store, logger: { info() {}, warn() {}, error: (e) => errors.push(e) } });
    await t.store.close();
    const res = await request(app).get('/api/v1/me').set(auth(w.admin));
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ message: 'Internal Server Error' });
    expect(errors).toHaveLength(1);
    await t.cleanup().catch(() => {});
  });

  it('answers JSON 404 for an unknown API path', async () => {
    const t = await backend.open();
    const w = await seedWorld(t.store);
    const res = await request(createApp({ config: testConfig(t.dataDir), store: t.store })).get('/api/v1/suspects').set(auth(w.admin));
    expect(res.status).toBe(404);
    expect(res.body.error).toBe('not-found');
    await t.cleanup();
  });
});
