// The audit trail: corrections, objection decisions and rule-configuration versions, each with who,
// when, before and after, and why. Written inside the transaction that makes the change.
import type { Kysely } from 'kysely';
import type { AuditAction, AuditEntry } from '../../shared/api/index.ts';
import { timeOrderedId } from './ids.ts';
import type { Database } from './schema.ts';

export interface AuditRecord {
  action: AuditAction;
  subject: string;
  actorId: string | null;
  at: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  reason?: string | null;
}

/** Appends one entry; call it with the transaction that makes the change it records. */
export async function recordAudit(trx: Kysely<Database>, r: AuditRecord): Promise<void> {
  await trx.insertInto('audit_log').values({
    // Time-ordered, so entries made at the same recorded instant still list newest first.
    id: timeOrderedId(), at: r.at, action: r.action, subject: r.subject, actor_id: r.actorId,
    before: r.before ? JSON.stringify(r.before) : null, after: r.after ? JSON.stringify(r.after) : null, reason: r.reason ?? null,
  }).execute();
}

export function createAuditRepository(db: Kysely<Database>) {
  return {
    /** Newest first, one page, and how many entries match in all. */
    async list(filter: { action?: AuditAction; limit: number; offset: number }): Promise<{ total: number; entries: AuditEntry[] }> {
      let count = db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n'));
      if (filter.action) count = count.where('action', '=', filter.action);
      const total = Number((await count.executeTakeFirstOrThrow()).n);
      let q = db.selectFrom('audit_log').leftJoin('users', 'users.id', 'audit_log.actor_id')
        .select(['audit_log.id', 'audit_log.at', 'audit_log.action', 'audit_log.subject', 'audit_log.actor_id', 'users.name as actor_name',
          'audit_log.before', 'audit_log.after', 'audit_log.reason']);
      if (filter.action) q = q.where('audit_log.action', '=', filter.action);
      const rows = await q.orderBy('audit_log.at', 'desc').orderBy('audit_log.id', 'desc').limit(filter.limit).offset(filter.offset).execute();
      return {
        total,
        entries: rows.map((r) => ({
          id: r.id, at: r.at, action: r.action, subject: r.subject, actorId: r.actor_id, actorName: r.actor_name ?? null,
          before: r.before === null ? null : JSON.parse(r.before) as Record<string, unknown>,
          after: r.after === null ? null : JSON.parse(r.after) as Record<string, unknown>,
          reason: r.reason,
        })),
      };
    },
  };
}
export type AuditRepository = ReturnType<typeof createAuditRepository>;
