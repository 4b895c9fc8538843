// POST /api/v1/case-activity: the extension reports the case pages a prosecutor checked — ids and
// dates only — in batches through the same outbox as events; ids seen before (per user) are
// ignored. Each record is checked by itself like an event: a bad one is listed in `rejected` while
// the rest are stored; a batch in which every record is refused answers 400 naming each field.
import { Router } from 'express';
import { CaseActivitySchema, type CaseActivity, type CaseActivityResult, type RejectedEvent } from '../../shared/api/index.ts';
import { IdSchema } from '../../shared/api/common.ts';
import { invalidRequest } from '../errors.ts';
import { register, type ApiContext } from './context.ts';
import { illFormed, type Issue } from './well-formed.ts';

/** Records in the future by more than this are refused (a wrong clock, not a checked page). */
const FUTURE_SLACK_MS = 10 * 60_000;

const fieldOf = (path: ReadonlyArray<PropertyKey>) => (path.length === 0 ? '(activity)' : path.map((p) => String(p)).join('.'));

function parseActivity(raw: unknown, now: Date): { activity: CaseActivity } | { issues: Issue[] } {
  const text = illFormed(raw);
  if (text.length > 0) return { issues: text };
  const r = CaseActivitySchema.safeParse(raw);
  if (!r.success) return { issues: r.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? p.toString() : p)), message: i.message })) };
  if (Date.parse(r.data.observedAt) > now.getTime() + FUTURE_SLACK_MS) return { issues: [{ path: ['observedAt'], message: 'in the future (check the computer clock)' }] };
  return { activity: r.data };
}

export function caseActivityRouter(ctx: ApiContext): Router {
  const router = Router();
  register(router, ctx, 'postCaseActivity', async ({ body, principal }): Promise<CaseActivityResult> => {
    const now = ctx.now();
    const valid: CaseActivity[] = [];
    const rejected: RejectedEvent[] = [];
    const unnamed: Issue[] = [];
    body.activities.forEach((raw, i) => {
      const parsed = parseActivity(raw, now);
      if ('activity' in parsed) { valid.push(parsed.activity); return; }
      const id = IdSchema.safeParse((raw as { id?: unknown } | null)?.id);
      if (!id.success) {
        unnamed.push(...parsed.issues.map((x) => ({ path: ['activities', i, ...x.path], message: x.message })));
        return;
      }
      rejected.push({ id: id.data, field: fieldOf(parsed.issues[0].path), reason: `记录无效 / invalid record — ${parsed.issues.map((x) => `${fieldOf(x.path)}: ${x.message}`).join('; ')}` });
    });
    if (unnamed.length > 0) throw invalidRequest('body', unnamed);
    if (valid.length === 0) {
      const index = new Map(body.activities.map((a, i) => [(a as { id?: unknown } | null)?.id, i]));
      throw invalidRequest('body', rejected.map((r) => ({ path: ['activities', index.get(r.id) ?? '?', ...r.field.split('.')], message: r.reason })));
    }
    const r = await ctx.store.caseActivity.ingest({ id: principal.id, unitCode: principal.unitCode }, valid, now);
    return { accepted: r.accepted, duplicates: r.duplicates, rejected };
  });
  return router;
}
