// The dashboard's HTTP function: ky, as in the extension. No retries (a page asks again when the user
// does), HTTP errors returned to the typed client rather than thrown, no cookies, no HTTP cache.
import ky from 'ky';
import { fromKy, type HttpFunction } from '../../../../shared/api/index.ts';

export function dashboardHttp(fetchImpl?: typeof fetch): HttpFunction {
  return fromKy(ky.create({
    retry: 0,
    timeout: false,
    throwHttpErrors: false,
    credentials: 'omit',
    cache: 'no-store',
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  }));
}
