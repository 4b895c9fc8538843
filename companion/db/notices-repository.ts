// 流程监控通知书 (规则 664–665): a supervisor issues a notice about a case (or one of its defects) in
// their scope; it goes to the case's prosecutor, who answers it in writing within 10 days
// (刑诉法 105: the day of issue is not counted, a last day on a rest day moves to the next working
// day). Issuing and replying are kept in the audit trail. The notice text is the supervisor's
// (never case facts from the host page); it is bounded at the edge.
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { NOTICE_REPLY_DAYS, type Notice, type NoticeStatus, type NoticeUnitCount, type RectificationRow } from '../../shared/api/index.ts';
import { computeDeadline, diffDays, todayInShanghai, type Calendar } from '../../shared/calendar/index.ts';
import type { Principal, Scope } from './scope.ts';
import { recordAudit } from './audit-repository.ts';
import type { CaseActivityRepository } from './case-activity-repository.ts';
import type { Database } from './schema.ts';
import { scopeCondition } from './scope.ts';
import { num } from './sql.ts';

export type IssueOutcome = { ok: true; notice: Notice } | { ok: false; code: 'case-not-found' | 'defect-not-found' | 'self' };
export type ReplyOutcome = { ok: true; notice: Notice } | { ok: false; code: 'not-found' | 'not-addressee' | 'already-replied' };

export interface NoticeListFilter { status?: NoticeStatus; caseNumber?: string; limit: number; offset: number }

/** The reply due date of a notice issued on `issuedOn`. */
export function noticeReplyDue(issuedOn: string, calendar?: Calendar): string {
  return computeDeadline({ start: issuedOn, period: { amount: NOTICE_REPLY_DAYS, unit: 'day' }, inCustody: false, calendar }).due;
}

/** A notice's status on `today`. */
export function noticeStatus(n: { replied_at: string | null; reply_due: string }, today: string): NoticeStatus {
  if (n.replied_at !== null) return 'replied';
  return n.reply_due < today ? 'overdue' : 'open';
}

