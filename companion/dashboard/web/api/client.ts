// The dashboard's HTTP client: bearer token on every call, responses parsed with the shared/api schemas, errors as ApiError.
import { localized, type Localized } from '../i18n.ts';
import { buildUrl, type Query } from '../url-state.ts';

export { buildUrl, type Query };

/** Anything with zod's `safeParse` shape, so every response goes through the schema the companion also uses. */
export interface Parser<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: unknown };
}

/** An answer the dashboard can show: the server's own bilingual reason when it gave one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly reason: Localized,
    readonly details?: unknown,
  ) {
    super(reason.en);
    this.name = 'ApiError';
  }
}

export const networkReason: Localized = localized('networkError');
export const badResponseReason: Localized = localized('badResponse');
const serverErrorReason: Localized = localized('serverError');

export interface ApiClientOptions {
  getToken: () => string | null;
  /** Called on any 401 so the session can end. */
  onUnauthorized?: () => void;
  fetch?: typeof fetch;
  baseUrl?: string;
  /** An answer to this GET already on its way (api/prefetch.ts), taken at most once. */
  prefetched?: (url: string, token: string | null) => Promise<Response> | undefined;
}

export interface Download {
  blob: Blob;
  filename: string;
}

export interface ApiClient {
  get<T>(path: string, parser: Parser<T>, query?: Query, signal?: AbortSignal): Promise<T>;
  post<T>(path: string, body: unknown, parser: Parser<T>): Promise<T>;
  put<T>(path: string, body: unknown, parser: Parser<T>): Promise<T>;
  download(path: string, query?: Query): Promise<Download>;
  /** The same call with an explicit token, for signing in before the token is stored. */
  withToken(token: string): ApiClient;
}

function isLocalized(x: unknown): x is Localized {
  return typeof x === 'object' && x !== null && typeof (x as Localized).zh === 'string' && typeof (x as Localized).en === 'string';
}

/** Reads the companion's `{ error, message, reason: {zh, en} }` body; anything else becomes a generic reason. */
export async function errorFromResponse(res: Response): Promise<ApiError> {
  let body: unknown;
  try { body = await res.json(); } catch { body = undefined; }
  const b = (typeof body === 'object' && body !== null ? body : {}) as { error?: unknown; message?: unknown; reason?: unknown; details?: unknown };
  if (isLocalized(b.reason)) {
    return new ApiError(res.status, typeof b.error === 'string' ? b.error : `http-${res.status}`, b.reason, b.details);
  }
  if (res.status >= 500) return new ApiError(res.status, 'server-error', serverErrorReason);
  const msg = typeof b.message === 'string' ? b.message : `HTTP ${res.status}`;
  return new ApiError(res.status, `http-${res.status}`, { zh: msg, en: msg });
}

function filenameFrom(res: Response, fallback: string): string {
  const cd = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(cd);
  if (star) {
    try { return decodeURIComponent(star[1]); } catch { /* fall through to the plain name */ }
  }
  const plain = /filename="?([^";]+)"?/i.exec(cd);
  return plain ? plain[1] : fallback;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const baseUrl = options.baseUrl ?? '';

  async function send(method: string, path: string, query: Query | undefined, body: unknown, accept: string, signal?: AbortSignal): Promise<Response> {
    const headers: Record<string, string> = { Accept: accept };
    const token = options.getToken();
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const url = buildUrl(path, query, baseUrl);
    const init: RequestInit = {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
      signal,
    };
    const early = method === 'GET' && accept === 'application/json' ? options.prefetched?.(url, token) : undefined;
    let res: Response;
    try {
      // A prefetched answer that failed on the network is simply asked for again.
      res = early ? await early.catch(() => doFetch(url, init)) : await doFetch(url, init);
    } catch (err) {
      if ((err as { name?: string }).name === 'AbortError') throw err;
      throw new ApiError(0, 'network', networkReason);
    }
    if (!res.ok) {
      const error = await errorFromResponse(res);
      if (res.status === 401) options.onUnauthorized?.();
      throw error;
    }
    return res;
  }

  async function parse<T>(res: Response, parser: Parser<T>): Promise<T> {
    let json: unknown;
    try { json = await res.json(); } catch { throw new ApiError(res.status, 'bad-response', badResponseReason); }
    const parsed = parser.safeParse(json);
    if (!parsed.success) throw new ApiError(res.status, 'bad-response', badResponseReason, parsed.error);
    return parsed.data;
  }

  return {
    async get(path, parser, query, signal) {
      return parse(await send('GET', path, query, undefined, 'application/json', signal), parser);
    },
    async post(path, body, parser) {
      return parse(await send('POST', path, undefined, body, 'application/json'), parser);
    },
    async put(path, body, parser) {
      return parse(await send('PUT', path, undefined, body, 'application/json'), parser);
    },
    async download(path, query) {
      const res = await send('GET', path, query, undefined, '*/*');
      const fallback = path.split('/').pop() ?? 'download';
      return { blob: await res.blob(), filename: filenameFrom(res, fallback) };
    },
    withToken(token) {
      return createApiClient({ ...options, getToken: () => token, onUnauthorized: undefined });
    },
  };
}
