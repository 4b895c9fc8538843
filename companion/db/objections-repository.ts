// Objections (异议): filed by the prosecutor whose defect it is, decided by a supervisor of the
// defect's unit or above. An accepted objection voids the defect's points; the reason is kept.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Objection, ObjectionStatus } from '../../shared/api/index.ts';
import { canSeeUnit, type Principal, type Scope } from '../auth/scope.ts';
import type { Dialect } from './connection.ts';
import { applyDefectChanges, lockUser } from './ledger-writer.ts';
import type { Database } from './schema.ts';
import { scopeCondition } from './scope-sql.ts';

export type ObjectionOutcome =
  | { ok: true; objection: Objection }
  | { ok: false; code: 'not-found' | 'forbidden' | 'not-own' | 'own' | 'voided' | 'already-open' | 'already-decided' };

export const OBJECTION_LIST_LIMIT = 1000;

export function createObjectionsRepository(db: Kysely<Database>, dialect: Dialect) {
  function base(q: Kysely<Database>) {
    return q.selectFrom('objections')
      .innerJoin('defects', 'defects.id', 'objections.defect_id')
      .innerJoin('users as owner', 'owner.id', 'defects.user_id')
      .leftJoin('users as decider', 'decider.id', 'objections.decided_by')
      .select([
        'objections.id', 'objections.defect_id', 'objections.reason', 'objections.filed_at', 'objections.status',
        'objections.decided_by', 'objections.decision_reason', 'objections.decided_at',
        'defects.case_number', 'defects.rule_id', 'defects.occurrence_key', 'defects.points', 'defects.user_id', 'defects.unit_code',
        'owner.name as owner_name', 'decider.name as decider_name',
      ]);
  }
  type Row = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;
  const view = (r: Row): Objection => ({
    id: r.id, defectId: r.defect_id, caseNumber: r.case_number, ruleId: r.rule_id, occurrenceKey: r.occurrence_key,
    points: r.points, userId: r.user_id, userName: r.owner_name, unitCode: r.unit_code, reason: r.reason, filedAt: r.filed_at,
    status: r.status, decidedBy: r.decided_by, decidedByName: r.decider_name, decisionReason: r.decision_reason, decidedAt: r.decided_at,
  });

  return {
    async get(id: string): Promise<Objection | undefined> {
      const r = await base(db).where('objections.id', '=', id).executeTakeFirst();
      return r && view(r);
    },

    /** Newest first; `year` is the ledger year of the defect. */
    async list(scope: Scope, filter: { status?: ObjectionStatus; year?: number } = {}): Promise<Objection[]> {
      let q = base(db).where(scopeCondition(scope, 'defects.unit_code', 'defects.user_id'));
      if (filter.status) q = q.where('objections.status', '=', filter.status);
      if (filter.year !== undefined) q = q.where('defects.year', '=', filter.year);
      const rows = await q.orderBy('objections.filed_at', 'desc').orderBy('objections.id').limit(OBJECTION_LIST_LIMIT).execute();
      return rows.map(view);
    },

    async countPending(scope: Scope, year?: number): Promise<number> {
      let q = db.selectFrom('objections').innerJoin('defects', 'defects.id', 'objections.defect_id')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('objections.status', '=', 'pending')
        .where(scopeCondition(scope, 'defects.unit_code', 'defects.user_id'));
      if (year !== undefined) q = q.where('defects.year', '=', year);
      return Number((await q.executeTakeFirstOrThrow()).n);
    },

    /** A prosecutor objects to one of their own defects; one open objection per defect. */
    async file(principal: Principal, defectId: string, reason: string, now: Date = new Date()): Promise<ObjectionOutcome> {
      const id = randomUUID();
      const outcome = await db.transaction().execute(async (trx): Promise<ObjectionOutcome | undefined> => {
        const defect = await trx.selectFrom('defects').select(['id', 'user_id', 'voided']).where('id', '=', defectId).executeTakeFirst();
        if (!defect) return { ok: false, code: 'not-found' };
        if (defect.user_id !== principal.id) return { ok: false, code: 'not-own' };
        await lockUser(trx, dialect, defect.user_id);
        if (defect.voided === 1) return { ok: false, code: 'voided' };
        const open = await trx.selectFrom('objections').select('id').where('defect_id', '=', defectId).where('status', '!=', 'rejected').executeTakeFirst();
        if (open) return { ok: false, code: 'already-open' };
        await trx.insertInto('objections').values({
          id, defect_id: defectId, source_event_id: null, reason, filed_at: now.toISOString(), status: 'pending',
          decided_by: null, decision_reason: null, decided_at: null,
        }).execute();
        return undefined;
      });
      if (outcome) return outcome;
      return { ok: true, objection: (await this.get(id)) as Objection };
    },

    /**
     * A supervisor decides. `scope` is the supervisor's (their unit and below); nobody decides an
     * objection to their own defect; a decided objection stays decided.
     */
    async decide(principal: Principal, scope: Scope, objectionId: string, decision: 'accepted' | 'rejected', reason: string, now: Date = new Date()): Promise<ObjectionOutcome> {
      const outcome = await db.transaction().execute(async (trx): Promise<ObjectionOutcome | undefined> => {
        const objection = await trx.selectFrom('objections').select(['id', 'defect_id']).where('id', '=', objectionId).executeTakeFirst();
        if (!objection) return { ok: false, code: 'not-found' };
        const owner = await trx.selectFrom('defects').select(['user_id', 'unit_code']).where('id', '=', objection.defect_id).executeTakeFirstOrThrow();
        if (!canSeeUnit(scope, owner.unit_code)) return { ok: false, code: 'forbidden' };
        if (owner.user_id === principal.id) return { ok: false, code: 'own' };
        await lockUser(trx, dialect, owner.user_id);
        const current = await trx.selectFrom('objections').select('status').where('id', '=', objectionId).executeTakeFirstOrThrow();
        if (current.status !== 'pending') return { ok: false, code: 'already-decided' };
        const at = now.toISOString();
        await trx.updateTable('objections')
          .set({ status: decision, decided_by: principal.id, decision_reason: reason, decided_at: at })
          .where('id', '=', objectionId).execute();
        if (decision === 'accepted') {
          const old = await trx.selectFrom('defects').selectAll().where('id', '=', objection.defect_id).executeTakeFirstOrThrow();
          if (old.voided === 0) await applyDefectChanges(trx, [{ old, next: { ...old, voided: 1, void_reason: reason, voided_at: at } }]);
        }
        return undefined;
      });
      if (outcome) return outcome;
      return { ok: true, objection: (await this.get(objectionId)) as Objection };
    },
  };
}
export type ObjectionsRepository = ReturnType<typeof createObjectionsRepository>;

