// The courier: outbox → companion. Posts queued events in batches (one flush at a time), backs off
// on failure (an in-worker timer for short waits, chrome.alarms for what must survive the worker
// being suspended), dead-letters what the companion refuses or what no longer matches the contract,
// and keeps the state the popup shows. What goes into the outbox is the recorder's (recorder.ts).
import type { KyInstance } from 'ky';
import type { CaseLightDb, OutboxRow, SyncStateRow } from '../store/db';
import { ALARM_MIN_MS, backoffDelay, type BackoffPolicy } from './backoff';
import { flushCaseActivity } from '../loop/courier';
import { flushAssessments } from '../assessment/courier';
import { postBatch, type PostResult } from './client';
import { DefectEventSchema } from './contract';
import { getSyncStatus, type SyncErrorCode, type SyncStatus } from './status';

export const SYNC_ALARM = 'caselight-sync';

export interface CourierSettings {
  companionUrl?: string;
  token?: string;
}

/** The subset of chrome.alarms sync uses (injectable for tests). */
export interface AlarmsApi {
  create(name: string, info: { when?: number; delayInMinutes?: number; periodInMinutes?: number }): unknown;
  clear(name: string): unknown;
  onAlarm: { addListener(cb: (alarm: { name: string }) => void): void };
}

export interface FlushResult {
  sent: number;
  deadLettered: number;
  /** Set when the flush stopped on a failure and a retry was scheduled. */
  error?: SyncErrorCode;
  retryInMs?: number;
}

export interface CourierDeps {
  db: CaseLightDb;
  /** Read on every flush, for the companion URL and token. */
  getSettings: () => Promise<CourierSettings>;
  http: KyInstance;
  now: () => number;
  /** [0, 1) for backoff jitter. */
  random: () => number;
  /** chrome.alarms, or null for none (Node tests). */
  alarms: AlarmsApi | null;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  batchSize: number;
  backoff: BackoffPolicy;
}

export interface Courier {
  /** Posts everything queued now, ignoring any backoff (the popup's "sync now", settings changes). */
  flush(): Promise<FlushResult>;
  /** Flush unless a backoff is running: a new finding should not hammer a companion that is down. */
  flushSoon(): Promise<FlushResult | undefined>;
  /** The chrome.alarms.onAlarm handler; ignores other alarms. */
  onAlarm(alarm: { name: string }): Promise<FlushResult | undefined>;
  status(): Promise<SyncStatus>;
  /** Registers the alarm listener synchronously, then resumes a queue left by a previous worker. */
  start(): void;
  /** Moves dead letters back to the outbox (after the companion was fixed); returns how many. */
  requeueDeadLetters(): Promise<number>;
}

type Failure = Extract<PostResult, { kind: 'retry' }>;

/** Work nobody awaits (timers, alarms, the post after recording): an IndexedDB failure is logged, not left unhandled. */
export function inBackground(p: Promise<unknown>) {
  p.catch((err: unknown) => console.warn('CaseLight sync:', err));
}

