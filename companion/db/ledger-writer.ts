// Keeps defects and the pre-aggregated totals in step with the events. Every change to a defect
// goes through applyDefectChanges, which moves the defect's contribution between total buckets,
// so the tallies never need to scan defects.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import {
  contribution, defectKey, deriveDefects, isZero, type BookedDefect, type DefectState, type LedgerEvent,
} from '../../shared/ledger/index.ts';
import type { Dialect } from './connection.ts';
import type { Database, DefectsTable } from './schema.ts';
import { chunks } from './sql.ts';
import { timeOrderedId } from './ids.ts';
import { ROLLUPS } from './migrations/008-rollups.ts';
import { kyselyIo, type CaseRow, type LedgerIo, type PointRow, type RollupWrite, type TotalRow, type TotalsDelta } from './ledger-io.ts';

export type DefectRow = Selectable<DefectsTable>;

const stateOf = (d: DefectRow): DefectState => ({ points: d.points, rectified: d.rectified_at !== null, voided: d.voided === 1 });

/**
 * Serialises ledger writes for one prosecutor on PostgreSQL, where several companion instances may
 * ingest at once (SQLite has a single writer already). Held until the transaction ends.
 */
export async function lockUser(trx: Kysely<Database>, dialect: Dialect, userId: string): Promise<void> {
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(hashtext(${userId}))`.execute(trx);
}

export interface DefectChange { old?: DefectRow; next: DefectRow }

/**
 * Writes new and changed defects and moves their contributions in defect_totals, the rollups,
 * case_totals and case_points. `io`: how (the ingest passes its prepared statements on SQLite).
 */
export async function applyDefectChanges(trx: Kysely<Database>, changes: readonly DefectChange[], io: LedgerIo = kyselyIo(trx)): Promise<void> {
  if (changes.length === 0) return;
  const inserts = changes.filter((c) => !c.old).map((c) => c.next);
  const updates = changes.filter((c) => c.old).map((c) => c.next);

  const buckets = new Map<string, TotalRow>();
  const cases = new Map<string, CaseRow>();
  const move = (d: DefectRow, sign: 1 | -1) => {
    const f = contribution(stateOf(d));
    const bkey = `${d.year}\u001f${d.month}\u001f${d.unit_code}\u001f${d.user_id}\u001f${d.rule_id}`;
    let b = buckets.get(bkey);
    if (!b) {
      b = { year: d.year, month: d.month, unit_code: d.unit_code, user_id: d.user_id, rule_id: d.rule_id, defects: 0, points: 0, rectified: 0, voided: 0, voided_points: 0 };
      buckets.set(bkey, b);
    }
    b.defects += sign * f.defects; b.points += sign * f.points; b.rectified += sign * f.rectified; b.voided += sign * f.voided; b.voided_points += sign * f.voidedPoints;
    const ckey = `${d.year}\u001f${d.case_number}\u001f${d.procedure}\u001f${d.user_id}\u001f${d.unit_code}`;
    let c = cases.get(ckey);
    if (!c) {
      c = { year: d.year, case_number: d.case_number, procedure: d.procedure, user_id: d.user_id, unit_code: d.unit_code, defects: 0, points: 0 };
      cases.set(ckey, c);
    }
    c.defects += sign * f.defects; c.points += sign * f.points;
  };
  for (const c of changes) {
    if (c.old) move(c.old, -1);
    move(c.next, 1);
  }

  const totals = [...buckets.values()].filter((b) => !isZero({ ...b, voidedPoints: b.voided_points }));
  const caseRows = [...cases.values()].filter((c) => c.defects !== 0 || c.points !== 0);
  const points = new Map<string, PointRow>();
  for (const c of caseRows) {
    const k = `${c.year}\u001f${c.case_number}`;
    const p = points.get(k);
    if (p) p.points += c.points; else points.set(k, { year: c.year, case_number: c.case_number, points: c.points });
  }
  const delta: TotalsDelta = { totals, rollups: rollupsOf(totals), cases: caseRows, points: [...points.values()].filter((p) => p.points !== 0) };
  if (io.writeChanges) {
    await io.writeChanges(inserts, updates, delta);
  } else {
    await io.writeDefects(inserts, updates);
    await io.addTotals(delta);
  }
}

/**
 * The same contributions summed per rollup key (migration 008). A rollup row is written for every
 * key of a defect_totals row written, even when the key's deltas cancel, so a rollup has exactly the
 * group keys that a GROUP BY over defect_totals finds.
 */
function rollupsOf(totals: readonly TotalRow[]): TotalsDelta['rollups'] {
  return ROLLUPS.map((r) => {
    const sums = new Map<string, RollupWrite>();
    for (const t of totals) {
      const key = t[r.key];
      const k = `${t.year}\u001f${t.unit_code}\u001f${key}`;
      const s = sums.get(k);
      if (!s) { sums.set(k, { year: t.year, unit_code: t.unit_code, key, defects: t.defects, points: t.points, rectified: t.rectified, voided: t.voided, voided_points: t.voided_points }); continue; }
      s.defects += t.defects; s.points += t.points; s.rectified += t.rectified; s.voided += t.voided; s.voided_points += t.voided_points;
    }
    return { table: r.table, key: r.key, rows: [...sums.values()] };
  });
}

const sameDefect = (a: DefectRow, b: DefectRow) =>
  a.points === b.points && a.first_observed_at === b.first_observed_at && a.rectified_at === b.rectified_at &&
  a.due === b.due && a.procedure === b.procedure && a.rule_version === b.rule_version && a.year === b.year &&
  a.month === b.month && a.source_event_id === b.source_event_id && a.demo === b.demo;

/** Why an objected event was not filed as an objection (and, when new, refused). */
export type ObjectionRefusal = 'nothing-to-object' | 'too-many-open';

export interface RederiveOptions {
  /** Objected events of this batch: the ones that cannot be filed are refused (the caller removes them). */
  newObjections?: ReadonlySet<string>;
  /** Pending objections one prosecutor may have at once (default: no limit). */
  maxOpenObjections?: number;
  /** How to read and write (default: Kysely statements on `trx`). */
  io?: LedgerIo;
}

const bookingOf = (d: DefectRow): BookedDefect => ({
  ruleVersion: d.rule_version, procedure: d.procedure, points: d.points, due: d.due, firstObservedAt: d.first_observed_at,
  year: d.year, month: d.month, sourceEventId: d.source_event_id,
});

/** How many pending objections the prosecutor has on their defects. */
export async function openObjections(trx: Kysely<Database>, userId: string): Promise<number> {
  const r = await trx.selectFrom('objections').innerJoin('defects', 'defects.id', 'objections.defect_id')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('defects.user_id', '=', userId).where('objections.status', '=', 'pending')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * Re-derives one prosecutor's defects in the given cases from all their (non-training) events, and
 * files a pending objection for each objected event not filed yet. A defect already booked keeps its
 * booking (points, ledger year, first-observed time); a new one is booked from its earliest red event.
 * `unitCode` is the unit a new defect is booked to (a defect keeps its unit). Answers the new
 * objected events that could not be filed: a defect with 0 points, or too many open objections.
 */
export async function rederive(
  trx: Kysely<Database>, user: { id: string; unitCode: string }, caseNumbers: readonly string[], options: RederiveOptions = {},
): Promise<Map<string, ObjectionRefusal>> {
  const refused = new Map<string, ObjectionRefusal>();
  if (caseNumbers.length === 0) return refused;
  const io = options.io ?? kyselyIo(trx);
  const read = await io.readCases(user.id, caseNumbers);
  const events: Array<LedgerEvent & { demo: number }> = read.events.map((r) => ({
    id: r.id, kind: r.kind, caseNumber: r.case_number, ruleId: r.rule_id, ruleVersion: r.rule_version,
    occurrenceKey: r.occurrence_key, light: r.light, points: r.points, due: r.due, observedAt: r.observed_at,
    procedure: r.procedure, objectionReason: r.objection_reason, demo: r.demo,
  }));
  const existing = new Map<string, DefectRow>();
  for (const d of read.defects) existing.set(defectKey({ caseNumber: d.case_number, ruleId: d.rule_id, occurrenceKey: d.occurrence_key }), d);
  const demoOf = new Map(events.map((e) => [e.id, e.demo]));
  const derived = deriveDefects(events, new Map([...existing].map(([k, d]) => [k, bookingOf(d)])));

  const changes: DefectChange[] = [];
  const defectIds = new Map<string, DefectRow>();
  for (const d of derived) {
    const old = existing.get(defectKey(d));
    const next: DefectRow = {
      id: old?.id ?? timeOrderedId(),
      user_id: user.id,
      unit_code: old?.unit_code ?? user.unitCode,
      case_number: d.caseNumber,
      rule_id: d.ruleId,
      occurrence_key: d.occurrenceKey,
      rule_version: d.ruleVersion,
      procedure: d.procedure,
      points: d.points,
      due: d.due,
      first_observed_at: d.firstObservedAt,
      year: d.year,
      month: d.month,
      source_event_id: d.sourceEventId,
      rectified_at: d.rectifiedAt,
      voided: old?.voided ?? 0,
      void_reason: old?.void_reason ?? null,
      voided_at: old?.voided_at ?? null,
      demo: old?.demo ?? demoOf.get(d.sourceEventId) ?? 0,
    };
    defectIds.set(defectKey(d), next);
    if (!old || !sameDefect(old, next)) changes.push(old ? { old, next } : { next });
  }
  await applyDefectChanges(trx, changes, io);

  const objected = derived.filter((d) => d.objections.length > 0);
  if (objected.length === 0) return refused;
  // The objections below are read and written on `trx` itself: the io's held-back writes go first.
  await io.flush?.();
  const ids = objected.map((d) => (defectIds.get(defectKey(d)) as DefectRow).id);
  const filed: Array<{ defect_id: string; source_event_id: string | null; status: string }> = [];
  for (const part of chunks(ids, 500)) {
    filed.push(...await trx.selectFrom('objections').select(['defect_id', 'source_event_id', 'status']).where('defect_id', 'in', part).execute());
  }
  const bySource = new Set(filed.map((o) => o.source_event_id).filter((s) => s !== null));
  const open = new Set(filed.filter((o) => o.status !== 'rejected').map((o) => o.defect_id));
  let pending: number | undefined;
  const isNew = (eventId: string) => options.newObjections?.has(eventId) ?? false;
  for (const d of objected) {
    const defect = defectIds.get(defectKey(d)) as DefectRow;
    for (const o of d.objections) {
      // One open objection per defect: a second objection while one is pending or accepted is kept as an event only.
      if (bySource.has(o.eventId) || open.has(defect.id) || defect.voided === 1) continue;
      if (defect.points === 0) {
        if (isNew(o.eventId)) refused.set(o.eventId, 'nothing-to-object');
        continue;
      }
      if (options.maxOpenObjections !== undefined) {
        pending ??= await openObjections(trx, user.id);
        if (pending >= options.maxOpenObjections) {
          if (isNew(o.eventId)) refused.set(o.eventId, 'too-many-open');
          continue;
        }
      }
      await trx.insertInto('objections').values({
        id: randomUUID(), defect_id: defect.id, source_event_id: o.eventId, reason: o.reason, filed_at: o.filedAt,
        status: 'pending', decided_by: null, decision_reason: null, decided_at: null,
      }).execute();
      open.add(defect.id);
      if (pending !== undefined) pending++;
    }
  }
  return refused;
}