export function createNoticesRepository(db: Kysely<Database>, deps: { caseActivity: CaseActivityRepository }) {
  function base(q: Kysely<Database>) {
    return q.selectFrom('notices')
      .innerJoin('users as addressee', 'addressee.id', 'notices.addressee_id')
      .innerJoin('users as issuer', 'issuer.id', 'notices.issued_by')
      .leftJoin('defects', 'defects.id', 'notices.defect_id')
      .select([
        'notices.id', 'notices.case_number', 'notices.defect_id', 'notices.text', 'notices.issued_by', 'notices.issued_at', 'notices.issued_on',
        'notices.reply_due', 'notices.addressee_id', 'notices.unit_code', 'notices.reply_text', 'notices.replied_at', 'notices.replied_on',
        'addressee.name as addressee_name', 'issuer.name as issuer_name', 'defects.rule_id',
      ]);
  }
  type Row = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

  /** The case's defects (the addressee's, not voided) open at issue, and how many are rectified since. */
  async function rectification(q: Kysely<Database>, ids: string[]): Promise<Map<string, { openAtNotice: number; rectifiedSince: number }>> {
    if (ids.length === 0) return new Map();
    const rows = await q.selectFrom('notices')
      .innerJoin('defects', (j) => j.onRef('defects.case_number', '=', 'notices.case_number').onRef('defects.user_id', '=', 'notices.addressee_id'))
      .select((eb) => [
        'notices.id',
        eb.fn.countAll().as('open_at'),
        eb.fn.sum<number>(sql`case when defects.rectified_at is not null then 1 else 0 end`).as('rectified'),
      ])
      .where('notices.id', 'in', ids)
      .where('defects.voided', '=', 0)
      .whereRef('defects.first_observed_at', '<=', 'notices.issued_at')
      .where((eb) => eb.or([eb('defects.rectified_at', 'is', null), eb('defects.rectified_at', '>', eb.ref('notices.issued_at'))]))
      .groupBy('notices.id')
      .execute();
    return new Map(rows.map((r) => [r.id, { openAtNotice: num(r.open_at), rectifiedSince: num(r.rectified) }]));
  }

  async function shape(q: Kysely<Database>, rows: Row[], today: string): Promise<Notice[]> {
    const rect = await rectification(q, rows.map((r) => r.id));
    return rows.map((r) => ({
      id: r.id, caseNumber: r.case_number, defectId: r.defect_id, ruleId: r.rule_id ?? null, text: r.text,
      issuedBy: r.issued_by, issuedByName: r.issuer_name, issuedAt: r.issued_at, issuedOn: r.issued_on, replyDue: r.reply_due,
      prosecutorId: r.addressee_id, prosecutorName: r.addressee_name, unitCode: r.unit_code,
      status: noticeStatus(r, today), replyText: r.reply_text, repliedAt: r.replied_at, repliedOn: r.replied_on,
      rectification: rect.get(r.id) ?? { openAtNotice: 0, rectifiedSince: 0 },
    }));
  }

  /** Notices the caller may see: a prosecutor those addressed to them; others their scope (by the addressee's unit). */
  const visible = (scope: Scope) => scopeCondition(scope, 'notices.unit_code', 'notices.addressee_id');

  return {
    async issue(issuer: Principal, scope: Scope, input: { caseNumber: string; defectId?: string; text: string }, now: Date, calendar?: Calendar): Promise<IssueOutcome> {
      let addressee: { userId: string; unitCode: string } | undefined;
      if (input.defectId !== undefined) {
        const d = await db.selectFrom('defects').select(['id', 'case_number', 'user_id', 'unit_code'])
          .where('id', '=', input.defectId).where(scopeCondition(scope, 'unit_code', 'user_id')).executeTakeFirst();
        if (!d || d.case_number !== input.caseNumber) return { ok: false, code: 'defect-not-found' };
      }
      addressee = await deps.caseActivity.handler(scope, input.caseNumber);
      if (!addressee) {
        // Not seen in the extension: the prosecutor the ledger last booked a defect of the case to.
        const d = await db.selectFrom('defects').innerJoin('users', 'users.id', 'defects.user_id')
          .select(['defects.user_id', 'users.unit_code'])
          .where('defects.case_number', '=', input.caseNumber).where('users.revoked_at', 'is', null)
          .where(scopeCondition(scope, 'defects.unit_code', 'defects.user_id'))
          .orderBy('defects.first_observed_at', 'desc').limit(1).executeTakeFirst();
        addressee = d && { userId: d.user_id, unitCode: d.unit_code };
      }
      if (!addressee) return { ok: false, code: 'case-not-found' };
      if (addressee.userId === issuer.id) return { ok: false, code: 'self' };
      const issuedOn = todayInShanghai(now);
      const id = randomUUID();
      const row = {
        id, case_number: input.caseNumber, defect_id: input.defectId ?? null, text: input.text, issued_by: issuer.id,
        issued_at: now.toISOString(), issued_on: issuedOn, reply_due: noticeReplyDue(issuedOn, calendar),
        addressee_id: addressee.userId, unit_code: addressee.unitCode, reply_text: null, replied_at: null, replied_on: null,
      };
      const notice = await db.transaction().execute(async (trx) => {
        await trx.insertInto('notices').values(row).execute();
        await recordAudit(trx, {
          action: 'notice-issued', subject: id, actorId: issuer.id, at: row.issued_at,
          after: { caseNumber: row.case_number, defectId: row.defect_id, prosecutorId: row.addressee_id, replyDue: row.reply_due },
        });
        return (await shape(trx, await base(trx).where('notices.id', '=', id).execute(), issuedOn))[0];
      });
      return { ok: true, notice };
    },

    async page(scope: Scope, filter: NoticeListFilter, today: string): Promise<{ total: number; notices: Notice[]; byUnit: NoticeUnitCount[] }> {
      let count = db.selectFrom('notices').select((eb) => eb.fn.countAll().as('n')).where(visible(scope));
      let q = base(db).where(visible(scope));
      if (filter.caseNumber !== undefined) {
        count = count.where('notices.case_number', '=', filter.caseNumber);
        q = q.where('notices.case_number', '=', filter.caseNumber);
      }
      if (filter.status === 'replied') {
        count = count.where('notices.replied_at', 'is not', null);
        q = q.where('notices.replied_at', 'is not', null);
      } else if (filter.status !== undefined) {
        const op = filter.status === 'overdue' ? '<' : '>=';
        count = count.where('notices.replied_at', 'is', null).where('notices.reply_due', op, today);
        q = q.where('notices.replied_at', 'is', null).where('notices.reply_due', op, today);
      }
      const total = num((await count.executeTakeFirstOrThrow()).n);
      const rows = await q.orderBy('notices.issued_at', 'desc').orderBy('notices.id', 'desc').limit(filter.limit).offset(filter.offset).execute();
      const units = await db.selectFrom('notices')
        .select((eb) => [
          'notices.unit_code',
          eb.fn.sum<number>(sql`case when notices.replied_at is null and notices.reply_due >= ${today} then 1 else 0 end`).as('open'),
          eb.fn.sum<number>(sql`case when notices.replied_at is null and notices.reply_due < ${today} then 1 else 0 end`).as('overdue'),
          eb.fn.sum<number>(sql`case when notices.replied_at is not null then 1 else 0 end`).as('replied'),
        ])
        .where(visible(scope)).groupBy('notices.unit_code').orderBy('notices.unit_code').execute();
      return {
        total,
        notices: await shape(db, rows, today),
        byUnit: units.map((u) => ({ unitCode: u.unit_code, open: num(u.open), overdue: num(u.overdue), replied: num(u.replied) })),
      };
    },

    async reply(who: Principal, id: string, text: string, now: Date): Promise<ReplyOutcome> {
      return db.transaction().execute(async (trx): Promise<ReplyOutcome> => {
        const n = await trx.selectFrom('notices').select(['id', 'addressee_id', 'replied_at', 'reply_due']).where('id', '=', id).executeTakeFirst();
        if (!n) return { ok: false, code: 'not-found' };
        if (n.addressee_id !== who.id) return { ok: false, code: 'not-addressee' };
        if (n.replied_at !== null) return { ok: false, code: 'already-replied' };
        const repliedAt = now.toISOString();
        const repliedOn = todayInShanghai(now);
        const r = await trx.updateTable('notices').set({ reply_text: text, replied_at: repliedAt, replied_on: repliedOn })
          .where('id', '=', id).where('replied_at', 'is', null).executeTakeFirst();
        if (Number(r.numUpdatedRows) !== 1) return { ok: false, code: 'already-replied' };
        await recordAudit(trx, {
          action: 'notice-replied', subject: id, actorId: who.id, at: repliedAt,
          before: { status: noticeStatus(n, repliedOn) }, after: { repliedOn, late: repliedOn > n.reply_due },
        });
        return { ok: true, notice: (await shape(trx, await base(trx).where('notices.id', '=', id).execute(), repliedOn))[0] };
      });
    },

    /**
     * Per unit and prosecutor in scope: open red defects (neither rectified nor voided) and how long
     * the oldest has been open, rectified ones, and how many cases they handle.
     */
    async rectification(scope: Scope, today: string): Promise<RectificationRow[]> {
      const users = await db.selectFrom('users').select(['id', 'name', 'unit_code', 'leader', 'role'])
        .where(scopeCondition(scope, 'unit_code', 'id')).where('role', 'in', ['prosecutor', 'supervisor'])
        .orderBy('unit_code').orderBy('name').orderBy('id').execute();
      const defects = await db.selectFrom('defects')
        .select((eb) => [
          'user_id',
          eb.fn.sum<number>(sql`case when rectified_at is null then 1 else 0 end`).as('open'),
          eb.fn.sum<number>(sql`case when rectified_at is null then points else 0 end`).as('open_points'),
          eb.fn.min(sql<string>`case when rectified_at is null then first_observed_at end`).as('oldest'),
          eb.fn.sum<number>(sql`case when rectified_at is not null then 1 else 0 end`).as('rectified'),
        ])
        .where(scopeCondition(scope, 'unit_code', 'user_id')).where('voided', '=', 0)
        .groupBy('user_id').execute();
      const byUser = new Map(defects.map((d) => [d.user_id, d]));
      const cases = await deps.caseActivity.casesPerUser(scope);
      return users.map((u) => {
        const d = byUser.get(u.id);
        const oldest = d?.oldest ? todayInShanghai(new Date(d.oldest)) : null;
        return {
          unitCode: u.unit_code, userId: u.id, userName: u.name, leader: u.leader === 1, casesHandled: cases.get(u.id) ?? 0,
          openDefects: num(d?.open), openPoints: num(d?.open_points),
          oldestOpenDays: oldest === null ? 0 : Math.max(0, diffDays(oldest, today)),
          oldestOpenSince: oldest, rectifiedDefects: num(d?.rectified),
        };
      });
    },
  };
}
export type NoticesRepository = ReturnType<typeof createNoticesRepository>;
