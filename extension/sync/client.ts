// Posts one batch of events to the companion and classifies the answer; never throws for HTTP or network trouble.
import ky, { type KyInstance } from 'ky';
import { apiUrl, createApiClient, fromKy, type HttpFunction } from '../../shared/api/client';
import type { DefectEvent } from './contract';
import type { SyncErrorCode } from './status';

export type PostResult =
  /** 2xx: the companion stored (or had already seen) every event except those listed in `rejected`. */
  | { kind: 'ok'; rejected: { id: string; reason: string }[] }
  /** The batch itself was refused as malformed or too large (400, 403, 413, 422, other 4xx): split it to find the bad event. */
  | { kind: 'invalid'; status: number; reason: string }
  /** Anything worth retrying later as is: network, timeout, 401, 404, 429, 5xx. */
  | { kind: 'retry'; code: SyncErrorCode; status?: number; retryAfterMs?: number; detail?: string };

/** A ky instance for the companion: no ky retries (the outbox retries), HTTP errors returned, not thrown. */
export function createHttp(fetchImpl?: typeof fetch, timeoutMs = 30_000): KyInstance {
  return ky.create({
    retry: 0,
    timeout: timeoutMs,
    throwHttpErrors: false,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });
}

/** The HTTP function the shared typed client (shared/api/client.ts) is handed in the extension: ky. */
export function kyHttp(http: KyInstance): HttpFunction {
  return fromKy(http);
}

export function eventsUrl(companionUrl: string): string {
  return apiUrl('postEvents', {}, companionUrl);
}

/** The human reason in a companion error body ({ reason: { zh, en }, message, details }). */
function reasonOf(body: unknown, status: number): string {
  if (body && typeof body === 'object') {
    const b = body as { reason?: { zh?: unknown; en?: unknown }; message?: unknown; details?: unknown };
    const parts: string[] = [];
    if (b.reason && typeof b.reason.zh === 'string' && typeof b.reason.en === 'string') parts.push(`${b.reason.zh} / ${b.reason.en}`);
    else if (typeof b.message === 'string') parts.push(b.message);
    if (b.details !== undefined) parts.push(JSON.stringify(b.details).slice(0, 500));
    if (parts.length > 0) return `HTTP ${status}: ${parts.join(' — ')}`;
  }
  return `HTTP ${status}`;
}

/** Per-event rejections in a 2xx answer, if the companion lists any (`rejected: [{ id, field, reason | message }]`). */
function rejectedOf(body: unknown): { id: string; reason: string }[] {
  if (!body || typeof body !== 'object') return [];
  const list = (body as { rejected?: unknown }).rejected;
  if (!Array.isArray(list)) return [];
  return list.flatMap((r) => {
    if (!r || typeof r !== 'object' || typeof (r as { id?: unknown }).id !== 'string') return [];
    const x = r as { id: string; field?: unknown; reason?: unknown; message?: unknown };
    const reason = typeof x.reason === 'string' ? x.reason : typeof x.message === 'string' ? x.message : JSON.stringify(x.reason ?? x.message ?? 'rejected');
    // The field first, so a dead letter says which part of the event was refused.
    return [{ id: x.id, reason: typeof x.field === 'string' ? `${x.field}: ${reason}` : reason }];
  });
}

function retryAfterMs(res: Response): number | undefined {
  const h = res.headers.get('retry-after');
  if (!h) return undefined;
  const secs = Number(h);
  if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
  const at = Date.parse(h);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

export async function postBatch(http: KyInstance, companionUrl: string, token: string, batch: { events: DefectEvent[] }): Promise<PostResult> {
  return postBatchTo(http, companionUrl, token, 'postEvents', batch);
}

/** Posts one batch to a batch endpoint (events, case activity) and classifies the answer the same way. */
export async function postBatchTo(http: KyInstance, companionUrl: string, token: string, name: 'postEvents' | 'postCaseActivity' | 'postAssessments', batch: object): Promise<PostResult> {
  const call = createApiClient(kyHttp(http), { baseUrl: companionUrl, token: () => token });
  let answer;
  try {
    answer = await call(name, { body: batch as never });
  } catch (err) {
    const name = (err as { name?: string } | null)?.name;
    return { kind: 'retry', code: name === 'TimeoutError' ? 'timeout' : 'offline', detail: String((err as Error)?.message ?? err) };
  }
  const { body, response: res } = answer;
  // Any 2xx counts as delivered (the companion lists refused events in `rejected`), even when its
  // answer does not match the schema exactly.
  if (res.ok) return { kind: 'ok', rejected: rejectedOf(body) };
  const s = res.status;
  if (s === 401) return { kind: 'retry', code: 'unauthorized', status: s };
  if (s === 404 || s === 405) return { kind: 'retry', code: 'not-found', status: s };
  if (s === 408) return { kind: 'retry', code: 'timeout', status: s };
  if (s === 429) return { kind: 'retry', code: 'rate-limited', status: s, retryAfterMs: retryAfterMs(res) };
  if (s >= 500) return { kind: 'retry', code: 'server', status: s, retryAfterMs: retryAfterMs(res) };
  // Any other 4xx (400, 403, 409, 413, 422, …) is about the payload: retrying it unchanged would block the queue forever.
  // 403 included: every role may post events; the companion refuses real (non-training) events from
  // trainer and administrator tokens, so splitting lets their training events through.
  if (s >= 400) return { kind: 'invalid', status: s, reason: reasonOf(body, s) };
  return { kind: 'retry', code: 'unexpected', status: s, detail: reasonOf(body, s) };
}