export function createCourier(deps: CourierDeps): Courier {
  const { db, getSettings, http, now, random, alarms, setTimer, clearTimer, batchSize } = deps;
  const policy = deps.backoff;

  let inflight: Promise<FlushResult> | null = null;
  let rerun = false;
  let timer: unknown = null;

  const readState = async (): Promise<SyncStateRow> => (await db.syncState.get('sync')) ?? { key: 'sync', failures: 0 };
  const patchState = (patch: Partial<SyncStateRow>) =>
    db.transaction('rw', db.syncState, async () => {
      await db.syncState.put({ ...(await readState()), ...patch, key: 'sync' });
    });

  /** Rows queued by an older build may no longer match the shared schema: dead-letter them rather than post them. */
  async function setAsideInvalid(rows: OutboxRow[], tally: FlushResult): Promise<OutboxRow[]> {
    const valid: OutboxRow[] = [];
    const invalid: { row: OutboxRow; reason: string }[] = [];
    for (const row of rows) {
      const parsed = DefectEventSchema.safeParse(row.event);
      if (parsed.success) valid.push(row);
      else invalid.push({ row, reason: `invalid before sending: ${parsed.error.message}` });
    }
    if (invalid.length > 0) {
      const at = now();
      await db.transaction('rw', db.outbox, db.deadLetters, async () => {
        await db.outbox.bulkDelete(invalid.map((i) => i.row.seq!));
        await db.deadLetters.bulkPut(invalid.map((i) => ({ id: i.row.id, event: i.row.event, reason: i.reason, at })));
      });
      tally.deadLettered += invalid.length;
    }
    return valid;
  }

  function clearShortTimer() {
    if (timer !== null) clearTimer(timer);
    timer = null;
  }

  /** The in-worker timer gives a quick retry; the alarm is what survives the worker being suspended. */
  async function scheduleRetry(delayMs: number) {
    clearShortTimer();
    if (delayMs < ALARM_MIN_MS) {
      timer = setTimer(() => {
        timer = null;
        inBackground(flushSoon());
      }, delayMs);
    }
    await alarms?.create(SYNC_ALARM, { when: now() + Math.max(delayMs, ALARM_MIN_MS) });
  }

  async function recordDelivered(rows: OutboxRow[], rejected: { id: string; reason: string }[], status?: number): Promise<number> {
    const bad = new Map(rejected.map((r) => [r.id, r.reason]));
    const at = now();
    await db.transaction('rw', db.outbox, db.deadLetters, db.syncState, async () => {
      await db.outbox.bulkDelete(rows.map((r) => r.seq!));
      const dead = rows.filter((r) => bad.has(r.id));
      if (dead.length > 0) {
        await db.deadLetters.bulkPut(dead.map((r) => ({ id: r.id, event: r.event, reason: bad.get(r.id)!, ...(status === undefined ? {} : { status }), at })));
      }
      await db.syncState.put({ ...(await readState()), key: 'sync', failures: 0, lastSuccessAt: at, lastError: undefined, nextAttemptAt: undefined });
    });
    return bad.size === 0 ? 0 : rows.filter((r) => bad.has(r.id)).length;
  }

  /**
   * Sends rows; when the companion refuses the batch as malformed, splits it in halves until the
   * offending events stand alone and dead-letters them, so one bad event never blocks the rest.
   */
  async function deliver(rows: OutboxRow[], settings: Required<CourierSettings>, tally: FlushResult): Promise<Failure | null> {
    const result = await postBatch(http, settings.companionUrl, settings.token, { events: rows.map((r) => r.event) });
    if (result.kind === 'ok') {
      // Refused events come back in `rejected` and go to the dead letters; the rest are delivered.
      const dead = await recordDelivered(rows, result.rejected, 200);
      tally.deadLettered += dead;
      tally.sent += rows.length - dead;
      return null;
    }
    if (result.kind === 'retry') return result;
    if (rows.length === 1) {
      await db.transaction('rw', db.outbox, db.deadLetters, async () => {
        await db.outbox.delete(rows[0].seq!);
        await db.deadLetters.put({ id: rows[0].id, event: rows[0].event, reason: result.reason, status: result.status, at: now() });
      });
      tally.deadLettered += 1;
      return null;
    }
    const mid = Math.ceil(rows.length / 2);
    return (await deliver(rows.slice(0, mid), settings, tally)) ?? (await deliver(rows.slice(mid), settings, tally));
  }

  async function fail(code: SyncErrorCode, extra: { status?: number; detail?: string; retryAfterMs?: number }, tally: FlushResult): Promise<FlushResult> {
    const state = await readState();
    const failures = state.failures + 1;
    const delay = Math.max(backoffDelay(failures, random, policy), extra.retryAfterMs ?? 0);
    const at = now();
    await db.syncState.put({
      ...state,
      key: 'sync',
      failures,
      nextAttemptAt: at + delay,
      lastError: { code, at, ...(extra.status === undefined ? {} : { status: extra.status }), ...(extra.detail === undefined ? {} : { detail: extra.detail }) },
    });
    await scheduleRetry(delay);
    return { ...tally, error: code, retryInMs: delay };
  }

  async function runFlush(): Promise<FlushResult> {
    clearShortTimer();
    const tally: FlushResult = { sent: 0, deadLettered: 0 };
    const settings = await getSettings();
    await patchState({ lastAttemptAt: now() });
    if ((await db.outbox.count()) === 0 && (await db.caseOutbox.count()) === 0 && (await db.assessmentOutbox.count()) === 0) return settled(tally);
    const companionUrl = settings.companionUrl?.trim();
    const token = settings.token?.trim();
    if (!companionUrl || !token) {
      // Not a transient failure: no backoff; the background flushes again when the settings change.
      await patchState({ lastError: { code: 'not-configured', at: now() } });
      return { ...tally, error: 'not-configured' };
    }
    for (;;) {
      const rows = await db.outbox.orderBy(':id').limit(batchSize).toArray();
      if (rows.length === 0) break;
      const valid = await setAsideInvalid(rows, tally);
      if (valid.length === 0) continue;
      const failure = await deliver(valid, { companionUrl, token }, tally);
      if (failure) {
        const { code, ...extra } = failure;
        return fail(code, extra, tally);
      }
    }
    // Case activity (issue 10) rides the same flush, after the events.
    const cases = await flushCaseActivity(db, http, { companionUrl, token }, now);
    tally.sent += cases.sent;
    tally.deadLettered += cases.deadLettered;
    if (cases.failure) {
      const { code, ...extra } = cases.failure;
      return fail(code, extra, tally);
    }
    // Assessments (issue 11) too: ids and figures only.
    const assessed = await flushAssessments(db, http, { companionUrl, token }, now);
    tally.sent += assessed.sent;
    tally.deadLettered += assessed.deadLettered;
    if (assessed.failure) {
      const { code, ...extra } = assessed.failure;
      return fail(code, extra, tally);
    }
    return settled(tally);
  }

  /** Nothing left to send: no retry pending, no error to show (even if the last rows were dead-lettered rather than sent). */
  async function settled(tally: FlushResult): Promise<FlushResult> {
    await patchState({ failures: 0, lastError: undefined, nextAttemptAt: undefined });
    await alarms?.clear(SYNC_ALARM);
    return tally;
  }

  /** One flush at a time; a request during a flush makes it run once more at the end. */
  function flush(): Promise<FlushResult> {
    if (inflight) {
      rerun = true;
      return inflight;
    }
    inflight = (async () => {
      let result: FlushResult;
      try {
        do {
          rerun = false;
          result = await runFlush();
        } while (rerun && result.error === undefined);
      } finally {
        inflight = null;
      }
      return result;
    })();
    return inflight;
  }

  /** Flush unless a backoff is running: a new finding should not hammer a companion that is down. */
  async function flushSoon(): Promise<FlushResult | undefined> {
    if (inflight) {
      rerun = true;
      return inflight;
    }
    const state = await readState();
    if (state.failures > 0 && state.nextAttemptAt !== undefined && state.nextAttemptAt > now()) return undefined;
    return flush();
  }

  async function onAlarm(alarm: { name: string }) {
    if (alarm.name !== SYNC_ALARM) return undefined;
    return flush();
  }

  function start() {
    // Registered synchronously, during the worker's first turn, so an alarm that wakes the worker is delivered.
    alarms?.onAlarm.addListener((alarm) => inBackground(onAlarm(alarm)));
    // A previous worker (or browser session) may have left events behind; alarms do not always survive a browser restart.
    inBackground((async () => {
      if ((await db.outbox.count()) === 0 && (await db.caseOutbox.count()) === 0 && (await db.assessmentOutbox.count()) === 0) return;
      const state = await readState();
      const wait = (state.nextAttemptAt ?? 0) - now();
      if (state.failures > 0 && wait > 0) await scheduleRetry(wait);
      else await flush();
    })());
  }

  async function requeueDeadLetters(): Promise<number> {
    const n = await db.transaction('rw', db.outbox, db.deadLetters, async () => {
      const dead = await db.deadLetters.orderBy('at').toArray();
      const at = now();
      const good: OutboxRow[] = [];
      for (const d of dead) {
        const parsed = DefectEventSchema.safeParse(d.event);
        if (parsed.success) good.push({ id: d.id, event: parsed.data, enqueuedAt: at });
      }
      await db.outbox.bulkAdd(good);
      await db.deadLetters.bulkDelete(good.map((g) => g.id));
      return good.length;
    });
    if (n > 0) inBackground(flush());
    return n;
  }


  return {
    flush,
    flushSoon,
    onAlarm,
    status: () => getSyncStatus(db, inflight !== null),
    start,
    requeueDeadLetters,
  };
}
