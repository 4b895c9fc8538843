import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { FrameFindingRef } from '../../../extension/finding-ref.ts';
import { ALARM_MIN_MS, backoffBounds, createSync, SYNC_ALARM, TRAINING_ADAPTER_ID, type SyncDeps, type SyncSettings } from '../../../extension/sync/index.ts';
import { openDb, type CaseLightDb } from '../../../extension/store/index.ts';
import { fakeAlarms, fakeCompanion, fakeTimers, freshDb, freshDbName, settle } from './helpers.ts';

const COMPANION = 'http://companion.test/';
const tab = { adapterId: 'tyyw-js', caseNumber: '苏检刑诉受〔2025〕1号', procedure: 'prosecution-review' };
const red = (i: number): FrameFindingRef => ({ ruleId: 'notice-suspect-counsel-3d', light: 'red', occurrenceKey: `occ-${i}`, points: 6, due: '2025-09-04' });
const green = (i: number): FrameFindingRef => ({ ...red(i), light: 'green', points: undefined });

function setup(over: Partial<SyncDeps> & { settings?: SyncSettings; db?: CaseLightDb } = {}) {
  const companion = fakeCompanion();
  const alarms = fakeAlarms();
  const timers = fakeTimers();
  const settings: SyncSettings = over.settings ?? { companionUrl: COMPANION, token: companion.token, trainingMode: false };
  let clock = Date.parse('2025-09-10T01:00:00Z');
  const db = over.db ?? freshDb();
  const sync = createSync({
    db,
    getSettings: async () => settings,
    fetch: companion.fetch,
    alarms,
    setTimer: timers.setTimer,
    clearTimer: timers.clearTimer,
    now: () => clock,
    random: () => 0.5,
    autoFlush: false,
    ...over,
  });
  return { sync, db, companion, alarms, timers, settings, advance: (ms: number) => (clock += ms) };
}

/** Queues events; with autoFlush off (the default here) nothing is posted until the test flushes. */
async function queue(t: ReturnType<typeof setup>, findings: FrameFindingRef[], context = tab) {
  return t.sync.recordFindings(context, findings);
}

describe('recording findings', () => {
  it('queues observed events in the outbox and never again for the same occurrence', async () => {
    const t = setup();
    const first = await queue(t, [red(1), red(2)]);
    expect(first.map((e) => e.kind)).toEqual(['observed', 'observed']);
    expect(await t.sync.recordFindings(tab, [red(1), red(2)])).toEqual([]);
    expect(await t.db.outbox.count()).toBe(2);
  });

  it('remembers known occurrences across a new database instance (reload, browser restart)', async () => {
    const name = freshDbName();
    const a = setup({ db: openDb(name) });
    await queue(a, [red(1)]);
    a.db.close();
    const b = setup({ db: openDb(name) });
    expect(await b.sync.recordFindings(tab, [red(1)])).toEqual([]);
    expect((await b.sync.recordFindings(tab, [green(1)])).map((e) => e.kind)).toEqual(['rectified']);
  });

  it('skips pages without a case number', async () => {
    const t = setup();
    expect(await t.sync.recordFindings({ adapterId: 'x' }, [red(1)])).toEqual([]);
    expect(await t.db.outbox.count()).toBe(0);
  });

  it('marks events from the training system, or in training mode, as training', async () => {
    const t = setup();
    const [fromTrainingPage] = await queue(t, [red(1)], { ...tab, adapterId: TRAINING_ADAPTER_ID });
    expect(fromTrainingPage.training).toBe(true);
    const [real] = await queue(t, [red(1)]);
    expect(real.training).toBe(false);
    t.settings.trainingMode = true;
    const [inTrainingMode] = await queue(t, [red(2)]);
    expect(inTrainingMode.training).toBe(true);
  });

  it('dead-letters an event that fails the shared schema instead of sending it', async () => {
    const t = setup();
    await queue(t, [{ ...red(1), ruleId: 'Not A Slug' }, red(2)]);
    expect(await t.db.outbox.count()).toBe(1);
    const [dead] = await t.db.deadLetters.toArray();
    expect(dead.reason).toMatch(/invalid before sending/);
  });
});

