// POST /api/v1/events: the extension's outbox posts batches; ids seen before are ignored. Each event
// is checked by itself — its shape, its text, what it claims about the rule and the clock — and the
// companion books its points; a bad event is listed in `rejected` while the rest are stored. A batch
// in which every event is refused answers 400 naming each field.
import { Router } from 'express';
import { DefectEventSchema, type DefectEvent, type EventBatchResult, type RejectedEvent } from '../../shared/api/index.ts';
import { IdSchema } from '../../shared/api/common.ts';
import { invalidRequest } from '../errors.ts';
import { forbidden, register, type ApiContext } from './context.ts';
import { quickEvent } from './event-fast-path.ts';
import { illFormed, type Issue } from './well-formed.ts';

/** Roles whose real (non-training) findings are booked to them. */
const ACCRUING = new Set(['prosecutor', 'supervisor']);

const fieldOf = (path: ReadonlyArray<PropertyKey>) => (path.length === 0 ? '(event)' : path.map((p) => String(p)).join('.'));

/** Parses one raw event: the event, or the issues that refuse it. */
function parseEvent(raw: unknown): { event: DefectEvent } | { issues: Issue[] } {
  const text = illFormed(raw);
  if (text.length > 0) return { issues: text };
  const quick = quickEvent(raw);
  if (quick) return { event: quick };
  const r = DefectEventSchema.safeParse(raw);
  if (r.success) return { event: r.data };
  return { issues: r.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? p.toString() : p)), message: i.message })) };
}

export function eventsRouter(ctx: ApiContext): Router {
  const router = Router();
  register(router, ctx, 'postEvents', async ({ body, principal }): Promise<EventBatchResult> => {
    if (!ACCRUING.has(principal.role) && body.events.some((e) => (e as { training?: unknown } | null)?.training !== true)) {
      throw forbidden({
        zh: '培训和管理员账号只能上报培训事件（training: true），不计入台账',
        en: 'Trainer and administrator accounts may post training events only (training: true); they never reach the ledger',
      });
    }
    const valid: DefectEvent[] = [];
    const rejected: RejectedEvent[] = [];
    const unnamed: Issue[] = [];
    body.events.forEach((raw, i) => {
      const parsed = parseEvent(raw);
      if ('event' in parsed) {
        valid.push(parsed.event);
        return;
      }
      const id = IdSchema.safeParse((raw as { id?: unknown } | null)?.id);
      // An event without a usable id cannot be named in `rejected`: the batch is refused (the outbox splits it).
      if (!id.success) {
        unnamed.push(...parsed.issues.map((x) => ({ path: ['events', i, ...x.path], message: x.message })));
        return;
      }
      const first = parsed.issues[0];
      rejected.push({ id: id.data, field: fieldOf(first.path), reason: `事件无效 / invalid event — ${parsed.issues.map((x) => `${fieldOf(x.path)}: ${x.message}`).join('; ')}` });
    });
    if (unnamed.length > 0) throw invalidRequest('body', unnamed);

    const result = await ctx.store.events.ingest({ id: principal.id, unitCode: principal.unitCode }, valid, {
      now: ctx.now(), maxOpenObjections: ctx.config.maxOpenObjections,
    });
    const all = [...rejected, ...result.rejected];
    if (result.hints.length > 0) {
      ctx.logger.info({ user: principal.id, differing: result.hints.length, sample: result.hints.slice(0, 5) }, 'client points differ from the booked points (the client\'s are a hint)');
    }
    if (result.accepted === 0 && result.duplicates === 0 && all.length > 0) {
      const index = new Map(body.events.map((e, i) => [(e as { id?: unknown } | null)?.id, i]));
      throw invalidRequest('body', all.map((r) => ({ path: ['events', index.get(r.id) ?? '?', ...r.field.split('.')], message: r.reason })));
    }
    return { accepted: result.accepted, duplicates: result.duplicates, rejected: all };
  });
  return router;
}
