// The connection you can see: who the token signs in as (GET /api/v1/me: name, role, unit), the
// 伴随服务's version (GET /healthz) and, from the sync status, when it last delivered. The options
// page's 测试连接 asks for a fresh check; the popup shows the last good one (checked again when the
// URL or token changed). A wrong token, a wrong address and an unreachable server each say so, in
// words, and name the field to fix. Only extension pages may ask (the content scripts never see who).
import type { KyInstance } from 'ky';
import { apiUrl } from '../../shared/api/client';

export type Role = 'prosecutor' | 'supervisor' | 'trainer' | 'admin';

export interface Identity {
  name: string;
  role: Role;
  unitName: string;
}

export type ConnectionProblem = 'not-configured' | 'unauthorized' | 'not-found' | 'offline' | 'timeout' | 'server';

export type Connection =
  | { ok: true; user: Identity; version: string | null; checkedAt: string; companionUrl: string }
  | { ok: false; problem: ConnectionProblem; status?: number; message: { zh: string; en: string }; field: 'token' | 'companionUrl' | null; checkedAt: string };

/** Messages extension pages send to the background about the connection. */
export type ConnectionMessage = { type: 'connection/test' } | { type: 'connection/get' };

export function isConnectionMessage(m: unknown): m is ConnectionMessage {
  const type = typeof m === 'object' && m !== null ? (m as { type?: unknown }).type : undefined;
  return type === 'connection/test' || type === 'connection/get';
}

/** chrome.storage.local key of the last successful check (no token in it). */
export const CONNECTION_KEY = 'connection';

const ROLES: readonly Role[] = ['prosecutor', 'supervisor', 'trainer', 'admin'];

/** 检察官 / 部门负责人 / 培训讲师 / 管理员 (the roles' names on the dashboard and in the README). */
export const ROLE_WORDS: Readonly<Record<Role, { zh: string; en: string }>> = {
  prosecutor: { zh: '检察官', en: 'prosecutor' },
  supervisor: { zh: '部门负责人', en: 'supervisor' },
  trainer: { zh: '培训讲师', en: 'trainer' },
  admin: { zh: '管理员', en: 'administrator' },
};

function problem(p: ConnectionProblem, at: string, status?: number): Connection {
  const words: Record<ConnectionProblem, { zh: string; en: string; field: 'token' | 'companionUrl' | null }> = {
    'not-configured': { zh: '尚未填写伴随服务地址或访问令牌', en: 'The companion URL or the access token is not set', field: null },
    unauthorized: { zh: `访问令牌无效或已停用（HTTP ${status ?? 401}），请向管理员申请新令牌`, en: `The access token is wrong or revoked (HTTP ${status ?? 401}); ask the administrator for a new one`, field: 'token' },
    'not-found': { zh: `此地址不是伴随服务（HTTP ${status ?? 404}），请核对地址`, en: `This address is not a CaseLight companion (HTTP ${status ?? 404}); check the URL`, field: 'companionUrl' },
    offline: { zh: '无法连接伴随服务：地址有误、网络不通或服务未运行', en: 'Cannot reach the companion: wrong address, no network, or it is not running', field: 'companionUrl' },
    timeout: { zh: '伴随服务响应超时，请稍后再试', en: 'The companion did not answer in time; try again later', field: null },
    server: { zh: `伴随服务出错（HTTP ${status ?? 500}），请稍后再试`, en: `The companion failed (HTTP ${status ?? 500}); try again later`, field: null },
  };
  const w = words[p];
  return { ok: false, problem: p, ...(status === undefined ? {} : { status }), message: { zh: w.zh, en: w.en }, field: w.field, checkedAt: at };
}

function parseIdentity(body: unknown): Identity | null {
  const u = (body as { user?: { name?: unknown; role?: unknown; unitName?: unknown } } | null)?.user;
  if (!u || typeof u.name !== 'string' || typeof u.unitName !== 'string' || !ROLES.includes(u.role as Role)) return null;
  return { name: u.name, role: u.role as Role, unitName: u.unitName };
}

