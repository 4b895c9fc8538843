// Starts the overview's first two calls (/me, /summary) while the rest of the app's code is still
// being evaluated; the API client then takes these answers instead of asking again. It must stay
// free of heavy imports (zod, preact): boot.ts runs it before importing the app. The paths come
// from the endpoint table, derived at build time (companion/dashboard/api-routes-plugin.ts).
import { API_PREFIX, ROUTES } from 'virtual:caselight-api-routes';
import { buildUrl, parseYear, shanghaiYear, TOKEN_KEY } from '../url-state.ts';

interface Prefetched { token: string; response: Promise<Response> }

const pending = new Map<string, Prefetched>();

function start(url: string, token: string) {
  const response = fetch(url, { headers: { Accept: 'application/json', Authorization: `Bearer ${token}` }, credentials: 'omit', cache: 'no-store' });
  // Unused or failed answers must not surface as unhandled rejections; the client asks again then.
  response.catch(() => pending.delete(url));
  pending.set(url, { token, response });
}

/** Only for the overview of all visible units, the page a supervisor opens first. */
export function startPrefetch(place: { pathname: string; search: string }, storage: Pick<Storage, 'getItem'>, now = new Date()): void {
  let token: string | null = null;
  try { token = storage.getItem(TOKEN_KEY); } catch { return; }
  if (!token || place.pathname !== '/') return;
  const query = new URLSearchParams(place.search);
  if (query.get('unit')) return;
  const year = parseYear(query.get('year')) ?? shanghaiYear(now);
  start(buildUrl(API_PREFIX + ROUTES.me.path), token);
  start(buildUrl(API_PREFIX + ROUTES.summary.path, { year }), token);
}

/** The prefetched answer for this GET and token, once; undefined when there is none. */
export function takePrefetched(url: string, token: string | null): Promise<Response> | undefined {
  const hit = pending.get(url);
  if (!hit) return undefined;
  pending.delete(url);
  return hit.token === token ? hit.response : undefined;
}
