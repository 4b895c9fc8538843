// Hardening found by the attack review (issue 16): ill-formed text refused at the edge on both
// dialects, rate limits that made-up tokens cannot escape, authentication before the body is read,
// JSON for the errors Node answers itself, and a ledger file only its owner can read.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../companion/app.ts';
import { SQLITE_FILE } from '../../companion/db/connection.ts';
import { openStore } from '../../companion/db/store.ts';
import { startServer } from '../../companion/server.ts';
import { apiFixture, auth, backends, event, testApp, testConfig } from './helpers.ts';

/** A JSON body with a lone surrogate, as JSON.stringify writes it (`"\ud800"`). */
const withLoneSurrogate = (body: object) => JSON.stringify(body).replace('LONE', '\\ud800');

describe.each(backends)('well-formed text ($name)', (backend) => {
  let f: Awaited<ReturnType<typeof apiFixture>>;
  beforeEach(async () => { f = await apiFixture(backend); });
  afterEach(async () => { await f.t.cleanup(); });

  const raw = (path: string, body: string, method: 'post' | 'put' = 'post', who = f.w.east1) =>
    request(f.app)[method](`/api/v1${path}`).set(auth(who)).set('Content-Type', 'application/json').send(body);

  it('answers 400 for a lone surrogate in an event, and the next batch for the same case is stored', async () => {
    const bad = await raw('/events', withLoneSurrogate({ events: [event({ occurrenceKey: 'x-LONE' })] }));
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([expect.objectContaining({ field: 'body.events.0.occurrenceKey', message: expect.stringContaining('ill-formed Unicode') })]);
    const caseNumber = await raw('/events', withLoneSurrogate({ events: [event({ caseNumber: '苏检LONE' })] }));
    expect(caseNumber.status).toBe(400);
    const next = await request(f.app).post('/api/v1/events').set(auth(f.w.east1)).send({ events: [event(), event({ kind: 'rectified', light: 'green', points: 0, observedAt: '2025-04-09T09:00:00+08:00' })] });
    expect(next.status).toBe(200);
    expect(next.body).toMatchObject({ accepted: 2, rejected: [] });
    const again = await request(f.app).post('/api/v1/events').set(auth(f.w.east1)).send({ events: [event({ observedAt: '2025-04-10T09:00:00+08:00' })] });
    expect(again.status).toBe(200);
    expect((await request(f.app).get(`/api/v1/cases/${encodeURIComponent('苏检刑诉受〔2025〕1号')}/defects`).set(auth(f.w.admin)).expect(200)).body.defects).toHaveLength(1);
  });

  it('refuses the bad event by itself when the batch has good ones', async () => {
    const good = event({ caseNumber: 'GOOD' });
    const badEvent = event({ objectionReason: undefined, occurrenceKey: 'LONE' });
    const body = JSON.stringify({ events: [good, badEvent] }).replace('"LONE"', '"\\udc00"');
    const res = await raw('/events', body);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ accepted: 1, rejected: [{ id: badEvent.id, field: 'occurrenceKey' }] });
  });

  it('answers 400 for ill-formed text in any other body, in a key, in the query, and for bytes that are not UTF-8', async () => {
    const objection = await raw('/objections', withLoneSurrogate({ defectId: '0b6f2f0e-8f3c-4a8e-9c1a-2d6b7a1f3e55', reason: '理由LONE' }));
    expect(objection.status).toBe(400);
    expect(objection.body.details).toEqual([expect.objectContaining({ field: 'body.reason' })]);
    const overrides = await raw('/calendar-overrides', withLoneSurrogate({ overrides: [{ date: '2025-10-09', kind: 'holiday', note: '调休LONE' }] }), 'put', f.w.admin);
    expect(overrides.status).toBe(400);
    expect(await f.store.settings.calendarOverrides()).toEqual([]);
    const key = await raw('/rule-config', JSON.stringify({ rules: [], thresholds: { prosecution: 1, other: 1, prosecutionProcedures: [] }, x: 1 }).replace('"x"', '"\\ud800"'), 'put', f.w.admin);
    expect(key.status).toBe(400);
    const query = await request(f.app).get('/api/v1/tallies?groupBy=unit&unit=%ED%A0%80').set(auth(f.w.admin));
    expect(query.status).toBe(400);
    const server = createServer(f.app);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    try {
      const latin1 = await fetch(`http://127.0.0.1:${(server.address() as { port: number }).port}/api/v1/events`, {
        method: 'POST', headers: { ...auth(f.w.east1), 'Content-Type': 'application/json' },
        body: Buffer.concat([Buffer.from('{"events":[{"caseNumber":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}]}')]),
      });
      expect(latin1.status).toBe(400);
      expect(((await latin1.json()) as { reason: { en: string } }).reason.en).toContain('UTF-8');
    } finally {
      await new Promise<void>((r) => { server.close(() => r()); server.closeAllConnections(); });
    }
  });
});

