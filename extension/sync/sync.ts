// The sync service for the background worker: findings → outbox (IndexedDB) → batches to the companion.
import type { KyInstance } from 'ky';
import type { CaseLightDb, OccurrenceRow, OutboxRow, SyncStateRow } from '../store/db';
import { ALARM_MIN_MS, DEFAULT_BACKOFF, backoffDelay, type BackoffPolicy } from './backoff';
import type { CaseActivity } from '../../shared/api/index';
import { recordCase as keepCase } from '../loop/cases';
import { flushCaseActivity } from '../loop/courier';
import type { FrameReport } from '../messages';
import { createHttp, postBatch, type PostResult } from './client';
import { DefectEventSchema, EVENT_BATCH_MAX, OBJECTION_REASON_MAX, type DefectEvent } from './contract';
import { diffFindings, objectionEvent, occurrenceId, type KnownOccurrence, type SyncFinding } from './diff';
import { getSyncStatus, type SyncErrorCode, type SyncStatus } from './status';

/** The adapter id of the training case system served by the companion: its pages always make training events. */
export const TRAINING_ADAPTER_ID = 'training-system';
export const SYNC_ALARM = 'caselight-sync';
export const MAX_BATCH = EVENT_BATCH_MAX;
export const MAX_OBJECTION_REASON = OBJECTION_REASON_MAX;

export interface SyncSettings {
  companionUrl?: string;
  token?: string;
  trainingMode?: boolean;
}

/** What the content script reports with its findings (never the token, never page text). */
export interface TabContext {
  /** Id of the adapter that read the page; 'training-system' marks training. */
  adapterId?: string | null;
  caseNumber?: string;
  procedure?: string;
  /** The reporter's own view that this is training; it can only turn training on, never off. */
  training?: boolean;
}

/** The subset of chrome.alarms sync uses (injectable for tests). */
export interface AlarmsApi {
  create(name: string, info: { when?: number; delayInMinutes?: number; periodInMinutes?: number }): unknown;
  clear(name: string): unknown;
  onAlarm: { addListener(cb: (alarm: { name: string }) => void): void };
}

export interface SyncDeps {
  db: CaseLightDb;
  /** Reads companionUrl, token and trainingMode (chrome.storage.local in the extension). Called on every record and flush. */
  getSettings: () => Promise<SyncSettings>;
  /** fetch used by the ky client (tests pass Node's, or one that fails). Ignored when `http` is given. */
  fetch?: typeof fetch;
  http?: KyInstance;
  now?: () => number;
  /** [0, 1) for backoff jitter. */
  random?: () => number;
  newId?: () => string;
  /** chrome.alarms; `null` for none (Node tests). Defaults to `globalThis.chrome?.alarms`. */
  alarms?: AlarmsApi | null;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  batchSize?: number;
  backoff?: BackoffPolicy;
  requestTimeoutMs?: number;
  /** meta.version of a rule, for findings that arrive without `ruleVersion`. */
  ruleVersionOf?: (ruleId: string) => number | undefined;
  /** Post right after recording (default true). Tests turn it off to drive flush() themselves. */
  autoFlush?: boolean;
}

export interface FlushResult {
  sent: number;
  deadLettered: number;
  /** Set when the flush stopped on a failure and a retry was scheduled. */
  error?: SyncErrorCode;
  retryInMs?: number;
}

export interface Sync {
  /** Diffs this evaluation's findings for one case against what is known and queues the events. */
  recordFindings(tab: TabContext, findings: readonly SyncFinding[]): Promise<DefectEvent[]>;
  /** Keeps a checked case locally (我的期限, reminders) and queues its case-activity record when it changed (issue 10). */
  recordCase(report: FrameReport): Promise<CaseActivity | null>;
  /** Queues an objection (异议) to one finding with the prosecutor's reason. */
  recordObjection(tab: TabContext, finding: SyncFinding, reason: string): Promise<DefectEvent[]>;
  /** Posts everything queued now, ignoring any backoff (the popup's "sync now", settings changes). */
  flush(): Promise<FlushResult>;
  /** The chrome.alarms.onAlarm handler; ignores other alarms. */
  onAlarm(alarm: { name: string }): Promise<FlushResult | undefined>;
  status(): Promise<SyncStatus>;
  /** Registers the alarm listener synchronously, then resumes a queue left by a previous worker. Call at the top of the background main. */
  startSync(): void;
  /** Moves dead letters back to the outbox (after the companion was fixed); returns how many. */
  requeueDeadLetters(): Promise<number>;
}

type Failure = Extract<PostResult, { kind: 'retry' }>;

