// Objections (异议): filed by the prosecutor whose defect it is, decided by a supervisor of the
// defect's unit or above. An accepted objection voids the defect's points; the reason is kept, and
// the decision is in the audit trail. A defect with 0 points has nothing to object to, and a
// prosecutor has at most `maxOpen` pending objections at once, so nobody can flood the queue.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Objection, ObjectionStatus } from '../../shared/api/index.ts';
import { canSeeUnit, scopeCondition, type Principal, type Scope } from './scope.ts';
import { recordAudit } from './audit-repository.ts';
import type { Dialect } from './connection.ts';
import { DEFAULT_MAX_OPEN_OBJECTIONS } from './events-repository.ts';
import { applyDefectChanges, lockUser, openObjections } from './ledger-writer.ts';
import type { Database } from './schema.ts';

export type ObjectionOutcome =
  | { ok: true; objection: Objection }
  | { ok: false; code: 'not-found' | 'forbidden' | 'not-own' | 'own' | 'voided' | 'already-open' | 'already-decided' | 'nothing-to-object' | 'too-many-open' };

export interface ObjectionListFilter {
  status?: ObjectionStatus;
  year?: number;
  /** Only objections to this user's defects. */
  userId?: string;
  order?: 'newest' | 'oldest';
  limit?: number;
  offset?: number;
}

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

    /**
     * One page of the objections in the scope, newest (default) or oldest filed first, and how many
     * match in all; `year` is the ledger year of the defect.
     */
    async page(scope: Scope, filter: ObjectionListFilter = {}): Promise<{ total: number; objections: Objection[] }> {
      let count = db.selectFrom('objections').innerJoin('defects', 'defects.id', 'objections.defect_id')
        .select((eb) => eb.fn.countAll().as('n'))
        .where(scopeCondition(scope, 'defects.unit_code', 'defects.user_id'));
      let q = base(db).where(scopeCondition(scope, 'defects.unit_code', 'defects.user_id'));
      if (filter.status) {
        count = count.where('objections.status', '=', filter.status);
        q = q.where('objections.status', '=', filter.status);
      }
      if (filter.year !== undefined) {
        count = count.where('defects.year', '=', filter.year);
        q = q.where('defects.year', '=', filter.year);
      }
      if (filter.userId !== undefined) {
        count = count.where('defects.user_id', '=', filter.userId);
        q = q.where('defects.user_id', '=', filter.userId);
      }
      const direction = filter.order === 'oldest' ? 'asc' : 'desc';
      const rows = await q.orderBy('objections.filed_at', direction).orderBy('objections.id', direction)
        .limit(filter.limit ?? Number.MAX_SAFE_INTEGER).offset(filter.offset ?? 0).execute();
      const total = Number((await count.executeTakeFirstOrThrow()).n);
      return { total, objections: rows.map(view) };
    },

    /** Every matching objection (newest first): for callers inside the companion, not for an HTTP answer. */
    async list(scope: Scope, filter: Omit<ObjectionListFilter, 'limit' | 'offset'> = {}): Promise<Objection[]> {
      return (await this.page(scope, filter)).objections;
    },

    async countPending(scope: Scope, year?: number): Promise<number> {
      let q = db.selectFrom('objections').innerJoin('defects', 'defects.id', 'objections.defect_id')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('objections.status', '=', 'pending')
        .where(scopeCondition(scope, 'defects.unit_code', 'defects.user_id'));
      if (year !== undefined) q = q.where('defects.year', '=', year);
      return Number((await q.executeTakeFirstOrThrow()).n);
    },

    /**
     * A prosecutor objects to one of their own defects: one open objection per defect, none on a
     * defect with 0 points, at most `maxOpen` pending at once.
     */
    async file(principal: Principal, defectId: string, reason: string, now: Date = new Date(), maxOpen = DEFAULT_MAX_OPEN_OBJECTIONS): Promise<ObjectionOutcome> {
      const id = randomUUID();
      const outcome = await db.transaction().execute(async (trx): Promise<ObjectionOutcome | undefined> => {
        const found = await trx.selectFrom('defects').select(['id', 'user_id']).where('id', '=', defectId).executeTakeFirst();
        if (!found) return { ok: false, code: 'not-found' };
        if (found.user_id !== principal.id) return { ok: false, code: 'not-own' };
        await lockUser(trx, dialect, found.user_id);
        const defect = await trx.selectFrom('defects').select(['voided', 'points']).where('id', '=', defectId).executeTakeFirstOrThrow();
        if (defect.voided === 1) return { ok: false, code: 'voided' };
        if (defect.points === 0) return { ok: false, code: 'nothing-to-object' };
        const open = await trx.selectFrom('objections').select('id').where('defect_id', '=', defectId).where('status', '!=', 'rejected').executeTakeFirst();
        if (open) return { ok: false, code: 'already-open' };
        if (await openObjections(trx, principal.id) >= maxOpen) return { ok: false, code: 'too-many-open' };
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
        const old = await trx.selectFrom('defects').selectAll().where('id', '=', objection.defect_id).executeTakeFirstOrThrow();
        if (decision === 'accepted' && old.voided === 0) {
          await applyDefectChanges(trx, [{ old, next: { ...old, voided: 1, void_reason: reason, voided_at: at } }]);
        }
        await recordAudit(trx, {
          action: 'objection-decision', subject: objectionId, actorId: principal.id, at, reason,
          before: { defectId: old.id, points: old.points, voided: old.voided === 1 },
          after: { decision, voided: decision === 'accepted' || old.voided === 1 },
        });
        return undefined;
      });
      if (outcome) return outcome;
      return { ok: true, objection: (await this.get(objectionId)) as Objection };
    },
  };
}
export type ObjectionsRepository = ReturnType<typeof createObjectionsRepository>;

