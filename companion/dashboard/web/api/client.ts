// The dashboard's API client: the shared typed client (shared/api/client.ts) handed ky (./http.ts),
// called by endpoint name; answers parsed with the endpoint's response schema, errors as ApiError
// with the companion's bilingual reason, a 401 ends the session, the boot's prefetched answers are
// taken once (./prefetch.ts).
import {
  apiUrl, createApiClient as createTypedClient, type ApiCall, type AnswerOf, type CallInput, type EndpointName, type HttpFunction,
} from '../../../../shared/api/index.ts';
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
  /** The I/O: ky (main.tsx: `dashboardHttp()`), or any HttpFunction in tests. */
  http: HttpFunction;
  getToken: () => string | null;
  /** Called on any 401 so the session can end. */
  onUnauthorized?: () => void;
  baseUrl?: string;
  /** An answer to this GET already on its way (api/prefetch.ts), taken at most once. */
  prefetched?: (url: string, token: string | null) => Promise<Response> | undefined;
}

export interface Download {
  blob: Blob;
  filename: string;
}

/** What a call of endpoint N takes: its path parameters, query and body as typed by the table's schemas. */
export type CallArgs<N extends EndpointName> = Partial<CallInput<N>> extends CallInput<N> ? [input?: CallInput<N>] : [input: CallInput<N>];

export interface ApiClient {
  /**
   * Calls an endpoint of the shared/api table by name (shared/api/client.ts builds the request): the
   * answer parsed with the endpoint's response schema, or an ApiError.
   */
  call<N extends EndpointName>(name: N, ...args: CallArgs<N>): Promise<AnswerOf<N>>;
  /** An endpoint's answer as a file (the quarterly list as CSV or XLSX). */
  download<N extends EndpointName>(name: N, ...args: CallArgs<N>): Promise<Download>;
  /** Outside the API (the extension policy files under /extension): JSON checked with a parser. */
  getJson<T>(path: string, parser: Parser<T>): Promise<T>;
  /** Outside the API: a file. */
  downloadPath(path: string): Promise<Download>;
  /** The same calls with an explicit token, for signing in before the token is stored. */
  withToken(token: string): ApiClient;
}

function isLocalized(x: unknown): x is Localized {
  return typeof x === 'object' && x !== null && typeof (x as Localized).zh === 'string' && typeof (x as Localized).en === 'string';
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

/** The companion's error body as an ApiError; a 5xx never shows its body, only a generic reason. */
export function errorFromBody(status: number, body: unknown): ApiError {
  const b = (typeof body === 'object' && body !== null ? body : {}) as { error?: unknown; message?: unknown; reason?: unknown; details?: unknown };
  if (isLocalized(b.reason)) {
    return new ApiError(status, typeof b.error === 'string' ? b.error : `http-${status}`, b.reason, b.details);
  }
  if (status >= 500) return new ApiError(status, 'server-error', serverErrorReason);
  const msg = typeof b.message === 'string' ? b.message : `HTTP ${status}`;
  return new ApiError(status, `http-${status}`, { zh: msg, en: msg });
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = options.baseUrl ?? '';

  /** The HTTP function the typed client gets: a prefetched answer first, network trouble as ApiError. */
  const send: HttpFunction = async (r) => {
    const token = r.headers.authorization?.replace(/^Bearer /, '') ?? null;
    const early = r.method === 'GET' && r.headers.accept === 'application/json' ? options.prefetched?.(r.url, token) : undefined;
    try {
      // A prefetched answer that failed on the network is simply asked for again.
      return early ? await early.catch(() => options.http(r)) : await options.http(r);
    } catch (err) {
      if ((err as { name?: string }).name === 'AbortError') throw err;
      throw new ApiError(0, 'network', networkReason);
    }
  };
  const typed = createTypedClient(send, { baseUrl, token: options.getToken });

  async function refused(res: Response, body: unknown): Promise<never> {
    const error = errorFromBody(res.status, body);
    if (res.status === 401) options.onUnauthorized?.();
    throw error;
  }

  async function file(url: string): Promise<Download> {
    const token = options.getToken();
    const res = await send({ method: 'GET', url, headers: { accept: '*/*', ...(token ? { authorization: `Bearer ${token}` } : {}) } });
    if (!res.ok) {
      let body: unknown;
      try { body = await res.json(); } catch { body = undefined; }
      return refused(res, body);
    }
    const fallback = new URL(url, 'http://x').pathname.split('/').pop() ?? 'download';
    return { blob: await res.blob(), filename: filenameFrom(res, fallback) };
  }

  const client: ApiClient = {
    async call(name, ...args) {
      const answer = await (typed as (n: EndpointName, i?: object) => ReturnType<ApiCall>)(name, args[0]);
      if (answer.ok) return answer.data as never;
      if (answer.problem) throw new ApiError(answer.status, 'bad-response', badResponseReason, answer.problem);
      return refused(answer.response, answer.body);
    },
    download(name, ...args) {
      return file(apiUrl(name, (args[0] ?? {}) as { params?: object; query?: object }, baseUrl));
    },
    async getJson(path, parser) {
      const token = options.getToken();
      const res = await send({ method: 'GET', url: `${baseUrl}${path}`, headers: { accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) } });
      let body: unknown;
      try { body = await res.json(); } catch { body = undefined; }
      if (!res.ok) return refused(res, body);
      const parsed = body === undefined ? undefined : parser.safeParse(body);
      if (!parsed?.success) throw new ApiError(res.status, 'bad-response', badResponseReason, parsed?.error);
      return parsed.data;
    },
    downloadPath(path) {
      return file(`${baseUrl}${path}`);
    },
    withToken(token) {
      return createApiClient({ ...options, getToken: () => token, onUnauthorized: undefined });
    },
  };
  return client;
}
