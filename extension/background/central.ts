// Central configuration: rule points and warning windows, adapters and holiday-calendar overrides,
// pulled by the background from the companion (GET /api/v1/rule-config, /adapters,
// /calendar-overrides). Each answer is validated with shared/api's schemas; a failed pull keeps the
// last good copy and records why, in words. Pure functions here; background.ts does storage and alarms.
import type { KyInstance } from 'ky';
import {
  AdaptersResponseSchema, CalendarOverridesSchema, RuleConfigSchema,
  type AdaptersResponse, type CalendarOverrides, type RuleConfig,
} from '../../shared/api/settings';
import { calendarFromOverrides, serializeCalendar } from '../../shared/calendar';
import { centralRules } from '../../shared/api/central-rules';
import { resolveRuleSettings } from '../../shared/engine/config';
import { rules as catalogue } from '../../shared/rules';
import { createApiClient } from '../../shared/api/client';
import { kyHttp } from '../sync/client';
import { CENTRAL_KEYS, type CentralPublic, type LocalizedError, type SerializedCalendar } from '../settings';

/** The alarm that pulls the central configuration again. */
export const CENTRAL_ALARM = 'caselight:central';
export const CENTRAL_PERIOD_MINUTES = 30;

export type CentralResource = 'ruleConfig' | 'adapters' | 'calendarOverrides';
export const CENTRAL_RESOURCES: readonly CentralResource[] = ['ruleConfig', 'adapters', 'calendarOverrides'];

const RESOURCE = {
  ruleConfig: { endpoint: 'ruleConfig', schema: RuleConfigSchema, zh: '规则配置', en: 'rule config' },
  adapters: { endpoint: 'adapters', schema: AdaptersResponseSchema, zh: '适配器', en: 'adapters' },
  calendarOverrides: { endpoint: 'calendarOverrides', schema: CalendarOverridesSchema, zh: '节假日调整', en: 'calendar overrides' },
} as const;

/** The last good copies as kept in chrome.storage.local (CENTRAL_KEYS). */
export interface CentralStored {
  ruleConfig: RuleConfig | null;
  adapters: AdaptersResponse | null;
  calendarOverrides: CalendarOverrides | null;
  fetchedAt: string | null;
  error: LocalizedError | null;
}

export const EMPTY_CENTRAL: CentralStored = { ruleConfig: null, adapters: null, calendarOverrides: null, fetchedAt: null, error: null };

function errorOf(v: unknown): LocalizedError | null {
  if (!v || typeof v !== 'object') return null;
  const e = v as Partial<LocalizedError>;
  return typeof e.at === 'string' && typeof e.zh === 'string' && typeof e.en === 'string' ? { at: e.at, zh: e.zh, en: e.en } : null;
}

/** Reads the stored copies (re-validated: storage may have been edited by hand). */
export function readCentral(raw: Record<string, unknown>): CentralStored {
  const parse = <K extends CentralResource>(k: K) => {
    const r = RESOURCE[k].schema.safeParse(raw[CENTRAL_KEYS[k]]);
    return (r.success ? r.data : null) as CentralStored[K];
  };
  const fetchedAt = raw[CENTRAL_KEYS.fetchedAt];
  return {
    ruleConfig: parse('ruleConfig'),
    adapters: parse('adapters'),
    calendarOverrides: parse('calendarOverrides'),
    fetchedAt: typeof fetchedAt === 'string' ? fetchedAt : null,
    error: errorOf(raw[CENTRAL_KEYS.error]),
  };
}

/** The storage write for a stored state. */
export function centralToStorage(c: CentralStored): Record<string, unknown> {
  return {
    [CENTRAL_KEYS.ruleConfig]: c.ruleConfig,
    [CENTRAL_KEYS.adapters]: c.adapters,
    [CENTRAL_KEYS.calendarOverrides]: c.calendarOverrides,
    [CENTRAL_KEYS.fetchedAt]: c.fetchedAt,
    [CENTRAL_KEYS.error]: c.error,
  };
}

export type FetchOutcome<T = unknown> = { ok: true; value: T } | { ok: false; zh: string; en: string };

function reasonOf(body: unknown): string {
  const r = body && typeof body === 'object' ? (body as { reason?: { zh?: unknown; en?: unknown } }).reason : undefined;
  return r && typeof r.en === 'string' ? `: ${r.en}` : '';
}