/** Asks the companion who the token is, and its version. Never throws. */
export async function testConnection(http: KyInstance, settings: { companionUrl: string; token: string }, now: () => Date = () => new Date()): Promise<Connection> {
  const at = now().toISOString();
  const base = settings.companionUrl.trim().replace(/\/+$/, '');
  if (!base || !settings.token) return problem('not-configured', at);
  let res: Response;
  try {
    res = await http.get(apiUrl('me', {}, base), { headers: { authorization: `Bearer ${settings.token}` } });
  } catch (e) {
    return problem((e as { name?: string } | null)?.name === 'TimeoutError' ? 'timeout' : 'offline', at);
  }
  if (res.status === 401 || res.status === 403) return problem('unauthorized', at, res.status);
  if (res.status === 404) return problem('not-found', at, 404);
  if (!res.ok) return problem('server', at, res.status);
  let user: Identity | null = null;
  try {
    user = parseIdentity(await res.json());
  } catch {
    user = null;
  }
  if (!user) return problem('not-found', at, res.status);
  let version: string | null = null;
  try {
    const health = await http.get(`${base}/healthz`);
    const v = health.ok ? ((await health.json()) as { version?: unknown }).version : undefined;
    version = typeof v === 'string' ? v : null;
  } catch {
    version = null;
  }
  return { ok: true, user, version, checkedAt: at, companionUrl: base };
}

/** "3分钟前" / "3 min ago": how long ago an instant was, in the largest whole unit. */
export function ago(locale: 'zh-CN' | 'en', iso: string, now: Date): string {
  const s = Math.max(0, Math.round((now.getTime() - Date.parse(iso)) / 1000));
  const zh = locale !== 'en';
  if (s < 60) return zh ? '刚刚' : 'just now';
  const m = Math.floor(s / 60);
  if (m < 60) return zh ? `${m}分钟前` : `${m} min ago`;
  const h = Math.floor(m / 60);
  if (h < 24) return zh ? `${h}小时前` : `${h} h ago`;
  const d = Math.floor(h / 24);
  return zh ? `${d}天前` : `${d} d ago`;
}

/**
 * "已连接：张三 · 检察官 · 秦州区院 · 3分钟前同步" / "Connected: 张三 · prosecutor · 秦州区院 · synced 3 min ago".
 * Without a delivery yet: "· 尚未同步".
 */
export function connectedLine(locale: 'zh-CN' | 'en', c: Extract<Connection, { ok: true }>, lastSyncAt: string | null, now: Date): string {
  const zh = locale !== 'en';
  const role = ROLE_WORDS[c.user.role][zh ? 'zh' : 'en'];
  const synced = lastSyncAt ? (zh ? `${ago(locale, lastSyncAt, now)}同步` : `synced ${ago(locale, lastSyncAt, now)}`) : zh ? '尚未同步' : 'not synced yet';
  return `${zh ? '已连接：' : 'Connected: '}${[c.user.name, role, c.user.unitName, synced].join(' · ')}`;
}

export interface ConnectionServiceDeps {
  http: KyInstance;
  getSettings(): Promise<{ companionUrl: string; token: string }>;
  storage: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void>; remove(key: string): Promise<void> };
  now?: () => Date;
}

/** Only the extension's own pages (popup, options) learn who is signed in. */
export function fromExtensionPage(sender: { url?: string; tab?: unknown }): boolean {
  return typeof sender.url === 'string' && /^(chrome|moz)-extension:\/\//.test(sender.url);
}

/**
 * Which token a stored check was made with, without keeping the token: the first 16 hex digits of
 * its SHA-256. A check made with another token (the user pasted a new one) no longer says who is
 * signed in, even before the settings listener has forgotten it.
 */
export async function tokenTag(token: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token)));
  return Array.from(digest.subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

type StoredConnection = Extract<Connection, { ok: true }> & { tokenTag?: string };

export function createConnectionService(deps: ConnectionServiceDeps) {
  async function test(): Promise<Connection> {
    const settings = await deps.getSettings();
    const result = await testConnection(deps.http, settings, deps.now);
    if (result.ok) await deps.storage.set({ [CONNECTION_KEY]: { ...result, tokenTag: await tokenTag(settings.token) } satisfies StoredConnection });
    else if (result.field !== null || result.problem === 'not-configured') await deps.storage.remove(CONNECTION_KEY);
    return result;
  }
  return {
    test,
    /** The last good check for the current address and token, else a fresh one. */
    async get(): Promise<Connection> {
      const [stored, settings] = await Promise.all([deps.storage.get(CONNECTION_KEY), deps.getSettings()]);
      const cached = stored[CONNECTION_KEY] as StoredConnection | Connection | undefined;
      if (cached?.ok && cached.companionUrl === settings.companionUrl.trim().replace(/\/+$/, '') && settings.token
        && 'tokenTag' in cached && cached.tokenTag === await tokenTag(settings.token)) {
        const { tokenTag: _tag, ...connection } = cached;
        return connection;
      }
      return test();
    },
    /** The address or token changed: the last check no longer says who is signed in. */
    forget(): Promise<void> {
      return deps.storage.remove(CONNECTION_KEY);
    },
    handle(message: ConnectionMessage): Promise<Connection> {
      return message.type === 'connection/test' ? test() : this.get();
    },
  };
}
