// Keeps defects and the pre-aggregated totals in step with the events. Every change to a defect
// goes through applyDefectChanges, which moves the defect's contribution between total buckets,
// so the tallies never need to scan defects.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import {
  addFigures, contribution, defectKey, deriveDefects, isZero, zeroFigures,
  type BookedDefect, type DefectState, type Figures, type LedgerEvent,
} from '../../shared/ledger/index.ts';
import type { Dialect } from './connection.ts';
import type { Database, DefectsTable } from './schema.ts';
import { chunks } from './sql.ts';
import { timeOrderedId } from './ids.ts';
import { ROLLUPS } from './migrations/008-rollups.ts';
import type { RollupRow } from './schema.ts';

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

/** Writes new and changed defects and moves their contributions in defect_totals and case_totals. */
export async function applyDefectChanges(trx: Kysely<Database>, changes: readonly DefectChange[]): Promise<void> {
  if (changes.length === 0) return;
  const inserts = changes.filter((c) => !c.old).map((c) => c.next);
  for (const part of chunks(inserts, 500)) await trx.insertInto('defects').values(part).execute();
  for (const c of changes) {
    if (!c.old) continue;
    const { id, ...rest } = c.next;
    await trx.updateTable('defects').set(rest).where('id', '=', id).execute();
  }

  const buckets = new Map<string, { key: { year: number; month: number; unit_code: string; user_id: string; rule_id: string }; f: Figures }>();
  const cases = new Map<string, { key: { year: number; case_number: string; procedure: string; user_id: string; unit_code: string }; f: Figures }>();
  const move = (d: DefectRow, sign: 1 | -1) => {
    const f = contribution(stateOf(d));
    const bk = { year: d.year, month: d.month, unit_code: d.unit_code, user_id: d.user_id, rule_id: d.rule_id };
    const bkey = `${bk.year}\u001f${bk.month}\u001f${bk.unit_code}\u001f${bk.user_id}\u001f${bk.rule_id}`;
    const b = buckets.get(bkey) ?? { key: bk, f: zeroFigures() };
    b.f = addFigures(b.f, f, sign);
    buckets.set(bkey, b);
    const ck = { year: d.year, case_number: d.case_number, procedure: d.procedure, user_id: d.user_id, unit_code: d.unit_code };
    const ckey = `${ck.year}\u001f${ck.case_number}\u001f${ck.procedure}\u001f${ck.user_id}\u001f${ck.unit_code}`;
    const cse = cases.get(ckey) ?? { key: ck, f: zeroFigures() };
    cse.f = addFigures(cse.f, f, sign);
    cases.set(ckey, cse);
  };
  for (const c of changes) {
    if (c.old) move(c.old, -1);
    move(c.next, 1);
  }

  const totalRows = [...buckets.values()].filter((b) => !isZero(b.f)).map((b) => ({
    ...b.key, defects: b.f.defects, points: b.f.points, rectified: b.f.rectified, voided: b.f.voided, voided_points: b.f.voidedPoints,
  }));
  for (const part of chunks(totalRows, 1000)) {
    await trx.insertInto('defect_totals').values(part)
      .onConflict((oc) => oc.columns(['year', 'unit_code', 'user_id', 'rule_id', 'month']).doUpdateSet((eb) => ({
        defects: eb('defect_totals.defects', '+', eb.ref('excluded.defects')),
        points: eb('defect_totals.points', '+', eb.ref('excluded.points')),
        rectified: eb('defect_totals.rectified', '+', eb.ref('excluded.rectified')),
        voided: eb('defect_totals.voided', '+', eb.ref('excluded.voided')),
        voided_points: eb('defect_totals.voided_points', '+', eb.ref('excluded.voided_points')),
      })))
      .execute();
  }
  await applyRollups(trx, totalRows);
  const caseRows = [...cases.values()].filter((c) => c.f.defects !== 0 || c.f.points !== 0)
    .map((c) => ({ ...c.key, defects: c.f.defects, points: c.f.points }));
  for (const part of chunks(caseRows, 1000)) {
    await trx.insertInto('case_totals').values(part)
      .onConflict((oc) => oc.columns(['year', 'case_number', 'procedure', 'user_id', 'unit_code']).doUpdateSet((eb) => ({
        defects: eb('case_totals.defects', '+', eb.ref('excluded.defects')),
        points: eb('case_totals.points', '+', eb.ref('excluded.points')),
      })))
      .execute();
  }
  const points = new Map<string, { year: number; case_number: string; points: number }>();
  for (const c of cases.values()) {
    const k = `${c.key.year}\u001f${c.key.case_number}`;
    const p = points.get(k) ?? { year: c.key.year, case_number: c.key.case_number, points: 0 };
    p.points += c.f.points;
    points.set(k, p);
  }
  const pointRows = [...points.values()].filter((p) => p.points !== 0);
  for (const part of chunks(pointRows, 1000)) {
    await trx.insertInto('case_points').values(part)
      .onConflict((oc) => oc.columns(['year', 'case_number']).doUpdateSet((eb) => ({
        points: eb('case_points.points', '+', eb.ref('excluded.points')),
      })))
      .execute();
  }
}

