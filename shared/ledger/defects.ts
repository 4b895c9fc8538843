// From events to defects. A defect is one (case, rule, occurrence) that turned red for one
// prosecutor: its points accrue once, at the first red observation; it is rectified when the
// latest red/green observation is green (the points stay); an accepted objection voids it.
// Once booked, a defect's points, ledger year and first-observed time are fixed: later events (even
// ones claiming an earlier observation) may only rectify it, make it red again or object to it.
import type { Light } from '../light';
import { ledgerPeriod } from './time';

export interface LedgerEvent {
  id: string;
  kind: 'observed' | 'rectified' | 'objected';
  caseNumber: string;
  ruleId: string;
  ruleVersion: number;
  occurrenceKey: string;
  light: Light;
  points: number;
  due?: string | null;
  /** UTC ISO (normalizeInstant), so string order is time order. */
  observedAt: string;
  procedure: string;
  objectionReason?: string | null;
}

export interface DerivedObjection {
  /** The objected event's id: re-deriving never files it twice. */
  eventId: string;
  reason: string;
  filedAt: string;
}

export interface DerivedDefect {
  caseNumber: string;
  ruleId: string;
  occurrenceKey: string;
  ruleVersion: number;
  procedure: string;
  points: number;
  due: string | null;
  firstObservedAt: string;
  year: number;
  month: number;
  rectifiedAt: string | null;
  objections: DerivedObjection[];
  /** The first red event: where the points and the ledger year come from. */
  sourceEventId: string;
}

/** What booking fixed for a defect: the source of its points, year and first-observed time. */
export type BookedDefect = Pick<DerivedDefect, 'ruleVersion' | 'procedure' | 'points' | 'due' | 'firstObservedAt' | 'year' | 'month' | 'sourceEventId'>;

export const defectKey = (e: { caseNumber: string; ruleId: string; occurrenceKey: string }) =>
  `${e.caseNumber}\u001f${e.ruleId}\u001f${e.occurrenceKey}`;

const byTime = (a: LedgerEvent, b: LedgerEvent) =>
  a.observedAt < b.observedAt ? -1 : a.observedAt > b.observedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** Does this event say the finding is (still) a defect, or that it is done? Yellow and grey say neither. */
function verdict(e: LedgerEvent): 'red' | 'green' | undefined {
  if (e.kind === 'rectified' || e.light === 'green') return 'green';
  if (e.light === 'red') return 'red';
  return undefined;
}

/**
 * The defects one prosecutor's events establish. Events of occurrences that never turned red
 * make no defect (an objection to a yellow light has nothing to void). `booked` holds the defects
 * already booked, by `defectKey`: their booking stands whatever the events say (a booked defect
 * changes only through an objection or an administrator's correction); without it, the earliest red
 * observation books the defect, so the result does not depend on the order events arrived in.
 *
 * @example deriveDefects([{ kind: 'observed', light: 'red', points: 6, … }, { kind: 'rectified', light: 'green', … }])
 * // → [{ points: 6, rectifiedAt: '<the green observation>', … }]
 */
export function deriveDefects(events: readonly LedgerEvent[], booked: ReadonlyMap<string, BookedDefect> = new Map()): DerivedDefect[] {
  const groups = new Map<string, LedgerEvent[]>();
  for (const e of events) {
    const k = defectKey(e);
    const list = groups.get(k);
    if (list) list.push(e);
    else groups.set(k, [e]);
  }
  const out: DerivedDefect[] = [];
  for (const [k, list] of groups) {
    const sorted = [...list].sort(byTime);
    const firstRed = sorted.find((e) => verdict(e) === 'red');
    const fixed = booked.get(k);
    let booking: BookedDefect;
    if (fixed) booking = fixed;
    else if (firstRed) {
      const period = ledgerPeriod(firstRed.observedAt);
      booking = {
        ruleVersion: firstRed.ruleVersion, procedure: firstRed.procedure, points: firstRed.points, due: firstRed.due ?? null,
        firstObservedAt: firstRed.observedAt, year: period.year, month: period.month, sourceEventId: firstRed.id,
      };
    } else continue;
    // Rectified when the last verdict is green; the rectification time is the first green after the last red.
    let rectifiedAt: string | null = null;
    for (const e of sorted) {
      const v = verdict(e);
      if (v === 'red') rectifiedAt = null;
      else if (v === 'green' && rectifiedAt === null && e.observedAt >= booking.firstObservedAt) rectifiedAt = e.observedAt;
    }
    const first = sorted[0];
    out.push({
      caseNumber: first.caseNumber,
      ruleId: first.ruleId,
      occurrenceKey: first.occurrenceKey,
      ...booking,
      rectifiedAt,
      objections: sorted
        .filter((e) => e.kind === 'objected' && e.objectionReason)
        .map((e) => ({ eventId: e.id, reason: e.objectionReason as string, filedAt: e.observedAt })),
    });
  }
  return out;
}
