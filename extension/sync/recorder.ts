// The recorder: findings and objections → events in the outbox (IndexedDB). It decides what
// changed since the last check (diff.ts), stamps training and rule version, validates each event
// against the shared contract and queues it; posting is the courier's (courier.ts).
import type { FrameFindingRef } from '../finding-ref';
import { OBJECTION_REASON_MAX } from '../../shared/api/limits';
import { isTraining } from '../settings';
import type { CaseLightDb, OccurrenceRow, OutboxRow } from '../store/db';
import { DefectEventSchema, type DefectEvent } from './contract';
import { diffFindings, objectionEvent, occurrenceId, type KnownOccurrence } from './diff';

export interface RecorderSettings {
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

export interface RecorderDeps {
  db: CaseLightDb;
  /** Read on every record, for the training mode. */
  getSettings: () => Promise<RecorderSettings>;
  now: () => number;
  newId: () => string;
  /** meta.version of a rule, for findings that arrive without `ruleVersion`. */
  ruleVersionOf?: (ruleId: string) => number | undefined;
  /** Called after events were queued (the courier posts them soon). */
  onQueued?: () => void;
}

export interface Recorder {
  /** Diffs this evaluation's findings for one case against what is known and queues the events. */
  recordFindings(tab: TabContext, findings: readonly FrameFindingRef[]): Promise<DefectEvent[]>;
  /** Queues an objection (异议) to one finding with the prosecutor's reason. */
  recordObjection(tab: TabContext, finding: FrameFindingRef, reason: string): Promise<DefectEvent[]>;
}

export function createRecorder(deps: RecorderDeps): Recorder {
  const { db, getSettings, now, newId } = deps;
  const trainingOf = (settings: RecorderSettings, tab: TabContext) =>
    isTraining({ trainingMode: settings.trainingMode, adapterId: tab.adapterId, reported: tab.training });
  const withVersion = (f: FrameFindingRef): FrameFindingRef => {
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

  async function recordFindings(tab: TabContext, input: readonly FrameFindingRef[]): Promise<DefectEvent[]> {
    const caseNumber = tab.caseNumber?.trim();
    // Without a case number nothing can be keyed or counted; the page is not (yet) a case.
    if (!caseNumber || input.length === 0) return [];
    const findings = input.map(withVersion);
    const settings = await getSettings();
    const context = {
      caseNumber,
      ...(tab.procedure === undefined ? {} : { procedure: tab.procedure }),
      training: trainingOf(settings, tab),
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
    if (events.length > 0) deps.onQueued?.();
    return events;
  }

  async function recordObjection(tab: TabContext, input: FrameFindingRef, reason: string): Promise<DefectEvent[]> {
    const caseNumber = tab.caseNumber?.trim();
    const text = reason.trim();
    if (!caseNumber) throw new Error('异议需要案号 / an objection needs a case number');
    if (text.length === 0) throw new Error('请填写异议理由 / an objection needs a reason');
    if (text.length > OBJECTION_REASON_MAX) throw new Error(`异议理由不超过 ${OBJECTION_REASON_MAX} 字 / the reason is limited to ${OBJECTION_REASON_MAX} characters`);
    const settings = await getSettings();
    const training = trainingOf(settings, tab);
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
    if (events.length > 0) deps.onQueued?.();
    return events;
  }

  return { recordFindings, recordObjection };
}
