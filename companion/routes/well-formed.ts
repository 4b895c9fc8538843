// Well-formed text only: a lone surrogate (or any other ill-formed Unicode) in a request is refused
// at the edge with a 400 naming where it was, before it can reach the database. SQLite stores such
// a string once and then fails every later read of the row, which stalls a prosecutor's outbox.
import { isUtf8 } from 'node:buffer';
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import { HttpError, invalidRequest } from '../errors.ts';

export interface Issue { path: Array<string | number>; message: string }

const ILL_FORMED = 'ill-formed Unicode (a lone surrogate)';

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const native = (String.prototype as { isWellFormed?: (this: string) => boolean }).isWellFormed;
const isWellFormed = native ? (s: string) => native.call(s) : (s: string) => !LONE_SURROGATE.test(s);

/** Whether any key or string in the value is ill-formed: the common all-clear without building paths. */
function anyIllFormed(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (!isWellFormed(v)) return true;
    } else if (Array.isArray(v)) {
      for (const child of v) stack.push(child);
    } else if (v !== null && typeof v === 'object') {
      for (const k in v) {
        if (!Object.hasOwn(v, k)) continue;
        if (!isWellFormed(k)) return true;
        stack.push((v as Record<string, unknown>)[k]);
      }
    }
  }
  return false;
}

/**
 * Every place in a parsed JSON value (keys and strings) that holds ill-formed Unicode. Iterative,
 * so a deeply nested body cannot exhaust the stack.
 *
 * @example illFormed({ a: ['ok', '\ud800'] }) // [{ path: ['a', 1], message: 'ill-formed Unicode (a lone surrogate)' }]
 */
export function illFormed(value: unknown, limit = 50): Issue[] {
  // Most requests are clean: check that first (every event of an ingest batch passes through here).
  if (!anyIllFormed(value)) return [];
  const out: Issue[] = [];
  const stack: Array<{ v: unknown; path: Array<string | number> }> = [{ v: value, path: [] }];
  while (stack.length > 0 && out.length < limit) {
    const { v, path } = stack.pop() as { v: unknown; path: Array<string | number> };
    if (typeof v === 'string') {
      if (!isWellFormed(v)) out.push({ path, message: ILL_FORMED });
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: [...path, i] });
    } else if (v !== null && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        if (!isWellFormed(k)) out.push({ path: [...path, k], message: `${ILL_FORMED} in a key` });
        stack.push({ v: child, path: [...path, k] });
      }
    }
  }
  return out;
}

/** express.json's `verify`: the bytes must be UTF-8 (RFC 8259 §8.1), or nothing is parsed. */
export function verifyUtf8(_req: IncomingMessage, _res: unknown, buf: Buffer): void {
  if (!isUtf8(buf)) {
    throw new HttpError(400, 'invalid-request', { zh: '请求体不是有效的 UTF-8 文本', en: 'The request body is not valid UTF-8' });
  }
}

/**
 * Refuses ill-formed text in the query and the body. `perEvent` bodies (POST /events) are left to
 * the route, which refuses a bad event by itself and stores the rest of its batch.
 */
export function wellFormed(options: { skipBody?: (method: string, path: string) => boolean } = {}): RequestHandler {
  return (req, _res, next) => {
    const query = illFormed(req.query);
    if (query.length > 0) return next(invalidRequest('query', query));
    if (req.body !== undefined && !options.skipBody?.(req.method, req.path)) {
      const body = illFormed(req.body);
      if (body.length > 0) return next(invalidRequest('body', body));
    }
    next();
  };
}
