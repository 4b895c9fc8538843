// 训练记录: the training events (training = 1) as people read them, newest first, within the caller's
// scope (trainers and prosecutors their own, supervisors their units and below, administrators all).
// Read only: training events never reach the ledger (defects, objections, points).
import type { Kysely } from 'kysely';
import type { TrainingRecord } from '../../shared/api/index.ts';
import type { Database } from './schema.ts';
import { scopeCondition, type Scope } from './scope.ts';
import { num } from './sql.ts';

export function createTrainingRepository(db: Kysely<Database>) {
  return {
    async list(scope: Scope, page: { limit: number; offset: number }): Promise<{ total: number; records: TrainingRecord[] }> {
      const where = scopeCondition(scope, 'events.unit_code', 'events.user_id');
      const total = await db.selectFrom('events').select((eb) => eb.fn.countAll().as('n'))
        .where('events.training', '=', 1).where(where).executeTakeFirstOrThrow();
      const rows = await db.selectFrom('events').innerJoin('users', 'users.id', 'events.user_id')
        .select([
          'events.id', 'events.observed_at', 'events.kind', 'events.case_number', 'events.rule_id', 'events.occurrence_key',
          'events.light', 'events.message_id', 'events.points', 'events.objection_reason',
          'events.user_id', 'users.name as user_name', 'events.unit_code',
        ])
        .where('events.training', '=', 1).where(where)
        .orderBy('events.observed_at', 'desc').orderBy('events.id')
        .limit(page.limit).offset(page.offset)
        .execute();
      return {
        total: num(total.n),
        records: rows.map((r) => ({
          id: r.id, at: r.observed_at, kind: r.kind, caseNumber: r.case_number, ruleId: r.rule_id, occurrenceKey: r.occurrence_key,
          light: r.light, messageId: r.message_id, points: r.points, objectionReason: r.objection_reason,
          userId: r.user_id, userName: r.user_name, unitCode: r.unit_code,
        })),
      };
    },
  };
}
