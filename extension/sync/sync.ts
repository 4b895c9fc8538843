// The sync service for the background worker, in two parts: the recorder (findings, objections →
// outbox; recorder.ts) and the courier (outbox → companion, backoff, dead letters; courier.ts).
// createSync wires them with the worker's defaults.
import type { KyInstance } from 'ky';
import type { FrameFindingRef } from '../finding-ref';
import { EVENT_BATCH_MAX } from '../../shared/api/limits';
import type { CaseLightDb } from '../store/db';
import { DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';
import { createHttp } from './client';
import type { DefectEvent } from './contract';
import { createCourier, inBackground, SYNC_ALARM, type AlarmsApi, type CourierSettings, type FlushResult } from './courier';
import { createRecorder, type RecorderSettings, type TabContext } from './recorder';
import type { SyncStatus } from './status';
import type { CaseActivity } from '../../shared/api/index';
import { recordCase as keepCase } from '../loop/cases';
import type { FrameReport } from '../protocol';

export { TRAINING_ADAPTER_ID } from '../settings';
export { SYNC_ALARM };
export type { AlarmsApi, FlushResult, TabContext };
export const MAX_BATCH = EVENT_BATCH_MAX;

export type SyncSettings = CourierSettings & RecorderSettings;

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

export interface Sync {
  /** Diffs this evaluation's findings for one case against what is known and queues the events. */
  recordFindings(tab: TabContext, findings: readonly FrameFindingRef[]): Promise<DefectEvent[]>;
  /** Keeps a checked case locally (我的期限, reminders) and queues its case-activity record when it changed (issue 10). */
  recordCase(report: FrameReport): Promise<CaseActivity | null>;
  /** Queues an objection (异议) to one finding with the prosecutor's reason. */
  recordObjection(tab: TabContext, finding: FrameFindingRef, reason: string): Promise<DefectEvent[]>;
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

function defaultAlarms(): AlarmsApi | null {
  const g = globalThis as { chrome?: { alarms?: AlarmsApi } };
  return g.chrome?.alarms ?? null;
}

export function createSync(deps: SyncDeps): Sync {
  const { db, getSettings } = deps;
  const now = deps.now ?? Date.now;
  const courier = createCourier({
    db,
    getSettings,
    http: deps.http ?? createHttp(deps.fetch, deps.requestTimeoutMs),
    now,
    random: deps.random ?? Math.random,
    alarms: deps.alarms === undefined ? defaultAlarms() : deps.alarms,
    setTimer: deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms)),
    clearTimer: deps.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>)),
    batchSize: Math.min(Math.max(1, deps.batchSize ?? MAX_BATCH), MAX_BATCH),
    backoff: deps.backoff ?? DEFAULT_BACKOFF,
  });
  const autoFlush = deps.autoFlush ?? true;
  const recorder = createRecorder({
    db,
    getSettings,
    now,
    newId: deps.newId ?? (() => crypto.randomUUID()),
    ...(deps.ruleVersionOf ? { ruleVersionOf: deps.ruleVersionOf } : {}),
    onQueued: () => {
      if (autoFlush) inBackground(courier.flushSoon());
    },
  });
  const newId = deps.newId ?? (() => crypto.randomUUID());
  async function recordCase(report: FrameReport): Promise<CaseActivity | null> {
    if ((await getSettings()).trainingMode === true) return null;
    const queued = await keepCase(db, report, { now: now(), newId });
    if (queued && autoFlush) inBackground(courier.flushSoon());
    return queued;
  }
  return {
    recordCase,
    recordFindings: recorder.recordFindings,
    recordObjection: recorder.recordObjection,
    flush: courier.flush,
    onAlarm: courier.onAlarm,
    status: courier.status,
    startSync: courier.start,
    requeueDeadLetters: courier.requeueDeadLetters,
  };
}