describe.each(backends)('rate limits and authentication ($name)', (backend) => {
  let f: Awaited<ReturnType<typeof apiFixture>>;
  beforeEach(async () => { f = await apiFixture(backend); });
  afterEach(async () => { await f.t.cleanup(); });

  it('counts unknown and revoked tokens against the caller’s address: inventing tokens gets 429, not a fresh allowance', async () => {
    const limited = testApp(f.t, { rateLimitPerMinute: 3 });
    for (let i = 0; i < 3; i++) {
      expect((await request(limited).get('/api/v1/me').set('Authorization', `Bearer clt_made-up-${i}`)).status).toBe(401);
    }
    const fourth = await request(limited).get('/api/v1/me').set('Authorization', 'Bearer clt_made-up-3');
    expect(fourth.status).toBe(429);
    expect(fourth.body.reason.en).toContain('Too many requests');
    await f.store.users.revoke(f.w.east2.id);
    expect((await request(limited).get('/api/v1/me').set(auth(f.w.east2))).status).toBe(429);
    // A real user has their own allowance, whatever the address did.
    expect((await request(limited).get('/api/v1/me').set(auth(f.w.east1))).status).toBe(200);
  });

  it('ignores X-Forwarded-For unless CASELIGHT_TRUST_PROXY names the balancer; then each client has its own address budget', async () => {
    const untrusting = testApp(f.t, { rateLimitPerMinute: 2 });
    for (let i = 0; i < 2; i++) {
      expect((await request(untrusting).get('/api/v1/me').set('X-Forwarded-For', `10.9.0.${i}`)).status).toBe(401);
    }
    // A forged header does not buy a fresh allowance.
    expect((await request(untrusting).get('/api/v1/me').set('X-Forwarded-For', '10.9.0.99')).status).toBe(429);

    const behindBalancer = testApp(f.t, { rateLimitPerMinute: 2, trustProxy: ['loopback'] });
    for (let i = 0; i < 2; i++) {
      expect((await request(behindBalancer).get('/api/v1/me').set('X-Forwarded-For', '10.8.0.1')).status).toBe(401);
    }
    expect((await request(behindBalancer).get('/api/v1/me').set('X-Forwarded-For', '10.8.0.1')).status).toBe(429);
    // Another client behind the same balancer still has its own budget.
    expect((await request(behindBalancer).get('/api/v1/me').set('X-Forwarded-For', '10.8.0.2')).status).toBe(401);
  });

  it('authenticates before it reads the body: an unknown caller gets 401, never a parse error or 413', async () => {
    const small = testApp(f.t, { bodyLimit: '1kb' });
    const malformed = await request(small).post('/api/v1/events').set('Authorization', 'Bearer clt_nope').set('Content-Type', 'application/json').send('{"events": [');
    expect(malformed.status).toBe(401);
    const huge = await request(small).post('/api/v1/events').set('Content-Type', 'application/json').send(JSON.stringify({ pad: 'x'.repeat(10_000) }));
    expect(huge.status).toBe(401);
    expect(huge.headers['www-authenticate']).toContain('Bearer');
    const known = await request(small).post('/api/v1/events').set(auth(f.w.east1)).set('Content-Type', 'application/json').send(JSON.stringify({ pad: 'x'.repeat(10_000) }));
    expect(known.status).toBe(413);
  });
});

describe('the server process', () => {
  let dataDir: string;
  beforeEach(() => { dataDir = mkdtempSync(join(tmpdir(), 'caselight-hardening-')); });
  afterEach(() => { rmSync(dataDir, { recursive: true, force: true }); });

  /** Sends raw bytes and reads the whole answer (the server closes the connection). */
  const rawHttp = (url: string, bytes: string) => new Promise<string>((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const socket = connect(Number(port), hostname, () => socket.write(bytes));
    let out = '';
    socket.on('data', (d) => { out += d.toString(); });
    socket.on('end', () => resolve(out));
    socket.on('error', reject);
  });
  const parse = (answer: string) => {
    const [head, body] = answer.split('\r\n\r\n');
    return { status: Number(head.split(' ')[1]), head, body: JSON.parse(body) as { error: string; reason: { zh: string; en: string } } };
  };

  it('answers 431 and a malformed request line with JSON and a reason', async () => {
    const running = await startServer(testConfig(dataDir, { port: 0 }), { logger: silentLogger });
    try {
      const big = parse(await rawHttp(running.url, `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Pad: ${'a'.repeat(20_000)}\r\n\r\n`));
      expect(big.status).toBe(431);
      expect(big.head).toContain('application/json');
      expect(big.body).toMatchObject({ error: 'headers-too-large', reason: { zh: '请求头过大' } });
      const garbage = parse(await rawHttp(running.url, 'NOT A REQUEST\r\n\r\n'));
      expect(garbage.status).toBe(400);
      expect(garbage.body.reason.en).toBe('Malformed HTTP request');
      const notFound = await fetch(`${running.url}/assets/%E0%A4%A`);
      expect(notFound.status).toBe(404);
      expect(notFound.headers.get('content-type')).toContain('application/json');
    } finally {
      await running.close();
    }
  });

  it('creates the SQLite ledger, its WAL and shared-memory files readable by their owner only (0600)', async () => {
    const store = await openStore({ dataDir });
    await store.units.add({ code: '3201', name: '市院' });
    const file = join(dataDir, SQLITE_FILE);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) expect((statSync(f).mode & 0o777).toString(8), f).toBe('600');
    expect(statSync(dataDir).mode & 0o077).toBe(0);
    await store.close();
  });
});
