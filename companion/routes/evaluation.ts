// Issue 11: GET /reports/leaders (云南 领导干部带头办案), GET /reports/evaluation (天津 综合评价 and
// 黑龙江 检察长任期归属), the indicator set (GET/PUT /evaluation-indicators), posts (PUT
// /users/:id/posts) and disputes of an evaluation figure (POST /evaluation-objections, decided by a
// supervisor of a unit above). Reports answer JSON, CSV (UTF-8 with BOM) or XLSX.
import { Router, type Response } from 'express';
import { MAX_POSITIVE, MIN_NEGATIVE, validateIndicatorSet, type IndicatorSet } from '../../shared/evaluation/index.ts';
import type { EvaluationObjection, IndicatorSetResponse } from '../../shared/api/index.ts';
import type { EvaluationObjectionOutcome } from '../db/evaluation-repository.ts';
import type { UnitRow } from '../db/scope.ts';
import { HttpError } from '../errors.ts';
import { writeCsv } from '../exports/csv.ts';
import { buildEvaluationReport, buildLeadersReport, evaluationTable, indicatorSetInForce, leadersTable } from '../exports/evaluation.ts';
import type { TableEvent } from '../exports/table.ts';
import { writeXlsx } from '../exports/xlsx.ts';
import { forbidden, otherUnitForbidden, register, type ApiContext } from './context.ts';

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** Streams a table as CSV or XLSX (the same writers as the quarterly list), within the export cap. */
async function sendTable(ctx: ApiContext, res: Response, format: 'csv' | 'xlsx', filename: string, events: AsyncIterable<TableEvent>) {
  await ctx.exports.run(res, async () => {
    res.setHeader('Content-Type', CONTENT_TYPES[format]);
    res.setHeader('Content-Disposition', `attachment; filename="${filename}.${format}"`);
    if (format === 'csv') await writeCsv(events, res); else await writeXlsx(events, res);
  });
}

/** Units strictly above `code` (its parent, the parent's parent, …). */
function ancestors(units: readonly UnitRow[], code: string): string[] {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const out: string[] = [];
  for (let p = byCode.get(code)?.parent_code ?? null; p !== null && !out.includes(p); p = byCode.get(p)?.parent_code ?? null) out.push(p);
  return out;
}

function answer(outcome: EvaluationObjectionOutcome): EvaluationObjection {
  if (outcome.ok) return outcome.objection;
  switch (outcome.code) {
    case 'not-found': throw new HttpError(404, 'not-found', { zh: '未找到该异议', en: 'No such dispute' });
    case 'not-above': throw forbidden({ zh: '只能由被评价单位的上级单位审查', en: 'Only a supervisor of a unit above the evaluated unit may decide' });
    case 'already-decided': throw new HttpError(409, 'conflict', { zh: '该异议已经审查', en: 'The dispute has already been decided' });
    case 'already-open': throw new HttpError(409, 'conflict', { zh: '该项数据已有待审或已采纳的异议', en: 'This figure already has a pending or accepted dispute' });
  }
}

export function evaluationRouter(ctx: ApiContext): Router {
  const router = Router();

  register(router, ctx, 'leadersReport', async ({ query, scopeFor, res }) => {
    const report = await buildLeadersReport(ctx.store, scopeFor(query.unit), query.year, query.month);
    if (query.format === 'json') return report;
    const name = `caselight-leaders-${query.year}-${String(query.month).padStart(2, '0')}${query.unit ? `-${query.unit}` : ''}`;
    await sendTable(ctx, res, query.format, name, leadersTable(report));
    return undefined;
  });

  register(router, ctx, 'evaluationReport', async ({ query, principal, units, scopeFor, res }) => {
    const code = query.unit ?? principal.unitCode;
    scopeFor(code);
    const root = units.find((u) => u.code === code);
    if (!root) throw otherUnitForbidden(code);
    const report = await buildEvaluationReport(ctx.store, units, root, query.year, ctx.now());
    if (query.format === 'json') return report;
    await sendTable(ctx, res, query.format, `caselight-evaluation-${query.year}-${code}`, evaluationTable(report));
    return undefined;
  });

  const setResponse = async (): Promise<IndicatorSetResponse> => ({
    ...(await indicatorSetInForce(ctx.store)), limits: { maxPositive: MAX_POSITIVE, minNegative: MIN_NEGATIVE },
  });
  register(router, ctx, 'evaluationIndicators', () => setResponse());

  register(router, ctx, 'putEvaluationIndicators', async ({ body, principal }) => {
    const problems = validateIndicatorSet(body as IndicatorSet);
    if (problems.length > 0) {
      throw new HttpError(400, 'invalid-indicator-set', {
        zh: `指标集无效：${problems.map((p) => p.zh).join('；')}`,
        en: `Invalid indicator set: ${problems.map((p) => p.en).join('; ')}`,
      }, problems.map((p) => ({ field: `body.${p.path}`, message: `${p.zh} / ${p.en}` })));
    }
    await ctx.store.evaluation.putIndicatorSet(body, principal.id, ctx.now());
    return setResponse();
  });

  register(router, ctx, 'putUserPosts', async ({ params, body, principal }) => {
    const r = await ctx.store.evaluation.setPosts(params.id, body.posts, principal.id, ctx.now());
    if (r === 'no-user') throw new HttpError(404, 'not-found', { zh: '未找到该用户', en: 'No such user' });
    if (r === 'no-unit') throw new HttpError(400, 'invalid-request', { zh: '任职单位不存在', en: 'A post names a unit that does not exist' });
    return { posts: await ctx.store.evaluation.posts(params.id) };
  });

  register(router, ctx, 'fileEvaluationObjection', async ({ body, principal, units }) => {
    if (body.unitCode !== principal.unitCode) {
      throw forbidden({ zh: '只能对本单位的评价数据提出异议', en: "You may dispute only your own unit's evaluation figures" });
    }
    const parent = units.find((u) => u.code === body.unitCode)?.parent_code ?? null;
    if (parent === null) throw new HttpError(409, 'conflict', { zh: '最上级单位不参加综合评价', en: 'The top unit is not evaluated' });
    const { set } = await indicatorSetInForce(ctx.store);
    if (!set.indicators.some((i) => i.id === body.indicatorId)) {
      throw new HttpError(400, 'invalid-request', { zh: `指标集中没有指标 ${body.indicatorId}`, en: `The indicator set has no indicator ${body.indicatorId}` });
    }
    const root = units.find((u) => u.code === parent);
    const report = root ? await buildEvaluationReport(ctx.store, units, root, body.year, ctx.now()) : undefined;
    const value = report?.units.find((u) => u.unitCode === body.unitCode)?.values.find((v) => v.indicatorId === body.indicatorId)?.value ?? null;
    return answer(await ctx.store.evaluation.fileObjection(principal, { ...body, value }, ctx.now()));
  });

  register(router, ctx, 'decideEvaluationObjection', async ({ params, body, principal, units }) => {
    const objection = await ctx.store.evaluation.getObjection(params.id);
    if (!objection) return answer({ ok: false, code: 'not-found' });
    if (!ancestors(units, objection.unitCode).includes(principal.unitCode)) return answer({ ok: false, code: 'not-above' });
    return answer(await ctx.store.evaluation.decideObjection(principal, params.id, body.decision, body.reason, ctx.now()));
  });
  return router;
}
