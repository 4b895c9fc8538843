// Issue 11: the figures behind the leaders' case report (云南), the units' 综合评价 (天津) and the
// chiefs' evaluation by tenure (黑龙江), read from case activity (ids, dates, flags), the ledger,
// objections and notices; plus posts (who was 检察长 where, when), the indicator set document and
// disputes of evaluation figures. Nothing here decides a class or a rank: shared/evaluation does.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { EvaluationObjection, IndicatorSetInput, PostInput } from '../../shared/api/index.ts';
import { todayInShanghai } from '../../shared/calendar/index.ts';
import type { Figures, Post } from '../../shared/evaluation/index.ts';
import { recordAudit } from './audit-repository.ts';
import type { Database } from './schema.ts';
import { scopeCondition, type Principal, type Scope } from './scope.ts';
import { chunks, num } from './sql.ts';

const SET_KEY = 'evaluation-indicator-set';

/** The UTC instants bounding a Shanghai calendar year (observed_at is stored as UTC ISO text). */
function yearInstants(year: number): { from: string; to: string } {
  return { from: `${year - 1}-12-31T16:00:00.000Z`, to: `${year}-12-31T16:00:00.000Z` };
}

export interface LeaderCase {
  userId: string;
  caseNumber: string;
  acceptedOn: string | null;
  concludedOn: string | null;
  difficult: boolean;
}

export const emptyFigures = (): Figures => ({
  cases: 0, defects: 0, rectified: 0, overdueCustody: 0, objectionsFiled: 0, objectionsAccepted: 0,
  noticesDue: 0, noticesRepliedInTime: 0, ownCases: 0, ownDifficultCases: 0,
});

export type EvaluationObjectionOutcome =
  | { ok: true; objection: EvaluationObjection }
  | { ok: false; code: 'not-found' | 'not-above' | 'already-decided' | 'already-open' };

type ObjectionRow = Database['evaluation_objections'];
const objectionView = (r: ObjectionRow): EvaluationObjection => ({
  id: r.id, unitCode: r.unit_code, year: num(r.year), indicatorId: r.indicator_id, value: r.value === null ? null : Number(r.value),
  reason: r.reason, filedBy: r.filed_by, filedAt: r.filed_at, status: r.status,
  decidedBy: r.decided_by, decisionReason: r.decision_reason, decidedAt: r.decided_at,
});

