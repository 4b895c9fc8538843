// 社会危险性量化评估 (issue 11):
// - GET/PUT /api/v1/assessment-instrument: the instrument in force (the built-in starting point,
//   version 1, until an administrator sets another); each PUT is validated and makes a new version.
// - POST /api/v1/assessments: the extension's synced assessments, ids and figures only, in batches
//   through the outbox; idempotent by id (per user). Each record is checked by itself against the
//   instrument version it names: its items exist, its score is theirs, its band is the score's (or a
//   legal override), and `againstBand` agrees with the band and decision. A bad record is listed in
//   `rejected`; a batch in which every record is refused answers 400.
// - GET /api/v1/assessments/summary: per unit, band × decision counts of each case's latest assessment.
import { Router } from 'express';
import {
  AssessmentRecordSchema, type AssessmentBatchResult, type AssessmentRecord, type AssessmentSummary, type RejectedEvent,
} from '../../shared/api/index.ts';
import { IdSchema } from '../../shared/api/common.ts';
import { OVERRIDE_BANDS, OVERRIDE_LABELS, againstBand, bandOf, suggestionOfBand, type AssessmentInstrument } from '../../shared/assessment/index.ts';
import { invalidRequest } from '../errors.ts';
import { register, type ApiContext } from './context.ts';
import { illFormed, type Issue } from './well-formed.ts';

const FUTURE_SLACK_MS = 10 * 60_000;
const fieldOf = (path: ReadonlyArray<PropertyKey>) => (path.length === 0 ? '(assessment)' : path.map((p) => String(p)).join('.'));

/** What is wrong with a well-formed record under its instrument version (none: []). */
export function inconsistencies(r: AssessmentRecord, instrument: AssessmentInstrument): Issue[] {
  const known = new Map(instrument.items.map((i) => [i.id, i.weight]));
  const unknown = r.itemIds.filter((id) => !known.has(id));
  if (unknown.length > 0) return [{ path: ['itemIds'], message: `not in instrument version ${instrument.version}: ${unknown.join(', ')}` }];
  const score = [...new Set(r.itemIds)].reduce((s, id) => s + known.get(id)!, 0);
  if (score !== r.score) return [{ path: ['score'], message: `the items score ${score} under version ${instrument.version}, not ${r.score}` }];
  if (!(OVERRIDE_BANDS as readonly string[]).includes(r.band) && bandOf(instrument, score).id !== r.band) {
    return [{ path: ['band'], message: `score ${score} is in band ${bandOf(instrument, score).id}, not ${r.band}` }];
  }
  const suggests = suggestionOfBand(instrument, r.band)!;
  if (againstBand(suggests, r.decision) !== r.againstBand) return [{ path: ['againstBand'], message: `a ${r.decision} decision in band ${r.band} is ${r.againstBand ? 'not ' : ''}against it` }];
  return [];
}

