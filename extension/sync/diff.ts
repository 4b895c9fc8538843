// Finding changes → defect events. Pure: the clock and the id maker come in through the context.
import type { FrameFindingRef } from '../finding-ref';
import type { DefectEvent } from './contract';

/** Where the findings come from: one case on one page. */
export interface CaseContext {
  caseNumber: string;
  procedure?: string;
  training: boolean;
}

export interface DiffContext extends CaseContext {
  /** ISO date-time stamped on every event made by this diff. */
  observedAt: string;
  newId: () => string;
}

/** What is already known about an occurrence (from the `occurrences` table). */
export interface KnownOccurrence {
  state: 'observed' | 'rectified';
}

export type OccurrenceIdentity = Pick<DefectEvent, 'caseNumber' | 'ruleId' | 'occurrenceKey' | 'training'>;

/**
 * The key of one occurrence. The training flag is part of it: a case checked once in training
 * mode must still be observed for the real ledger when training mode is turned off.
 */
export function occurrenceId(o: OccurrenceIdentity): string {
  return [o.training ? 'training' : 'real', o.caseNumber, o.ruleId, o.occurrenceKey].join('\u001f');
}

function makeEvent(kind: DefectEvent['kind'], f: FrameFindingRef, ctx: DiffContext): DefectEvent {
  const event: DefectEvent = {
    id: ctx.newId(),
    kind,
    caseNumber: ctx.caseNumber,
    ruleId: f.ruleId,
    ruleVersion: f.ruleVersion ?? 1,
    occurrenceKey: f.occurrenceKey,
    light: f.light,
    // Points belong to red findings only (design.md, Finding).
    points: f.light === 'red' ? (f.points ?? 0) : 0,
    observedAt: ctx.observedAt,
    procedure: ctx.procedure ?? 'unknown',
    training: ctx.training,
  };
  if (f.messageId !== undefined) event.messageId = f.messageId;
  if (f.due !== undefined) event.due = f.due;
  return event;
}

/**
 * The events that the change from `previous` (known occurrence states) to `next` (this evaluation's
 * findings for `context.caseNumber`) produces:
 * - an occurrence never seen before that is red → `observed` (with its points);
 * - an occurrence observed and now green → `rectified`;
 * - everything else → nothing. In particular, a reload or re-evaluation of a red finding already
 *   observed makes no event, a finding that turns yellow or grey (inputs cleared, another frame)
 *   is not a rectification, and an occurrence red again after rectification is not re-counted
 *   (the ledger counts points once per case, rule and occurrence).
 *
 * @example
 * diffFindings(new Map(), [{ ruleId: 'notice-suspect-counsel-3d', light: 'red', occurrenceKey: '2025-09-01', points: 6 }],
 *   { caseNumber: '苏检刑诉受〔2025〕1号', procedure: 'prosecution-review', training: false,
 *     observedAt: new Date().toISOString(), newId: () => crypto.randomUUID() })
 * // → [{ kind: 'observed', points: 6, … }]
 */
export function diffFindings(
  previous: ReadonlyMap<string, KnownOccurrence>,
  next: readonly FrameFindingRef[],
  context: DiffContext,
): DefectEvent[] {
  const events: DefectEvent[] = [];
  const seen = new Map<string, KnownOccurrence['state']>();
  for (const f of next) {
    if (!f.occurrenceKey || !f.ruleId) continue;
    const key = occurrenceId({ ...context, ruleId: f.ruleId, occurrenceKey: f.occurrenceKey });
    const state = seen.get(key) ?? previous.get(key)?.state;
    if (state === undefined && f.light === 'red') {
      events.push(makeEvent('observed', f, context));
      seen.set(key, 'observed');
    } else if (state === 'observed' && f.light === 'green') {
      events.push(makeEvent('rectified', f, context));
      seen.set(key, 'rectified');
    }
  }
  return events;
}

/** An objection (异议) to one finding, with the prosecutor's reason. */
export function objectionEvent(finding: FrameFindingRef, reason: string, context: DiffContext): DefectEvent {
  return { ...makeEvent('objected', finding, context), objectionReason: reason };
}