/** Work nobody awaits (timers, alarms, the post after recording): an IndexedDB failure is logged, not left unhandled. */
function inBackground(p: Promise<unknown>) {
  p.catch((err: unknown) => console.warn('CaseLight sync:', err));
}

function defaultAlarms(): AlarmsApi | null {
  const g = globalThis as { chrome?: { alarms?: AlarmsApi } };
  return g.chrome?.alarms ?? null;
}

export function createSync(deps: SyncDeps): Sync {
  const { db, getSettings } = deps;
  const now = deps.now ?? Date.now;
  const random = deps.random ?? Math.random;
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const alarms = deps.alarms === undefined ? defaultAlarms() : deps.alarms;
  const setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = deps.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const batchSize = Math.min(Math.max(1, deps.batchSize ?? MAX_BATCH), MAX_BATCH);
  const policy = deps.backoff ?? DEFAULT_BACKOFF;
  const http = deps.http ?? createHttp(deps.fetch, deps.requestTimeoutMs);
  const autoFlush = deps.autoFlush ?? true;

  let inflight: Promise<FlushResult> | null = null;
  let rerun = false;
  let timer: unknown = null;

  const readState = async (): Promise<SyncStateRow> => (await db.syncState.get('sync')) ?? { key: 'sync', failures: 0 };
  const patchState = (patch: Partial<SyncStateRow>) =>
    db.transaction('rw', db.syncState, async () => {
      await db.syncState.put({ ...(await readState()), ...patch, key: 'sync' });
    });

  const isTraining = (settings: SyncSettings, tab: TabContext) =>
    settings.trainingMode === true || tab.adapterId === TRAINING_ADAPTER_ID || tab.training === true;
  const withVersion = (f: SyncFinding): SyncFinding => {
    if (f.ruleVersion !== undefined) return f;
    const v = deps.ruleVersionOf?.(f.ruleId);
    return v === undefined ? f : { ...f, ruleVersion: v };
  };

  /** Validates and queues events, dead-lettering any that fail the shared schema; call inside a transaction. */
  async function enqueue(events: DefectEvent[]) {
    const at = now();
    const good: OutboxRow[] = [];
    for (const event of events) {
      const parsed = DefectEventSchema.safeParse(event);
      if (parsed.success) good.push({ id: event.id, event: parsed.data, enqueuedAt: at });
      else await db.deadLetters.put({ id: event.id, event, reason: `invalid before sending: ${parsed.error.message}`, at });
    }
    if (good.length > 0) await db.outbox.bulkAdd(good);
  }

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
  async function deliver(rows: OutboxRow[], settings: Required<Pick<SyncSettings, 'companionUrl' | 'token'>>, tally: FlushResult): Promise<Failure | null> {
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
    if ((await db.outbox.count()) === 0 && (await db.caseOutbox.count()) === 0) return settled(tally);
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

  async function recordFindings(tab: TabContext, input: readonly SyncFinding[]): Promise<DefectEvent[]> {
    const caseNumber = tab.caseNumber?.trim();
    // Without a case number nothing can be keyed or counted; the page is not (yet) a case.
    if (!caseNumber || input.length === 0) return [];
    const findings = input.map(withVersion);
    const settings = await getSettings();
    const context = {
      caseNumber,
      ...(tab.procedure === undefined ? {} : { procedure: tab.procedure }),
      training: isTraining(settings, tab),
      observedAt: new Date(now()).toISOString(),
      newId,
    };
    const events = await db.transaction('rw', db.occurrences, db.outbox, db.deadLetters, async () => {
      const keys = findings.map((f) => occurrenceId({ ...context, ruleId: f.ruleId, occurrenceKey: f.occurrenceKey }));
      const rows = await db.occurrences.bulkGet([...new Set(keys)]);
      const previous = new Map<string, KnownOccurrence>();
      for (const row of rows) if (row && row.state !== 'unobserved') previous.set(row.key, { state: row.state });
      const made = diffFindings(previous, findings, context);
      if (made.length === 0) return made;
      const at = now();
      const updated = new Map<string, OccurrenceRow>();
      for (const e of made) {
        const key = occurrenceId(e);
        const before = updated.get(key) ?? rows.find((r) => r?.key === key);
        updated.set(key, {
          ...(before ?? {}),
          key,
          caseNumber: e.caseNumber,
          ruleId: e.ruleId,
          occurrenceKey: e.occurrenceKey,
          training: e.training,
          state: e.kind === 'rectified' ? 'rectified' : 'observed',
          observedEventId: e.kind === 'observed' ? e.id : (before?.observedEventId ?? e.id),
          updatedAt: at,
          light: e.light,
          // Keep the red points and outcome: a later green finding has none, and an objection is about the red one.
          points: e.kind === 'observed' ? e.points : before?.points,
          messageId: e.kind === 'observed' ? e.messageId : before?.messageId,
          ...(e.due === undefined ? {} : { due: e.due }),
          ruleVersion: e.ruleVersion,
          procedure: e.procedure,
        });
      }
      await db.occurrences.bulkPut([...updated.values()]);
      await enqueue(made);
      return made;
    });
    if (events.length > 0 && autoFlush) inBackground(flushSoon());
    return events;
  }

  async function recordCase(report: FrameReport): Promise<CaseActivity | null> {
    if ((await getSettings()).trainingMode === true) return null;
    const queued = await keepCase(db, report, { now: now(), newId });
    if (queued && autoFlush) inBackground(flushSoon());
    return queued;
  }

  async function recordObjection(tab: TabContext, input: SyncFinding, reason: string): Promise<DefectEvent[]> {
    const caseNumber = tab.caseNumber?.trim();
    const text = reason.trim();
    if (!caseNumber) throw new Error('异议需要案号 / an objection needs a case number');
    if (text.length === 0) throw new Error('请填写异议理由 / an objection needs a reason');
    if (text.length > MAX_OBJECTION_REASON) throw new Error(`异议理由不超过 ${MAX_OBJECTION_REASON} 字 / the reason is limited to ${MAX_OBJECTION_REASON} characters`);
    const settings = await getSettings();
    const training = isTraining(settings, tab);
    const events = await db.transaction('rw', db.occurrences, db.outbox, db.deadLetters, async () => {
      const key = occurrenceId({ caseNumber, training, ruleId: input.ruleId, occurrenceKey: input.occurrenceKey });
      const row = await db.occurrences.get(key);
      // The same objection twice (a double click, a resent message) is one objection.
      if (row?.objectionReason === text) return [];
      // An objection may arrive with ids and colour only: take points, dates and version from what was recorded.
      const finding = withVersion({
        ...input,
        ...(input.points === undefined && row?.points !== undefined ? { points: row.points } : {}),
        ...(input.messageId === undefined && row?.messageId !== undefined ? { messageId: row.messageId } : {}),
        ...(input.due === undefined && row?.due !== undefined ? { due: row.due } : {}),
        ...(input.ruleVersion === undefined && row?.ruleVersion !== undefined ? { ruleVersion: row.ruleVersion } : {}),
      });
      const procedure = tab.procedure ?? row?.procedure;
      const context = { caseNumber, training, observedAt: new Date(now()).toISOString(), newId, ...(procedure === undefined ? {} : { procedure }) };
      const made: DefectEvent[] = [];
      let state: OccurrenceRow['state'] = row?.state ?? 'unobserved';
      let observedEventId = row?.observedEventId ?? '';
      // An objection to a red finding not yet recorded: record the observation first, so the ledger has the points the objection is about.
      if (state === 'unobserved' && finding.light === 'red') {
        const [observed] = diffFindings(new Map(), [finding], context);
        made.push(observed);
        state = 'observed';
        observedEventId = observed.id;
      }
      const objected = objectionEvent(finding, text, context);
      made.push(objected);
      await db.occurrences.put({
        ...(row ?? {}),
        key,
        caseNumber,
        ruleId: finding.ruleId,
        occurrenceKey: finding.occurrenceKey,
        training,
        state,
        observedEventId,
        updatedAt: now(),
        objectionReason: text,
        light: row?.light ?? finding.light,
        ...(objected.points > 0 ? { points: objected.points } : {}),
        ...(objected.messageId === undefined ? {} : { messageId: objected.messageId }),
        ...(objected.due === undefined ? {} : { due: objected.due }),
        ruleVersion: objected.ruleVersion,
        procedure: objected.procedure,
      });
      await enqueue(made);
      return made;
    });
    if (events.length > 0 && autoFlush) inBackground(flushSoon());
    return events;
  }

  async function onAlarm(alarm: { name: string }) {
    if (alarm.name !== SYNC_ALARM) return undefined;
    return flush();
  }

  function startSync() {
    // Registered synchronously, during the worker's first turn, so an alarm that wakes the worker is delivered.
    alarms?.onAlarm.addListener((alarm) => inBackground(onAlarm(alarm)));
    // A previous worker (or browser session) may have left events behind; alarms do not always survive a browser restart.
    inBackground((async () => {
      if ((await db.outbox.count()) === 0 && (await db.caseOutbox.count()) === 0) return;
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
    recordFindings,
    recordCase,
    recordObjection,
    flush,
    onAlarm,
    status: () => getSyncStatus(db, inflight !== null),
    startSync,
    requeueDeadLetters,
  };
}
