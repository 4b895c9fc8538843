// The extension's IndexedDB (Dexie): the sync outbox, dead letters, known occurrence states, sync state.
import { Dexie, type EntityTable } from 'dexie';
import type { AssessmentRecord, CaseActivity, Notice } from '../../shared/api/index';
import type { ArrestConditions, ArrestDecision } from '../../shared/assessment/score';
import type { Light } from '../../shared/light';
import type { DefectEvent } from '../sync/contract';

/** A due date of one of a case's open findings, kept locally for 我的期限 and reminders. */
export interface LocalDue {
  ruleId: string;
  occurrenceKey: string;
  due: string;
  light: Light;
}

/**
 * A case this prosecutor checked (issue 10): kept in the browser for 我的期限 and reminders. Only the
 * fields of `CaseActivity` (ids and dates) ever leave it; the page URL stays here.
 */
export interface LocalCase {
  caseNumber: string;
  procedure?: string;
  acceptedOn?: string;
  decisionOn?: string;
  concludedOn?: string;
  /** Marked 重大疑难复杂 (a flag only). */
  difficult?: boolean;
  inCustody: boolean;
  dues: LocalDue[];
  /** The earliest due date of `dues`, '' when none (indexed). */
  nextDue: string;
  /** The case page, to link back to. */
  url: string;
  checkedAt: number;
  /** The sent fields of the last case-activity record queued for this case, so an unchanged check queues nothing. */
  sentKey?: string;
}

/** A case-activity record waiting to be posted (POST /api/v1/case-activity), next to the event outbox. */
export interface CaseOutboxRow {
  seq?: number;
  id: string;
  activity: CaseActivity;
  enqueuedAt: number;
}

/** A reminder already shown: `before|<case>|<due>`, `day|<case>|<due>`, `digest|<date>`. */
export interface FiredReminderRow {
  key: string;
  at: number;
}

/** An open 流程监控通知书 addressed to this prosecutor, as last pulled from the companion. */
export type LocalNotice = Notice;

/**
 * 社会危险性量化评估 of one case (issue 11), kept ONLY in this browser: the ticks, the evidence each
 * rests on, the arrest conditions, the edited paragraph, the decision and the reason against the
 * band. Only an `AssessmentRecord` (version, item ids, score, band, decision) ever leaves it.
 */
export interface LocalAssessment {
  /** `${training ? 't' : 'r'}|${caseNumber}` */
  key: string;
  caseNumber: string;
  training: boolean;
  instrumentVersion: number;
  itemIds: string[];
  /** item id → evidence reference (free text). */
  evidence: Record<string, string>;
  conditions: ArrestConditions;
  /** The paragraph as the prosecutor edited it; absent while it follows the draft. */
  paragraph?: string;
  decision?: ArrestDecision;
  /** Why the decision goes against the band (local only). */
  reason?: string;
  /** The record last queued for the companion, if any. */
  submitted?: AssessmentRecord;
  updatedAt: number;
}

/** An assessment record waiting to be posted (POST /api/v1/assessments). */
export interface AssessmentOutboxRow {
  seq?: number;
  id: string;
  record: AssessmentRecord;
  enqueuedAt: number;
}

/** One event waiting to be posted. `seq` keeps the order the events were made in. */
export interface OutboxRow {
  seq?: number;
  id: string;
  event: DefectEvent;
  enqueuedAt: number;
}

/** An event the companion (or local validation) rejected, kept with the reason so it can be inspected or re-queued. */
export interface DeadLetterRow {
  id: string;
  event: unknown;
  reason: string;
  /** HTTP status of the rejection; absent when local validation rejected it. */
  status?: number;
  at: number;
}

/**
 * What the extension already told the ledger about one occurrence, keyed by
 * training flag + case number + rule id + occurrence key (see `occurrenceId`).
 * It is what makes reloads and re-evaluations idempotent.
 */
export interface OccurrenceRow {
  key: string;
  caseNumber: string;
  ruleId: string;
  occurrenceKey: string;
  training: boolean;
  /** 'unobserved': known only through an objection to a finding that was never red. */
  state: 'observed' | 'rectified' | 'unobserved';
  observedEventId: string;
  updatedAt: number;
  /** The finding as last recorded, so an objection that arrives with ids only can still carry points and dates. */
  light?: Light;
  /** The outcome of the red finding the points are about. */
  messageId?: string;
  points?: number;
  due?: string;
  ruleVersion?: number;
  procedure?: string;
  /** The last objection reason sent, so a double click does not file the same objection twice. */
  objectionReason?: string;
}

export interface SyncStateRow {
  key: 'sync';
  /** Consecutive failed attempts; drives the backoff. */
  failures: number;
  lastSuccessAt?: number;
  lastAttemptAt?: number;
  nextAttemptAt?: number;
  lastError?: { code: string; status?: number; detail?: string; at: number };
}

export type CaseLightDb = Dexie & {
  outbox: EntityTable<OutboxRow, 'seq'>;
  deadLetters: EntityTable<DeadLetterRow, 'id'>;
  occurrences: EntityTable<OccurrenceRow, 'key'>;
  syncState: EntityTable<SyncStateRow, 'key'>;
  cases: EntityTable<LocalCase, 'caseNumber'>;
  caseOutbox: EntityTable<CaseOutboxRow, 'seq'>;
  reminders: EntityTable<FiredReminderRow, 'key'>;
  notices: EntityTable<LocalNotice, 'id'>;
  assessments: EntityTable<LocalAssessment, 'key'>;
  assessmentOutbox: EntityTable<AssessmentOutboxRow, 'seq'>;
};

export const DB_NAME = 'caselight';

export interface OpenDbOptions {
  /** For tests: an IDBFactory (e.g. from fake-indexeddb) instead of the global one. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

/** Opens (lazily, on first use) the extension database. Call once per context and share the instance. */
export function openDb(name: string = DB_NAME, options: OpenDbOptions = {}): CaseLightDb {
  const db = new Dexie(name, options) as CaseLightDb;
  db.version(1).stores({
    outbox: '++seq, &id',
    deadLetters: 'id, at',
    occurrences: 'key, caseNumber',
    syncState: 'key',
  });
  // Issue 10: cases checked (我的期限, reminders), their case-activity outbox, reminders shown, open notices.
  db.version(2).stores({
    outbox: '++seq, &id',
    deadLetters: 'id, at',
    occurrences: 'key, caseNumber',
    syncState: 'key',
    cases: 'caseNumber, nextDue',
    caseOutbox: '++seq, &id',
    reminders: 'key',
    notices: 'id, caseNumber',
  });
  // Issue 11: 社会危险性量化评估 kept in the browser, and its outbox (ids and figures only).
  db.version(3).stores({
    outbox: '++seq, &id',
    deadLetters: 'id, at',
    occurrences: 'key, caseNumber',
    syncState: 'key',
    cases: 'caseNumber, nextDue',
    caseOutbox: '++seq, &id',
    reminders: 'key',
    notices: 'id, caseNumber',
    assessments: 'key, caseNumber',
    assessmentOutbox: '++seq, &id',
  });
  return db;
}
