// An administrator's correction of a booked defect's points: the only change to booked points
// besides an accepted objection. It needs a reason and lands in the audit trail with the points
// before and after; later events of the defect never undo it (the booking stands).
import type { Kysely } from 'kysely';
import { canSeeUnit, type Principal, type Scope } from './scope.ts';
import { recordAudit } from './audit-repository.ts';
import type { Dialect } from './connection.ts';
import { applyDefectChanges, lockUser } from './ledger-writer.ts';
import type { Database } from './schema.ts';

export type CorrectionOutcome = { ok: true } | { ok: false; code: 'not-found' | 'forbidden' | 'unchanged' };

export function createCorrectionsRepository(db: Kysely<Database>, dialect: Dialect) {
  return {
    async correct(principal: Principal, scope: Scope, defectId: string, points: number, reason: string, now: Date = new Date()): Promise<CorrectionOutcome> {
      return db.transaction().execute(async (trx): Promise<CorrectionOutcome> => {
        const found = await trx.selectFrom('defects').select(['user_id', 'unit_code']).where('id', '=', defectId).executeTakeFirst();
        if (!found) return { ok: false, code: 'not-found' };
        if (!canSeeUnit(scope, found.unit_code)) return { ok: false, code: 'forbidden' };
        await lockUser(trx, dialect, found.user_id);
        const old = await trx.selectFrom('defects').selectAll().where('id', '=', defectId).executeTakeFirstOrThrow();
        if (old.points === points) return { ok: false, code: 'unchanged' };
        await applyDefectChanges(trx, [{ old, next: { ...old, points } }]);
        await recordAudit(trx, {
          action: 'defect-correction', subject: defectId, actorId: principal.id, at: now.toISOString(), reason,
          before: { points: old.points, caseNumber: old.case_number, ruleId: old.rule_id, occurrenceKey: old.occurrence_key },
          after: { points },
        });
        return { ok: true };
      });
    },
  };
}
export type CorrectionsRepository = ReturnType<typeof createCorrectionsRepository>;