describe('objections', () => {
  it('queues an objection with its reason, once per reason', async () => {
    const t = setup();
    await queue(t, [red(1)]);
    const [objected] = await t.sync.recordObjection(tab, red(1), '  已当面告知，有笔录  ');
    expect(objected).toMatchObject({ kind: 'objected', objectionReason: '已当面告知，有笔录' });
    expect(await t.sync.recordObjection(tab, red(1), '已当面告知，有笔录')).toEqual([]);
    expect(await t.sync.recordObjection(tab, red(1), '另一理由')).toHaveLength(1);
  });

  it('records the observation first when objecting to a red finding not yet recorded', async () => {
    const t = setup();
    const events = await t.sync.recordObjection(tab, red(7), '理由');
    expect(events.map((e) => e.kind)).toEqual(['observed', 'objected']);
    expect(await t.sync.recordFindings(tab, [red(7)])).toEqual([]);
  });

  it('rejects an empty or over-long reason', async () => {
    const t = setup();
    await expect(t.sync.recordObjection(tab, red(1), '   ')).rejects.toThrow(/reason/);
    await expect(t.sync.recordObjection(tab, red(1), 'x'.repeat(501))).rejects.toThrow(/500/);
  });
});

describe('flushing', () => {
  it('posts with the bearer token and removes events only after a 2xx', async () => {
    const t = setup();
    const events = await queue(t, [red(1), red(2)]);
    const result = await t.sync.flush();
    expect(result).toEqual({ sent: 2, deadLettered: 0 });
    expect(t.companion.requests.at(-1)?.authorization).toBe(`Bearer ${t.companion.token}`);
    expect([...t.companion.stored.keys()].sort()).toEqual(events.map((e) => e.id).sort());
    expect(await t.db.outbox.count()).toBe(0);
    const status = await t.sync.status();
    expect(status).toMatchObject({ pending: 0, lastError: null });
    expect(status.lastSuccessAt).not.toBeNull();
  });

  it('sends at most 500 events per batch, in the order they were made', async () => {
    const t = setup();
    const made = await queue(t, Array.from({ length: 1_234 }, (_, i) => red(i)));
    await t.sync.flush();
    expect(t.companion.requests.map((r) => r.ids.length)).toEqual([500, 500, 234]);
    expect(t.companion.requests.flatMap((r) => r.ids)).toEqual(made.map((e) => e.id));
  });

  it('keeps the outbox across a worker restart while offline, then drains it with the same ids', async () => {
    const name = freshDbName();
    const a = setup({ db: openDb(name) });
    const made = await queue(a, [red(1), red(2), red(3)]);
    a.companion.setMode('down');
    expect((await a.sync.flush()).error).toBe('offline');
    a.db.close();

    const b = setup({ db: openDb(name) });
    expect((await b.sync.status()).pending).toBe(3);
    await b.sync.flush();
    expect([...b.companion.stored.keys()].sort()).toEqual(made.map((e) => e.id).sort());
    expect(await b.db.outbox.count()).toBe(0);
  });

  it('resends the same ids, never new records, when the answer to a stored batch was lost', async () => {
    const t = setup();
    const made = await queue(t, [red(1), red(2)]);
    t.companion.setMode('lose-response');
    expect((await t.sync.flush()).error).toBe('offline');
    expect(await t.db.outbox.count()).toBe(2);
    t.companion.setMode('up');
    await t.sync.flush();
    const [lost, retry] = t.companion.requests;
    expect(retry.ids).toEqual(lost.ids);
    expect(t.companion.stored.size).toBe(2);
    expect([...t.companion.stored.keys()].sort()).toEqual(made.map((e) => e.id).sort());
  });

  it('runs one flush at a time: concurrent calls do not post the same events twice', async () => {
    const t = setup();
    await queue(t, [red(1), red(2)]);
    await Promise.all([t.sync.flush(), t.sync.flush(), t.sync.onAlarm({ name: SYNC_ALARM })]);
    expect(t.companion.requests.flatMap((r) => r.ids)).toHaveLength(2);
  });

  it('isolates a malformed event on 4xx into the dead-letter table and sends the rest', async () => {
    const t = setup();
    const made = await queue(t, Array.from({ length: 9 }, (_, i) => red(i)));
    t.companion.poison.add(made[4].id);
    const result = await t.sync.flush();
    expect(result).toEqual({ sent: 8, deadLettered: 1 });
    expect(t.companion.stored.size).toBe(8);
    const dead = await t.db.deadLetters.toArray();
    expect(dead).toMatchObject([{ id: made[4].id, status: 400 }]);
    expect(dead[0].reason).toMatch(/请求无效 \/ Invalid request/);
    expect(await t.db.outbox.count()).toBe(0);
    expect((await t.sync.status()).deadLetters).toBe(1);

    // After the companion is fixed, dead letters can go back into the queue.
    t.companion.poison.clear();
    expect(await t.sync.requeueDeadLetters()).toBe(1);
    await settle(() => t.companion.stored.size === 9);
  });

  it('dead-letters events a 403 refuses (real events from a trainer token) and lets the rest through', async () => {
    const t = setup();
    const made = await queue(t, [red(1), red(2)]);
    t.companion.setMode({ status: 403, body: { error: 'forbidden', message: 'x', reason: { zh: '培训和管理员账号只能上报培训事件', en: 'training events only' } } });
    const result = await t.sync.flush();
    expect(result).toEqual({ sent: 0, deadLettered: 2 });
    const dead = await t.db.deadLetters.toArray();
    expect(dead.map((d) => d.id).sort()).toEqual(made.map((e) => e.id).sort());
    expect(dead[0]).toMatchObject({ status: 403 });
    expect(dead[0].reason).toMatch(/培训和管理员账号/);
  });

  it('clears a stale error once nothing is left, even when the last event was dead-lettered', async () => {
    const t = setup();
    const [only] = await queue(t, [red(1)]);
    t.companion.setMode('down');
    await t.sync.flush();
    t.companion.setMode('up');
    t.companion.poison.add(only.id);
    expect(await t.sync.flush()).toEqual({ sent: 0, deadLettered: 1 });
    expect(await t.sync.status()).toMatchObject({ pending: 0, deadLetters: 1, lastError: null, nextAttemptAt: null });
    expect(t.alarms.scheduled.has(SYNC_ALARM)).toBe(false);
  });

  it('does not dead-letter on 401: the token is at fault, not the events', async () => {
    const t = setup();
    await queue(t, [red(1)]);
    t.settings.token = 'wrong';
    const result = await t.sync.flush();
    expect(result.error).toBe('unauthorized');
    expect(await t.db.outbox.count()).toBe(1);
    expect(await t.db.deadLetters.count()).toBe(0);
    const { lastError } = await t.sync.status();
    expect(lastError?.code).toBe('unauthorized');
    expect(lastError?.message.zh).toMatch(/令牌/);
    expect(lastError?.message.en).toMatch(/token/);
  });

  it('retries 5xx and network failures with backoff: a short timer and an alarm of at least 30 s', async () => {
    const t = setup();
    await queue(t, [red(1)]);
    t.companion.setMode('down');
    expect((await t.sync.flush()).error).toBe('offline');
    t.companion.setMode({ status: 503, body: { message: 'Internal Server Error' } });
    const second = await t.sync.flush();
    expect(second.error).toBe('server');
    const { min, max } = backoffBounds(2);
    expect(second.retryInMs).toBeGreaterThanOrEqual(min);
    expect(second.retryInMs).toBeLessThanOrEqual(max);
    // One short timer (the old one replaced), one alarm no sooner than the 30 s minimum.
    expect(t.timers.pending.map((p) => p.ms)).toEqual([second.retryInMs]);
    const now = Date.parse('2025-09-10T01:00:00Z');
    expect(t.alarms.scheduled.get(SYNC_ALARM)).toBe(now + ALARM_MIN_MS);

    t.companion.setMode('down');
    const third = await t.sync.flush();
    expect(third.retryInMs).toBeGreaterThanOrEqual(backoffBounds(3).min);
    const status = await t.sync.status();
    expect(status.lastError?.code).toBe('offline');
    expect(status.nextAttemptAt).toBe(new Date(now + third.retryInMs!).toISOString());

    // The alarm (what survives suspension) delivers: the listener registered by startSync flushes.
    t.companion.setMode('up');
    t.sync.startSync();
    t.alarms.fire(SYNC_ALARM);
    await settle(() => t.companion.stored.size === 1);
    await settle(async () => (await t.sync.status()).lastError === null);
    // Drained: the retry alarm is cleared.
    await settle(() => !t.alarms.scheduled.has(SYNC_ALARM));
  });

  it('posts right after recording, but does not hammer a companion that is down', async () => {
    const t = setup({ autoFlush: true });
    await t.sync.recordFindings(tab, [red(1)]);
    await settle(() => t.companion.stored.size === 1);
    t.companion.setMode('down');
    await t.sync.recordFindings(tab, [red(2)]);
    await settle(async () => (await t.sync.status()).lastError?.code === 'offline');
    const attempts = t.companion.attempts();
    // In backoff now: new findings wait for the scheduled retry instead of posting.
    await t.sync.recordFindings(tab, [red(3)]);
    await t.sync.recordFindings(tab, [red(4)]);
    await new Promise((r) => setTimeout(r, 50));
    expect(t.companion.attempts()).toBe(attempts);
    expect((await t.sync.status()).pending).toBe(3);
  });

  it('the in-worker timer retries early once the companion is back', async () => {
    const t = setup();
    await queue(t, [red(1)]);
    t.companion.setMode('down');
    const failed = await t.sync.flush();
    expect(t.timers.pending.map((p) => p.ms)).toEqual([failed.retryInMs]);
    t.companion.setMode('up');
    t.advance(failed.retryInMs!);
    t.timers.runAll();
    await settle(() => t.companion.stored.size === 1);
  });

  it('resumes a queue left by a previous worker when started', async () => {
    const name = freshDbName();
    const a = setup({ db: openDb(name), settings: { companionUrl: '', token: '' } });
    await a.sync.recordFindings(tab, [red(1)]);
    a.db.close();
    const b = setup({ db: openDb(name) });
    b.sync.startSync();
    expect(b.alarms.listeners).toHaveLength(1);
    await settle(() => b.companion.stored.size === 1);
  });

  it('reports not-configured in words without retrying in a loop', async () => {
    const t = setup({ settings: { companionUrl: '', token: '' } });
    await t.sync.recordFindings(tab, [red(1)]);
    expect(await t.sync.flush()).toEqual({ sent: 0, deadLettered: 0, error: 'not-configured' });
    const status = await t.sync.status();
    expect(status).toMatchObject({ pending: 1, lastError: { code: 'not-configured' } });
    expect(status.lastError?.message.zh).toMatch(/令牌/);
    expect(t.timers.pending).toHaveLength(0);
    expect(t.alarms.scheduled.size).toBe(0);
  });

  it('never puts the token in the status the popup reads', async () => {
    const t = setup();
    await queue(t, [red(1)]);
    t.settings.token = 'wrong-secret-token';
    await t.sync.flush();
    expect(JSON.stringify(await t.sync.status())).not.toContain('secret');
  });
});
