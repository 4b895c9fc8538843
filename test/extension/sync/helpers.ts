// Test doubles for the browser and the network edge of sync: fake alarms, timers and an in-memory companion behind `fetch`.
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { EventBatchSchema, type DefectEvent } from '../../../shared/api/index.ts';
import { openDb, type CaseLightDb } from '../../../extension/store/index.ts';
import type { AlarmsApi } from '../../../extension/sync/index.ts';

export function freshDbName() {
  return `caselight-test-${randomUUID()}`;
}

export function freshDb(name = freshDbName()): CaseLightDb {
  return openDb(name);
}

export interface FakeAlarms extends AlarmsApi {
  scheduled: Map<string, number>;
  listeners: ((alarm: { name: string }) => void)[];
  fire(name: string): void;
}

export function fakeAlarms(): FakeAlarms {
  const scheduled = new Map<string, number>();
  const listeners: ((alarm: { name: string }) => void)[] = [];
  return {
    scheduled,
    listeners,
    create(name, info) {
      scheduled.set(name, info.when ?? 0);
    },
    clear(name) {
      return scheduled.delete(name);
    },
    onAlarm: { addListener: (cb) => void listeners.push(cb) },
    fire(name) {
      scheduled.delete(name);
      for (const l of listeners) l({ name });
    },
  };
}

export interface FakeTimers {
  pending: { fn: () => void; ms: number }[];
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (h: unknown) => void;
  runAll(): void;
}

export function fakeTimers(): FakeTimers {
  const pending: { fn: () => void; ms: number }[] = [];
  return {
    pending,
    setTimer: (fn, ms) => {
      const h = { fn, ms };
      pending.push(h);
      return h;
    },
    clearTimer: (h) => {
      const i = pending.indexOf(h as { fn: () => void; ms: number });
      if (i >= 0) pending.splice(i, 1);
    },
    runAll() {
      for (const t of pending.splice(0)) t.fn();
    },
  };
}

export type Mode = 'up' | 'down' | 'lose-response' | { status: number; body?: unknown };

/**
 * A companion stand-in behind `fetch`, for unit tests only (integration tests use the real one):
 * validates with the shared schema like the real route, ignores ids it has seen, answers 400 for a
 * batch containing an id listed in `poison`.
 */
export function fakeCompanion(token = 'secret-token') {
  const stored = new Map<string, DefectEvent>();
  const requests: { ids: string[]; authorization: string | null }[] = [];
  const poison = new Set<string>();
  let mode: Mode = 'up';
  let attempts = 0;
  const fetchImpl: typeof fetch = async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    attempts++;
    if (mode === 'down') throw new TypeError('fetch failed');
    const body = (await request.json()) as { events?: { id?: string }[] };
    requests.push({ ids: (body.events ?? []).map((e) => String(e.id)), authorization: request.headers.get('authorization') });
    if (typeof mode === 'object') return Response.json(mode.body ?? { error: 'x', message: 'x', reason: { zh: '错', en: 'wrong' } }, { status: mode.status });
    if (request.headers.get('authorization') !== `Bearer ${token}`) return Response.json({ error: 'unauthorized', message: 'no', reason: { zh: '未授权', en: 'unauthorized' } }, { status: 401 });
    const parsed = EventBatchSchema.safeParse(body);
    const bad = (body.events ?? []).find((e) => poison.has(String(e.id)));
    if (!parsed.success || bad) {
      return Response.json({ error: 'invalid-request', message: 'Invalid request', reason: { zh: '请求无效', en: 'Invalid request' }, details: [{ field: 'events', message: bad ? `poisoned ${bad.id}` : 'schema' }] }, { status: 400 });
    }
    let accepted = 0;
    let duplicates = 0;
    for (const e of parsed.data.events) {
      if (stored.has(e.id)) duplicates++;
      else {
        stored.set(e.id, e);
        accepted++;
      }
    }
    if (mode === 'lose-response') throw new TypeError('connection reset after the server stored the batch');
    return Response.json({ accepted, duplicates });
  };
  return {
    fetch: fetchImpl,
    stored,
    requests,
    poison,
    token,
    attempts: () => attempts,
    setMode(m: Mode) {
      mode = m;
    },
  };
}

/** Waits until the background work started by a `void` promise has settled. */
export async function settle(check: () => Promise<boolean> | boolean, timeoutMs = 5_000) {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 5));
  }
}
