// HTTP errors with a reason a person can read in Chinese and English, and the JSON error/404 handlers;
// also the answer to requests Node refuses before Express sees them (431, a malformed request line).
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ErrorRequestHandler, RequestHandler } from 'express';

export interface ErrorBody {
  error: string;
  message: string;
  reason: { zh: string; en: string };
  details?: unknown;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly reason: { zh: string; en: string },
    readonly details?: unknown,
  ) {
    super(reason.en);
    this.name = 'HttpError';
  }
}

export const notFound: RequestHandler = (req, _res, next) => {
  next(new HttpError(404, 'not-found', { zh: `未找到：${req.method} ${req.path}`, en: `Not found: ${req.method} ${req.path}` }));
};

interface BodyParserError { type?: string; status?: number; statusCode?: number }

const clientStatus = (err: unknown): number | undefined => {
  if (typeof err !== 'object' || err === null) return undefined;
  const s = (err as BodyParserError).status ?? (err as BodyParserError).statusCode;
  return typeof s === 'number' && s >= 400 && s < 500 ? s : undefined;
};

/** A 400 naming each bad field (zod issues flattened to `field: message`). */
export function invalidRequest(where: 'body' | 'query' | 'params', issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): HttpError {
  const details = issues.slice(0, 50).map((i) => ({
    field: [where, ...i.path.map((p) => (typeof p === 'symbol' ? p.toString() : String(p)))].join('.'),
    message: i.message,
  }));
  const fields = [...new Set(details.map((d) => d.field))].join(', ');
  return new HttpError(400, 'invalid-request', { zh: `请求无效，以下字段有误：${fields}`, en: `Invalid request; check these fields: ${fields}` }, details);
}

/** Turns any error into JSON. 4xx keep their reason; 5xx never leak a message or a stack. */
export function errorHandler(log: (err: unknown) => void = () => {}): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    // Failed while streaming (an export): the answer cannot turn into an error any more, so the
    // connection is cut and the client sees an incomplete download instead of waiting for the rest.
    if (res.headersSent) {
      log(err);
      res.destroy();
      return;
    }
    let status = 500;
    let body: ErrorBody | { message: string };
    if (err instanceof HttpError) {
      status = err.status;
      body = { error: err.code, message: err.reason.en, reason: err.reason, ...(err.details === undefined ? {} : { details: err.details }) };
    } else if (typeof err === 'object' && err !== null && ((err as BodyParserError).type !== undefined)) {
      // body-parser errors: malformed JSON, too large, wrong charset.
      const e = err as BodyParserError;
      status = e.status ?? e.statusCode ?? 400;
      const reason = e.type === 'entity.too.large'
        ? { zh: '请求体过大', en: 'Request body too large' }
        : e.type === 'entity.parse.failed'
          ? { zh: '请求体不是有效的 JSON', en: 'Request body is not valid JSON' }
          : { zh: '请求体无法读取', en: 'Request body could not be read' };
      body = { error: e.type ?? 'bad-request', message: reason.en, reason };
    } else if (clientStatus(err) !== undefined) {
      // Other 4xx from Express itself, e.g. a path parameter that is not valid percent-encoding.
      status = clientStatus(err) as number;
      const reason = { zh: '请求无效', en: 'Bad request' };
      body = { error: 'bad-request', message: reason.en, reason };
    } else {
      body = { message: 'Internal Server Error' };
    }
    if (status >= 500) {
      log(err);
      body = { message: 'Internal Server Error' };
    }
    res.status(status).json(body);
  };
}

/**
 * The server's `clientError` handler: Node's HTTP parser refuses some requests itself (headers over
 * its limit, a request line it cannot read, a request that took too long) and by default answers
 * them with a bare status line. This answers them as JSON with a reason, like every other error, and
 * closes the connection.
 */
export function clientErrorHandler(err: Error & { code?: string }, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, code, reason] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'headers-too-large', { zh: '请求头过大', en: 'Request header fields too large' }]
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'request-timeout', { zh: '请求超时', en: 'Request timed out' }]
        : [400, 'bad-request', { zh: '请求格式无效', en: 'Malformed HTTP request' }];
  const body = JSON.stringify({ error: code, message: reason.en, reason } satisfies ErrorBody);
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