type TotalRow = { year: number; month: number; unit_code: string; user_id: string; rule_id: string; defects: number; points: number; rectified: number; voided: number; voided_points: number };

/**
 * Moves the same contributions in the rollups (migration 008). A rollup row is written for every key
 * of a defect_totals row written, even when the key's deltas cancel, so a rollup has exactly the
 * group keys that a GROUP BY over defect_totals finds.
 */
async function applyRollups(trx: Kysely<Database>, totalRows: readonly TotalRow[]): Promise<void> {
  if (totalRows.length === 0) return;
  for (const r of ROLLUPS) {
    const sums = new Map<string, TotalRow>();
    for (const t of totalRows) {
      const k = `${t.year}\u001f${t.unit_code}\u001f${t[r.key]}`;
      const s = sums.get(k);
      if (!s) { sums.set(k, { ...t }); continue; }
      s.defects += t.defects; s.points += t.points; s.rectified += t.rectified; s.voided += t.voided; s.voided_points += t.voided_points;
    }
    const rows = [...sums.values()].map((s) => ({
      year: s.year, unit_code: s.unit_code, [r.key]: s[r.key], defects: s.defects, points: s.points, rectified: s.rectified, voided: s.voided, voided_points: s.voided_points,
    }));
    for (const part of chunks(rows, 1000)) {
      // The table name varies over the three rollups, whose shapes differ only in the key column.
      await (trx as unknown as Kysely<Record<string, RollupRow>>).insertInto(r.table).values(part)
        .onConflict((oc) => oc.columns(['year', 'unit_code', r.key]).doUpdateSet({
          defects: sql<number>`${sql.ref(`${r.table}.defects`)} + excluded.defects`,
          points: sql<number>`${sql.ref(`${r.table}.points`)} + excluded.points`,
          rectified: sql<number>`${sql.ref(`${r.table}.rectified`)} + excluded.rectified`,
          voided: sql<number>`${sql.ref(`${r.table}.voided`)} + excluded.voided`,
          voided_points: sql<number>`${sql.ref(`${r.table}.voided_points`)} + excluded.voided_points`,
        }))
        .execute();
    }
  }
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
  const events: Array<LedgerEvent & { demo: number }> = [];
  const existing = new Map<string, DefectRow>();
  for (const part of chunks([...new Set(caseNumbers)], 400)) {
    const rows = await trx.selectFrom('events')
      .select(['id', 'kind', 'case_number', 'rule_id', 'rule_version', 'occurrence_key', 'light', 'points', 'due', 'observed_at', 'procedure', 'objection_reason', 'demo'])
      .where('user_id', '=', user.id).where('training', '=', 0).where('case_number', 'in', part)
      .execute();
    for (const r of rows) {
      events.push({
        id: r.id, kind: r.kind, caseNumber: r.case_number, ruleId: r.rule_id, ruleVersion: r.rule_version,
        occurrenceKey: r.occurrence_key, light: r.light, points: r.points, due: r.due, observedAt: r.observed_at,
        procedure: r.procedure, objectionReason: r.objection_reason, demo: r.demo,
      });
    }
    const defects = await trx.selectFrom('defects').selectAll().where('user_id', '=', user.id).where('case_number', 'in', part).execute();
    for (const d of defects) existing.set(defectKey({ caseNumber: d.case_number, ruleId: d.rule_id, occurrenceKey: d.occurrence_key }), d);
  }
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
  await applyDefectChanges(trx, changes);

  const objected = derived.filter((d) => d.objections.length > 0);
  if (objected.length === 0) return refused;
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