export function assessmentsRouter(ctx: ApiContext): Router {
  const router = Router();
  const answer = async () => {
    const { instrument, updatedAt } = await ctx.store.assessments.current();
    return { ...instrument, updatedAt };
  };
  register(router, ctx, 'assessmentInstrument', answer);
  register(router, ctx, 'putAssessmentInstrument', async ({ body, principal }) => {
    await ctx.store.assessments.put(body, ctx.now(), principal.id);
    return answer();
  });

  register(router, ctx, 'postAssessments', async ({ body, principal }): Promise<AssessmentBatchResult> => {
    const now = ctx.now();
    const valid: AssessmentRecord[] = [];
    const rejected: RejectedEvent[] = [];
    const unnamed: Issue[] = [];
    for (const [i, raw] of body.assessments.entries()) {
      let issues: Issue[] = illFormed(raw);
      let record: AssessmentRecord | undefined;
      if (issues.length === 0) {
        const r = AssessmentRecordSchema.safeParse(raw);
        if (!r.success) issues = r.error.issues.map((x) => ({ path: x.path.map((p) => (typeof p === 'symbol' ? p.toString() : p)), message: x.message }));
        else record = r.data;
      }
      if (record) {
        const instrument = await ctx.store.assessments.version(record.instrumentVersion);
        if (!instrument) issues = [{ path: ['instrumentVersion'], message: `no instrument version ${record.instrumentVersion}` }];
        else if (Date.parse(record.assessedAt) > now.getTime() + FUTURE_SLACK_MS) issues = [{ path: ['assessedAt'], message: 'in the future (check the computer clock)' }];
        else if (principal.role === 'trainer' && !record.training) issues = [{ path: ['training'], message: 'a trainer posts training assessments only' }];
        else issues = inconsistencies(record, instrument);
      }
      if (issues.length === 0 && record) { valid.push(record); continue; }
      const id = IdSchema.safeParse((raw as { id?: unknown } | null)?.id);
      if (!id.success) {
        unnamed.push(...issues.map((x) => ({ path: ['assessments', i, ...x.path], message: x.message })));
        continue;
      }
      rejected.push({ id: id.data, field: fieldOf(issues[0].path), reason: `评估记录无效 / invalid assessment — ${issues.map((x) => `${fieldOf(x.path)}: ${x.message}`).join('; ')}` });
    }
    if (unnamed.length > 0) throw invalidRequest('body', unnamed);
    if (valid.length === 0) {
      const index = new Map(body.assessments.map((a, i) => [(a as { id?: unknown } | null)?.id, i]));
      throw invalidRequest('body', rejected.map((r) => ({ path: ['assessments', index.get(r.id) ?? '?', ...r.field.split('.')], message: r.reason })));
    }
    const r = await ctx.store.assessments.ingest({ id: principal.id, unitCode: principal.unitCode }, valid, now);
    return { accepted: r.accepted, duplicates: r.duplicates, rejected };
  });

  register(router, ctx, 'assessmentSummary', async ({ query, scopeFor, units, currentYear }): Promise<AssessmentSummary> => {
    const scope = scopeFor(query.unit);
    const year = query.year ?? currentYear();
    const training = query.training === 'true';
    const rows = await ctx.store.assessments.list(scope, { year, training });
    // The latest assessment of each case (per unit: a case is assessed where it is handled).
    const latest = new Map<string, (typeof rows)[number]>();
    for (const r of rows) latest.set(`${r.unit_code}|${r.case_number}`, r);
    const { instrument } = await ctx.store.assessments.current();
    const bands = [
      ...instrument.bands.map((b) => ({ id: b.id, label: b.label, suggests: b.suggests })),
      ...OVERRIDE_BANDS.map((id) => ({ id, label: OVERRIDE_LABELS[id], suggests: suggestionOfBand(instrument, id)! })),
    ];
    for (const r of latest.values()) if (!bands.some((b) => b.id === r.band)) bands.push({ id: r.band, label: { zh: r.band, en: r.band }, suggests: 'weigh' });
    const perUnit = new Map<string, { cases: number; against: number; cells: Map<string, number> }>();
    for (const r of latest.values()) {
      const u = perUnit.get(r.unit_code) ?? { cases: 0, against: 0, cells: new Map<string, number>() };
      u.cases += 1;
      if (r.against_band === 1) u.against += 1;
      const key = `${r.band}|${r.decision}`;
      u.cells.set(key, (u.cells.get(key) ?? 0) + 1);
      perUnit.set(r.unit_code, u);
    }
    const names = new Map(units.map((u) => [u.code, u.name]));
    return {
      year, training, bands,
      units: [...perUnit.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([code, u]) => ({
        unitCode: code, unitName: names.get(code) ?? code, cases: u.cases, againstBand: u.against,
        cells: [...u.cells.entries()].map(([k, count]) => { const [band, decision] = k.split('|'); return { band, decision: decision as 'arrest' | 'no-arrest', count }; }),
      })),
      recent: [...latest.values()].sort((a, b) => b.assessed_at.localeCompare(a.assessed_at)).slice(0, 50).map((r) => ({
        caseNumber: r.case_number, unitCode: r.unit_code, userName: r.user_name, instrumentVersion: Number(r.instrument_version), score: Number(r.score),
        band: r.band, decision: r.decision, againstBand: r.against_band === 1, assessedAt: r.assessed_at,
      })),
    };
  });
  return router;
}
