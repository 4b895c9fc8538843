// The typed API client, built from the endpoint table (./endpoints.ts). It names no path and
// does no I/O itself: the caller hands it the HTTP function (ky in the extension, the dashboard's
// fetch wrapper, a test double), so shared/ stays pure. Every answer is read as JSON and, on
// success, checked with the endpoint's response schema — the same schema the companion answers by.
import { ENDPOINTS, apiPath, type AnswerOf, type BodyIn, type EndpointName, type ParamsIn, type QueryIn } from './endpoints';

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT';
  /** Absolute when the client has a base URL, else the path (`/api/v1/...`) with its query string. */
  url: string;
  headers: Record<string, string>;
  /** A JSON body (POST, PUT). */
  json?: unknown;
  signal?: AbortSignal;
}

/**
 * The I/O the client is given: it sends the request and resolves with the response whatever its
 * status; it rejects only when no answer arrived (network, timeout, abort). ky with
 * `throwHttpErrors: false` and `fetch` both fit.
 */
export type HttpFunction = (request: HttpRequest) => Promise<Response>;

/** What the client needs of a ky instance (structurally, so shared/ does not import ky). */
export type KyLike = (url: string, options: { method: string; headers: Record<string, string>; json?: unknown; signal?: AbortSignal }) => Promise<Response>;

/**
 * The HTTP function over a ky instance, as the extension and the dashboard hand it to the client.
 * The instance must return HTTP errors (`throwHttpErrors: false`), so the client sees every status.
 */
export function fromKy(ky: KyLike): HttpFunction {
  return (r) => ky(r.url, { method: r.method, headers: r.headers, ...(r.json === undefined ? {} : { json: r.json }), ...(r.signal ? { signal: r.signal } : {}) });
}

/** One call's answer: the parsed success body, or what went wrong with the status and raw body. */
export type ApiAnswer<T> =
  | { ok: true; status: number; data: T; body: unknown; response: Response }
  | {
    ok: false;
    status: number;
    /** The JSON body (a companion error carries `{ error, reason: { zh, en } }`); undefined when not JSON. */
    body: unknown;
    response: Response;
    /** On a 2xx: the answer was not JSON, or did not match the endpoint's response schema. */
    problem?: { kind: 'not-json' } | { kind: 'invalid'; path: string; message: string };
  };

type Optional<K extends string, V> = [V] extends [undefined] ? { [P in K]?: never } : { [P in K]: V };
/** What a call takes: path parameters, query and body as the endpoint's schemas accept them. */
export type CallInput<N extends EndpointName> = Optional<'params', ParamsIn<N>> & Partial<Optional<'query', QueryIn<N>>> & Optional<'body', BodyIn<N>> & {
  signal?: AbortSignal;
  /** Overrides the client's token for this call (signing in with a token not yet stored). */
  token?: string;
};

export interface ClientOptions {
  /** The companion's origin (`http://127.0.0.1:8787`); '' for same-origin pages (the dashboard). */
  baseUrl?: string;
  /** The bearer token, read at every call; null or '' for none. */
  token?: () => string | null | undefined;
  /** Accept header (default application/json). */
  accept?: string;
}

export type ApiCall = <N extends EndpointName>(name: N, ...input: Partial<CallInput<N>> extends CallInput<N> ? [CallInput<N>?] : [CallInput<N>]) => Promise<ApiAnswer<AnswerOf<N>>>;

/** `?a=1&b=x` from a query object; undefined, null and '' values are left out. */
export function queryString(query: Record<string, unknown> | undefined): string {
  if (!query) return '';
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The URL of a call: base URL (trailing slashes trimmed), the endpoint's path, its query string. */
export function apiUrl(name: EndpointName, input: { params?: object; query?: object } = {}, baseUrl = ''): string {
  return `${baseUrl.trim().replace(/\/+$/, '')}${apiPath(name, (input.params ?? {}) as Record<string, string>)}${queryString(input.query as Record<string, unknown> | undefined)}`;
}

export function createApiClient(http: HttpFunction, options: ClientOptions = {}): ApiCall {
  return (async (name: EndpointName, input: (CallInput<EndpointName> & { params?: object; query?: object; body?: unknown }) = {}) => {
    const e = ENDPOINTS[name];
    const headers: Record<string, string> = { accept: options.accept ?? 'application/json' };
    const token = input.token ?? options.token?.();
    if (token) headers.authorization = `Bearer ${token}`;
    const request: HttpRequest = {
      method: e.method.toUpperCase() as HttpRequest['method'],
      url: apiUrl(name, input, options.baseUrl),
      headers,
      ...(input.body === undefined ? {} : { json: input.body }),
      ...(input.signal ? { signal: input.signal } : {}),
    };
    const response = await http(request);
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    const status = response.status;
    if (!response.ok) return { ok: false, status, body, response };
    if (body === undefined) return { ok: false, status, body, response, problem: { kind: 'not-json' } };
    const parsed = e.response.schema.safeParse(body);
    if (!parsed.success) {
      const i = parsed.error.issues[0];
      return { ok: false, status, body, response, problem: { kind: 'invalid', path: i.path.join('.') || '(root)', message: i.message } };
    }
    return { ok: true, status, data: parsed.data, body, response };
  }) as ApiCall;
}