/** GETs one resource and validates it; never throws. */
export async function fetchResource(http: KyInstance, companionUrl: string, token: string, resource: CentralResource): Promise<FetchOutcome> {
  const call = createApiClient(kyHttp(http), { baseUrl: companionUrl, token: () => token });
  let answer;
  try {
    answer = await call(RESOURCE[resource].endpoint);
  } catch (e) {
    if ((e as { name?: string } | null)?.name === 'TimeoutError') return { ok: false, zh: '伴随服务响应超时', en: 'the companion did not answer in time' };
    return { ok: false, zh: '无法连接伴随服务（网络不通或服务器未运行）', en: 'cannot reach the companion (network down or server not running)' };
  }
  const { body, status: s } = answer;
  if (s === 401) return { ok: false, zh: `令牌被拒绝（HTTP 401），请向管理员申请新令牌`, en: 'the token was rejected (HTTP 401); ask the administrator for a new one' };
  if (s === 403) return { ok: false, zh: `无权读取（HTTP 403）`, en: `not allowed (HTTP 403${reasonOf(body)})` };
  if (s === 404) return { ok: false, zh: `伴随服务没有此接口（HTTP 404），地址可能有误或版本过旧`, en: 'the companion has no such endpoint (HTTP 404): wrong URL or an older companion' };
  if (s >= 500) return { ok: false, zh: `伴随服务出错（HTTP ${s}）`, en: `the companion failed (HTTP ${s})` };
  if (!answer.response.ok) return { ok: false, zh: `请求失败（HTTP ${s}）`, en: `request failed (HTTP ${s}${reasonOf(body)})` };
  if (!answer.ok) {
    if (answer.problem?.kind !== 'invalid') return { ok: false, zh: '伴随服务的答复不是 JSON', en: 'the companion answered something other than JSON' };
    const where = `${answer.problem.path}: ${answer.problem.message}`;
    return { ok: false, zh: `答复格式无效（${where}）`, en: `invalid answer (${where})` };
  }
  return { ok: true, value: answer.data };
}

export interface PullDeps {
  http: KyInstance;
  companionUrl: string;
  token: string;
  now?: () => Date;
}

/**
 * Pulls the three resources and folds them into the previous state: a resource that arrived valid
 * replaces its copy; one that did not keeps the last good copy, and `error` says which and why.
 * `fetchedAt` moves only when all three arrived. Not configured → the state is kept as it is.
 */
export async function pullCentral(prev: CentralStored, deps: PullDeps): Promise<CentralStored> {
  const at = (deps.now?.() ?? new Date()).toISOString();
  if (deps.companionUrl.trim() === '' || deps.token === '') {
    return {
      ...prev,
      error: { at, zh: '尚未设置伴随服务地址或令牌，使用上次取得的集中配置（如有）', en: 'Companion URL or token not set; using the last central configuration fetched (if any)' },
    };
  }
  const outcomes = await Promise.all(CENTRAL_RESOURCES.map((r) => fetchResource(deps.http, deps.companionUrl, deps.token, r)));
  const next: CentralStored = { ...prev };
  const zh: string[] = [];
  const en: string[] = [];
  CENTRAL_RESOURCES.forEach((r, i) => {
    const o = outcomes[i];
    if (o.ok) (next as unknown as Record<string, unknown>)[r] = o.value;
    else {
      zh.push(`${RESOURCE[r].zh}：${o.zh}`);
      en.push(`${RESOURCE[r].en}: ${o.en}`);
    }
  });
  if (zh.length === 0) return { ...next, fetchedAt: at, error: null };
  return {
    ...next,
    error: {
      at,
      zh: `集中配置未能全部更新，沿用上次取得的副本。${zh.join('；')}`,
      en: `Central configuration not fully updated; keeping the last good copy. ${en.join('; ')}`,
    },
  };
}

/** Central rule settings → the engine's per-rule settings; shared with the companion, which books points with it. */
export { centralRules } from '../../shared/api/central-rules';

/** Central calendar overrides → a validated calendar flattened for content scripts; null when none. */
export function centralCalendar(overrides: CalendarOverrides | null): { calendar: SerializedCalendar | null; problem?: { zh: string; en: string } } {
  const list = overrides?.overrides ?? [];
  if (list.length === 0) return { calendar: null };
  try {
    // A year the administrator entered dates for counts as loaded: its deadlines may light red again.
    const cal = calendarFromOverrides(list);
    return {
      calendar: serializeCalendar(cal),
    };
  } catch (e) {
    const m = e instanceof Error ? e.message : String(e);
    return { calendar: null, problem: { zh: `节假日调整未采用：${m}`, en: `calendar overrides not applied: ${m}` } };
  }
}

/** What content scripts, the popup and the options page get of the central configuration. */
export function toCentralPublic(c: CentralStored): CentralPublic {
  const { rules, problems } = centralRules(c.ruleConfig);
  const { calendar, problem } = centralCalendar(c.calendarOverrides);
  return {
    fetchedAt: c.fetchedAt,
    error: c.error,
    rules,
    // Merged here (the engine's own merge, on settings centralRules accepted), so the content
    // script only applies them (withRuleConfigs) and carries no merge or validation of its own.
    configured: resolveRuleSettings(catalogue, rules),
    calendar,
    problems: problem ? [...problems, problem] : problems,
    counts: {
      rules: c.ruleConfig?.rules.length ?? 0,
      adapters: c.adapters?.adapters.length ?? 0,
      calendarOverrides: c.calendarOverrides?.overrides.length ?? 0,
    },
  };
}
