// 社会危险性量化评估 (issue 11): the instrument's versions and the synced assessments (ids and
// figures only). The built-in instrument (shared/assessment) is version 1 until an administrator
// sets another; each PUT makes the next version, the earlier ones stay (an assessment names the
// version it was made with, and the companion checks its score against that version).
import { sql, type Kysely } from 'kysely';
import { BUILT_IN_INSTRUMENT, type AssessmentInstrument } from '../../shared/assessment/index.ts';
import type { AssessmentInstrumentBody } from '../../shared/assessment/instrument-schema.ts';
import type { AssessmentRecord } from '../../shared/api/index.ts';
import { normalizeInstant } from '../../shared/ledger/index.ts';
import type { Dialect } from './connection.ts';
import type { Scope } from './scope.ts';
import { scopeCondition } from './scope.ts';
import { recordAudit } from './audit-repository.ts';
import type { AssessmentsTable, Database } from './schema.ts';
import { chunks } from './sql.ts';

export interface StoredInstrument { instrument: AssessmentInstrument; updatedAt: string | null }

export interface AssessmentRow extends AssessmentsTable { user_name: string }

export function createAssessmentsRepository(db: Kysely<Database>, dialect: Dialect = 'sqlite') {
  const cache = new Map<number, StoredInstrument>();
  const fromRow = (r: { version: number; document: string; in_force_from: string }): StoredInstrument =>
    ({ instrument: { ...(JSON.parse(r.document) as AssessmentInstrumentBody), version: Number(r.version) } as AssessmentInstrument, updatedAt: r.in_force_from });

  return {
    /** The version in force: the latest stored, or the built-in one. */
    async current(): Promise<StoredInstrument> {
      const row = await db.selectFrom('assessment_instruments').selectAll().orderBy('version', 'desc').limit(1).executeTakeFirst();
      return row ? fromRow(row) : { instrument: BUILT_IN_INSTRUMENT, updatedAt: null };
    },

    /** A given version (stored versions never change: cached). */
    async version(v: number): Promise<AssessmentInstrument | undefined> {
      if (v === BUILT_IN_INSTRUMENT.version) return BUILT_IN_INSTRUMENT;
      const hit = cache.get(v);
      if (hit) return hit.instrument;
      const row = await db.selectFrom('assessment_instruments').selectAll().where('version', '=', v).executeTakeFirst();
      if (!row) return undefined;
      const stored = fromRow(row);
      cache.set(v, stored);
      return stored.instrument;
    },

    /** Stores the next version, in force from `now`. */
    async put(body: AssessmentInstrumentBody, now: Date, actorId: string | null): Promise<StoredInstrument> {
      const at = now.toISOString();
      const version = await db.transaction().execute(async (trx) => {
        if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(hashtext('caselight:assessment-instrument'))`.execute(trx);
        const top = await trx.selectFrom('assessment_instruments').select((eb) => eb.fn.max('version').as('max')).executeTakeFirst();
        const next = Math.max(Number(top?.max ?? 0), BUILT_IN_INSTRUMENT.version) + 1;
        await recordAudit(trx, {
          action: 'assessment-instrument', subject: String(next), actorId, at,
          before: { version: Math.max(Number(top?.max ?? 0), BUILT_IN_INSTRUMENT.version) }, after: { version: next, items: body.items.length },
        });
        await trx.insertInto('assessment_instruments').values({ version: next, document: JSON.stringify(body), set_by: actorId, in_force_from: at }).execute();
        return next;
      });
      return { instrument: { ...body, version } as AssessmentInstrument, updatedAt: at };
    },

    /** Stores the records whose (user, id) is new. */
    async ingest(author: { id: string; unitCode: string }, records: readonly AssessmentRecord[], now: Date): Promise<{ accepted: number; duplicates: number }> {
      const unique = new Map<string, AssessmentRecord>();
      for (const r of records) if (!unique.has(r.id)) unique.set(r.id, r);
      const receivedAt = now.toISOString();
      const accepted = await db.transaction().execute(async (trx) => {
        const seen = new Set<string>();
        for (const part of chunks([...unique.keys()], 500)) {
          const rows = await trx.selectFrom('assessments').select('id').where('user_id', '=', author.id).where('id', 'in', part).execute();
          for (const r of rows) seen.add(r.id);
        }
        const fresh = [...unique.values()].filter((r) => !seen.has(r.id));
        for (const part of chunks(fresh, 50)) {
          await trx.insertInto('assessments').values(part.map((r) => ({
            id: r.id, user_id: author.id, unit_code: author.unitCode, case_number: r.caseNumber, instrument_version: r.instrumentVersion,
            item_ids: JSON.stringify([...new Set(r.itemIds)].sort()), score: r.score, band: r.band, decision: r.decision,
            against_band: r.againstBand ? 1 : 0, training: r.training ? 1 : 0, assessed_at: normalizeInstant(r.assessedAt), received_at: receivedAt,
          }))).onConflict((oc) => oc.columns(['user_id', 'id']).doNothing()).execute();
        }
        return fresh.length;
      });
      return { accepted, duplicates: records.length - accepted };
    },

    /** Assessments in scope made in the year (Asia/Shanghai), oldest first. */
    async list(scope: Scope, options: { year: number; training: boolean }): Promise<AssessmentRow[]> {
      const from = new Date(Date.UTC(options.year - 1, 11, 31, 16)).toISOString();
      const to = new Date(Date.UTC(options.year, 11, 31, 16)).toISOString();
      return db.selectFrom('assessments')
        .innerJoin('users', 'users.id', 'assessments.user_id')
        .selectAll('assessments').select('users.name as user_name')
        .where('assessments.training', '=', options.training ? 1 : 0)
        .where('assessments.assessed_at', '>=', from).where('assessments.assessed_at', '<', to)
        .where(scopeCondition(scope, 'assessments.unit_code', 'assessments.user_id'))
        .orderBy('assessments.assessed_at').orderBy('assessments.received_at')
        .execute();
    },
  };
}
export type AssessmentsRepository = ReturnType<typeof createAssessmentsRepository>;