export function createEvaluationRepository(db: Kysely<Database>) {
  /** The latest record of each (user, case): a case's dates and flag as last seen. */
  function latestPerCase<T extends { user_id: string; case_number: string; observed_at: string; received_at: string }>(rows: T[]): T[] {
    const latest = new Map<string, T>();
    for (const r of rows) {
      const key = `${r.user_id}\u0000${r.case_number}`;
      const had = latest.get(key);
      if (!had || had.observed_at < r.observed_at || (had.observed_at === r.observed_at && had.received_at < r.received_at)) latest.set(key, r);
    }
    return [...latest.values()];
  }

  return {
    /** Active users flagged leader in the scope, with their unit's name. */
    async leaders(scope: Scope) {
      return db.selectFrom('users').innerJoin('units', 'units.code', 'users.unit_code')
        .select(['users.id', 'users.name', 'users.unit_code', 'units.name as unit_name'])
        .where('users.leader', '=', 1).where('users.revoked_at', 'is', null)
        .where(scopeCondition(scope, 'users.unit_code', 'users.id'))
        .orderBy('users.unit_code').orderBy('users.name').orderBy('users.id').execute();
    },

    /** The leaders' cases accepted or concluded in the year (latest record of each case). */
    async leaderCases(userIds: readonly string[], year: number): Promise<LeaderCase[]> {
      const out: LeaderCase[] = [];
      for (const part of chunks(userIds, 200)) {
        if (part.length === 0) continue;
        const rows = await db.selectFrom('case_activity')
          .select(['user_id', 'case_number', 'accepted_on', 'concluded_on', 'difficult', 'observed_at', 'received_at'])
          .where('user_id', 'in', part)
          .where((eb) => eb.or([eb('accepted_on', 'like', `${year}-%`), eb('concluded_on', 'like', `${year}-%`)]))
          .execute();
        for (const r of latestPerCase(rows)) {
          out.push({ userId: r.user_id, caseNumber: r.case_number, acceptedOn: r.accepted_on, concludedOn: r.concluded_on, difficult: num(r.difficult) === 1 });
        }
      }
      return out;
    },

    /** Cases accepted per unit and month of the year, by everyone of the unit (each case once, as last seen). */
    async acceptedByUnitMonth(unitCodes: readonly string[], year: number): Promise<Map<string, number[]>> {
      const out = new Map<string, number[]>();
      for (const part of chunks(unitCodes, 200)) {
        if (part.length === 0) continue;
        const rows = await db.selectFrom('case_activity')
          .select(['user_id', 'unit_code', 'case_number', 'accepted_on', 'observed_at', 'received_at'])
          .where('unit_code', 'in', part).where('accepted_on', 'like', `${year}-%`).execute();
        const perCase = new Map<string, { unit: string; month: number }>();
        for (const r of latestPerCase(rows)) {
          if (r.accepted_on) perCase.set(`${r.unit_code}\u0000${r.case_number}`, { unit: r.unit_code, month: Number(r.accepted_on.slice(5, 7)) });
        }
        for (const { unit, month } of perCase.values()) {
          const months = out.get(unit) ?? Array.from({ length: 12 }, () => 0);
          months[month - 1]++;
          out.set(unit, months);
        }
      }
      return out;
    },

    /** Open red defects (neither rectified nor voided, anyone's) on the cases each user handles. */
    async openDefectsOnCases(userIds: readonly string[]): Promise<Map<string, number>> {
      const out = new Map<string, number>();
      for (const part of chunks(userIds, 200)) {
        if (part.length === 0) continue;
        const rows = await db.selectFrom('defects')
          .innerJoin(
            (eb) => eb.selectFrom('case_activity').select(['user_id', 'case_number']).distinct().where('user_id', 'in', part).as('mine'),
            (join) => join.onRef('mine.case_number', '=', 'defects.case_number'),
          )
          .select(['mine.user_id', (eb) => eb.fn.count<number>('defects.id').distinct().as('n')])
          .where('defects.rectified_at', 'is', null).where('defects.voided', '=', 0)
          .groupBy('mine.user_id').execute();
        for (const r of rows) out.set(r.user_id, num(r.n));
      }
      return out;
    },

    /** The figures of each unit (its own rows, not those below it) for the year. */
    async unitFigures(unitCodes: readonly string[], year: number, now: Date): Promise<Map<string, Figures>> {
      const out = new Map<string, Figures>();
      const fig = (u: string) => {
        let f = out.get(u);
        if (!f) { f = emptyFigures(); out.set(u, f); }
        return f;
      };
      const { from, to } = yearInstants(year);
      const today = todayInShanghai(now);
      for (const part of chunks(unitCodes, 200)) {
        if (part.length === 0) continue;
        const cases = await db.selectFrom('case_activity')
          .select(['unit_code', (eb) => eb.fn.count<number>('case_number').distinct().as('n')])
          .where('unit_code', 'in', part)
          .where((eb) => eb.or([
            eb('accepted_on', 'like', `${year}-%`), eb('concluded_on', 'like', `${year}-%`),
            eb.and([eb('observed_at', '>=', from), eb('observed_at', '<', to)]),
          ]))
          .groupBy('unit_code').execute();
        for (const r of cases) fig(r.unit_code).cases = num(r.n);

        const defects = await db.selectFrom('defects')
          .select(['unit_code', (eb) => eb.fn.countAll<number>().as('n'),
            (eb) => eb.fn.sum<number>(eb.case().when('rectified_at', 'is not', null).then(1).else(0).end()).as('rectified')])
          .where('unit_code', 'in', part).where('year', '=', year).where('voided', '=', 0)
          .groupBy('unit_code').execute();
        for (const r of defects) { fig(r.unit_code).defects = num(r.n); fig(r.unit_code).rectified = num(r.rectified); }

        // A custody case seen in the year with a due date before the day it was seen (Asia/Shanghai).
        const custody = await db.selectFrom('case_activity')
          .select(['unit_code', 'case_number', 'next_due', 'observed_at'])
          .where('unit_code', 'in', part).where('in_custody', '=', 1).where('next_due', 'is not', null)
          .where('observed_at', '>=', from).where('observed_at', '<', to).execute();
        const overdue = new Map<string, Set<string>>();
        for (const r of custody) {
          if (r.next_due !== null && r.next_due < todayInShanghai(new Date(r.observed_at))) {
            const set = overdue.get(r.unit_code) ?? new Set<string>();
            set.add(r.case_number);
            overdue.set(r.unit_code, set);
          }
        }
        for (const [u, set] of overdue) fig(u).overdueCustody = set.size;

        const objections = await db.selectFrom('objections').innerJoin('defects', 'defects.id', 'objections.defect_id')
          .select(['defects.unit_code', (eb) => eb.fn.countAll<number>().as('n'),
            (eb) => eb.fn.sum<number>(eb.case().when('objections.status', '=', 'accepted').then(1).else(0).end()).as('accepted')])
          .where('defects.unit_code', 'in', part).where('defects.year', '=', year)
          .groupBy('defects.unit_code').execute();
        for (const r of objections) { fig(r.unit_code).objectionsFiled = num(r.n); fig(r.unit_code).objectionsAccepted = num(r.accepted); }

        // Notices issued in the year whose reply was due by today (or that were answered), and those answered in time.
        const notices = await db.selectFrom('notices')
          .select(['unit_code', 'reply_due', 'replied_on'])
          .where('unit_code', 'in', part).where('issued_on', 'like', `${year}-%`).execute();
        for (const n of notices) {
          if (n.replied_on === null && n.reply_due >= today) continue;
          fig(n.unit_code).noticesDue++;
          if (n.replied_on !== null && n.replied_on <= n.reply_due) fig(n.unit_code).noticesRepliedInTime++;
        }
      }
      return out;
    },

    /** A person's own cases in the year, and those marked 疑难复杂 (as last seen). */
    async ownCases(userIds: readonly string[], year: number): Promise<Map<string, { cases: number; difficult: number }>> {
      const out = new Map<string, { cases: number; difficult: number }>();
      const { from, to } = yearInstants(year);
      for (const part of chunks(userIds, 200)) {
        if (part.length === 0) continue;
        const rows = await db.selectFrom('case_activity')
          .select(['user_id', 'case_number', 'difficult', 'observed_at', 'received_at'])
          .where('user_id', 'in', part)
          .where((eb) => eb.or([
            eb('accepted_on', 'like', `${year}-%`), eb('concluded_on', 'like', `${year}-%`),
            eb.and([eb('observed_at', '>=', from), eb('observed_at', '<', to)]),
          ])).execute();
        for (const r of latestPerCase(rows)) {
          const o = out.get(r.user_id) ?? { cases: 0, difficult: 0 };
          o.cases++;
          if (num(r.difficult) === 1) o.difficult++;
          out.set(r.user_id, o);
        }
      }
      return out;
    },

    /** Chief posts at these units that meet the period (civil dates). */
    async chiefPosts(unitCodes: readonly string[], period: { from: string; to: string }): Promise<Post[]> {
      const out: Post[] = [];
      for (const part of chunks(unitCodes, 200)) {
        if (part.length === 0) continue;
        const rows = await db.selectFrom('user_posts').select(['user_id', 'unit_code', 'start_on', 'end_on'])
          .where('unit_code', 'in', part).where('post', '=', 'chief').where('start_on', '<=', period.to)
          .where((eb) => eb.or([eb('end_on', 'is', null), eb('end_on', '>=', period.from)]))
          .orderBy('start_on').execute();
        out.push(...rows.map((r) => ({ userId: r.user_id, unitCode: r.unit_code, startOn: r.start_on, endOn: r.end_on })));
      }
      return out;
    },

    async userNames(ids: readonly string[]): Promise<Map<string, string>> {
      const out = new Map<string, string>();
      for (const part of chunks(ids, 200)) {
        if (part.length === 0) continue;
        for (const r of await db.selectFrom('users').select(['id', 'name']).where('id', 'in', part).execute()) out.set(r.id, r.name);
      }
      return out;
    },

    /** Replaces a user's posts; false when there is no such user or a unit does not exist. */
    async setPosts(userId: string, posts: readonly PostInput[], actorId: string, now: Date): Promise<'ok' | 'no-user' | 'no-unit'> {
      return db.transaction().execute(async (trx) => {
        if (!(await trx.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst())) return 'no-user';
        const codes = [...new Set(posts.map((p) => p.unitCode))];
        if (codes.length > 0) {
          const known = await trx.selectFrom('units').select('code').where('code', 'in', codes).execute();
          if (known.length !== codes.length) return 'no-unit';
        }
        const before = await trx.selectFrom('user_posts').select(['unit_code', 'post', 'start_on', 'end_on']).where('user_id', '=', userId).orderBy('start_on').execute();
        await trx.deleteFrom('user_posts').where('user_id', '=', userId).execute();
        if (posts.length > 0) {
          await trx.insertInto('user_posts').values(posts.map((p) => ({
            id: randomUUID(), user_id: userId, unit_code: p.unitCode, post: p.post, start_on: p.startOn, end_on: p.endOn,
          }))).execute();
        }
        await recordAudit(trx, { action: 'user-posts', subject: userId, actorId, at: now.toISOString(), before: { posts: before }, after: { posts } });
        return 'ok';
      });
    },

    async posts(userId: string): Promise<PostInput[]> {
      const rows = await db.selectFrom('user_posts').select(['unit_code', 'post', 'start_on', 'end_on']).where('user_id', '=', userId).orderBy('start_on').execute();
      return rows.map((r) => ({ unitCode: r.unit_code, post: r.post, startOn: r.start_on, endOn: r.end_on }));
    },

    /** The indicator set an administrator set, if any. */
    async indicatorSet(): Promise<{ set: IndicatorSetInput; updatedAt: string } | undefined> {
      const row = await db.selectFrom('settings').select(['value', 'updated_at']).where('key', '=', SET_KEY).executeTakeFirst();
      return row && { set: JSON.parse(row.value) as IndicatorSetInput, updatedAt: row.updated_at };
    },

    async putIndicatorSet(set: IndicatorSetInput, actorId: string, now: Date): Promise<void> {
      const at = now.toISOString();
      await db.transaction().execute(async (trx) => {
        const before = await trx.selectFrom('settings').select('value').where('key', '=', SET_KEY).executeTakeFirst();
        await trx.insertInto('settings').values({ key: SET_KEY, value: JSON.stringify(set), updated_at: at })
          .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ value: eb.ref('excluded.value'), updated_at: eb.ref('excluded.updated_at') })))
          .execute();
        await recordAudit(trx, {
          action: 'evaluation-indicators', subject: set.id, actorId, at,
          before: before ? (JSON.parse(before.value) as Record<string, unknown>) : null, after: set as unknown as Record<string, unknown>,
        });
      });
    },

    /** The latest objection to each (unit, indicator) of the year. */
    async objectionsFor(unitCodes: readonly string[], year: number): Promise<Map<string, EvaluationObjection>> {
      const out = new Map<string, EvaluationObjection>();
      for (const part of chunks(unitCodes, 200)) {
        if (part.length === 0) continue;
        const rows = await db.selectFrom('evaluation_objections').selectAll().where('year', '=', year).where('unit_code', 'in', part)
          .orderBy('filed_at').orderBy('id').execute();
        for (const r of rows) out.set(`${r.unit_code}\u0000${r.indicator_id}`, objectionView(r));
      }
      return out;
    },

    /** Files a dispute; refused while one for the same figure is pending or was accepted. */
    async fileObjection(by: Principal, input: { unitCode: string; year: number; indicatorId: string; reason: string; value: number | null }, now: Date): Promise<EvaluationObjectionOutcome> {
      return db.transaction().execute(async (trx) => {
        const open = await trx.selectFrom('evaluation_objections').select('id')
          .where('unit_code', '=', input.unitCode).where('year', '=', input.year).where('indicator_id', '=', input.indicatorId)
          .where('status', 'in', ['pending', 'accepted']).executeTakeFirst();
        if (open) return { ok: false, code: 'already-open' } as const;
        const row: ObjectionRow = {
          id: randomUUID(), unit_code: input.unitCode, year: input.year, indicator_id: input.indicatorId, value: input.value,
          reason: input.reason, filed_by: by.id, filed_at: now.toISOString(), status: 'pending', decided_by: null, decision_reason: null, decided_at: null,
        };
        await trx.insertInto('evaluation_objections').values(row).execute();
        return { ok: true, objection: objectionView(row) } as const;
      });
    },

    async getObjection(id: string): Promise<EvaluationObjection | undefined> {
      const r = await db.selectFrom('evaluation_objections').selectAll().where('id', '=', id).executeTakeFirst();
      return r && objectionView(r);
    },

    /** Decides a pending dispute (the caller checked the decider is above the unit). */
    async decideObjection(by: Principal, id: string, decision: 'accepted' | 'rejected', reason: string, now: Date): Promise<EvaluationObjectionOutcome> {
      return db.transaction().execute(async (trx) => {
        const at = now.toISOString();
        const r = await trx.updateTable('evaluation_objections')
          .set({ status: decision, decided_by: by.id, decision_reason: reason, decided_at: at })
          .where('id', '=', id).where('status', '=', 'pending').executeTakeFirst();
        const row = await trx.selectFrom('evaluation_objections').selectAll().where('id', '=', id).executeTakeFirst();
        if (!row) return { ok: false, code: 'not-found' } as const;
        if (Number(r.numUpdatedRows) === 0) return { ok: false, code: 'already-decided' } as const;
        await recordAudit(trx, {
          action: 'evaluation-objection-decision', subject: id, actorId: by.id, at,
          before: { status: 'pending' }, after: { status: decision, unitCode: row.unit_code, year: row.year, indicatorId: row.indicator_id }, reason,
        });
        return { ok: true, objection: objectionView(row) } as const;
      });
    },
  };
}
export type EvaluationRepository = ReturnType<typeof createEvaluationRepository>;

