// Case activity: the case pages each prosecutor has checked (ids and dates only). It names who
// handles a case (the addressee of a 流程监控通知书) and how many cases each prosecutor handles.
import type { Kysely } from 'kysely';
import type { CaseActivity } from '../../shared/api/index.ts';
import { normalizeInstant } from '../../shared/ledger/index.ts';
import type { Scope } from './scope.ts';
import type { Database } from './schema.ts';
import { scopeCondition } from './scope.ts';
import { chunks, num } from './sql.ts';

export interface ActivityAuthor { id: string; unitCode: string }

export function createCaseActivityRepository(db: Kysely<Database>) {
  return {
    /** Stores the records whose (user, id) is new; answers how many were new and how many seen before. */
    async ingest(author: ActivityAuthor, activities: readonly CaseActivity[], now: Date): Promise<{ accepted: number; duplicates: number }> {
      const unique = new Map<string, CaseActivity>();
      for (const a of activities) if (!unique.has(a.id)) unique.set(a.id, a);
      const receivedAt = now.toISOString();
      const accepted = await db.transaction().execute(async (trx) => {
        const seen = new Set<string>();
        for (const part of chunks([...unique.keys()], 500)) {
          const rows = await trx.selectFrom('case_activity').select('id').where('user_id', '=', author.id).where('id', 'in', part).execute();
          for (const r of rows) seen.add(r.id);
        }
        const fresh = [...unique.values()].filter((a) => !seen.has(a.id));
        for (const part of chunks(fresh, 50)) {
          await trx.insertInto('case_activity').values(part.map((a) => {
            const dues = [...new Set(a.dueDates)].sort();
            return {
              id: a.id, user_id: author.id, unit_code: author.unitCode, case_number: a.caseNumber, procedure: a.procedure,
              accepted_on: a.acceptedOn ?? null, decision_on: a.decisionOn ?? null, concluded_on: a.concludedOn ?? null,
              due_dates: JSON.stringify(dues), next_due: dues[0] ?? null, in_custody: a.inCustody ? 1 : 0,
              observed_at: normalizeInstant(a.observedAt), received_at: receivedAt,
            };
          })).onConflict((oc) => oc.columns(['user_id', 'id']).doNothing()).execute();
        }
        // The 疑难复杂 flag (migration 011) is set apart: records without it leave the column at its default.
        for (const part of chunks(fresh.filter((a) => a.difficult === true).map((a) => a.id), 500)) {
          await trx.updateTable('case_activity').set({ difficult: 1 }).where('user_id', '=', author.id).where('id', 'in', part).execute();
        }
        return fresh.length;
      });
      return { accepted, duplicates: activities.length - accepted };
    },

    /**
     * Who handles a case, as far as the caller may see: the active user who checked it last in the
     * extension. Undefined when nobody in scope has.
     */
    async handler(scope: Scope, caseNumber: string): Promise<{ userId: string; unitCode: string } | undefined> {
      const row = await db.selectFrom('case_activity')
        .innerJoin('users', 'users.id', 'case_activity.user_id')
        .select(['case_activity.user_id', 'users.unit_code'])
        .where('case_activity.case_number', '=', caseNumber)
        .where('users.revoked_at', 'is', null)
        .where(scopeCondition(scope, 'case_activity.unit_code', 'case_activity.user_id'))
        .orderBy('case_activity.observed_at', 'desc').orderBy('case_activity.received_at', 'desc')
        .limit(1).executeTakeFirst();
      return row && { userId: row.user_id, unitCode: row.unit_code };
    },

    /** Distinct cases per user in scope. */
    async casesPerUser(scope: Scope): Promise<Map<string, number>> {
      const rows = await db.selectFrom('case_activity')
        .select(['user_id', (eb) => eb.fn.count<number>('case_number').distinct().as('n')])
        .where(scopeCondition(scope, 'unit_code', 'user_id'))
        .groupBy('user_id').execute();
      return new Map(rows.map((r) => [r.user_id, num(r.n)]));
    },

    async count(): Promise<number> {
      return num((await db.selectFrom('case_activity').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    },
  };
}
export type CaseActivityRepository = ReturnType<typeof createCaseActivityRepository>;
