// The method and path of every /api/v1 endpoint, by name: the part of the contract a page needs before
// (or without) the schemas. Plain TypeScript, no zod, so the dashboard's boot prefetch and the
// content script can use it without loading the schemas. Roles and schemas of the same names are in
// ./endpoints.ts; TypeScript makes the two tables cover each other exactly.

export const API_PREFIX = '/api/v1';

export const PATHS = {
  me: { method: 'get', path: '/me' },
  units: { method: 'get', path: '/units' },
  users: { method: 'get', path: '/users' },
  postEvents: { method: 'post', path: '/events' },
  tallies: { method: 'get', path: '/tallies' },
  casesOverThreshold: { method: 'get', path: '/cases/over-threshold' },
  caseDefects: { method: 'get', path: '/cases/:caseNumber/defects' },
  fileObjection: { method: 'post', path: '/objections' },
  correctDefect: { method: 'post', path: '/defects/:id/correction' },
  audit: { method: 'get', path: '/audit' },
  objections: { method: 'get', path: '/objections' },
  decideObjection: { method: 'post', path: '/objections/:id/decision' },
  quarterlyReport: { method: 'get', path: '/reports/quarterly' },
  trainingRecords: { method: 'get', path: '/training-records' },
  summary: { method: 'get', path: '/summary' },
  ruleConfig: { method: 'get', path: '/rule-config' },
  putRuleConfig: { method: 'put', path: '/rule-config' },
  ruleConfigHistory: { method: 'get', path: '/rule-config/history' },
  adapters: { method: 'get', path: '/adapters' },
  putAdapters: { method: 'put', path: '/adapters' },
  calendarOverrides: { method: 'get', path: '/calendar-overrides' },
  putCalendarOverrides: { method: 'put', path: '/calendar-overrides' },
  postCaseActivity: { method: 'post', path: '/case-activity' },
  issueNotice: { method: 'post', path: '/notices' },
  notices: { method: 'get', path: '/notices' },
  replyNotice: { method: 'post', path: '/notices/:id/reply' },
  rectification: { method: 'get', path: '/rectification' },
  // Issue 11b: leaders' cases, units' 综合评价, chiefs by tenure.
  leadersReport: { method: 'get', path: '/reports/leaders' },
  evaluationReport: { method: 'get', path: '/reports/evaluation' },
  evaluationIndicators: { method: 'get', path: '/evaluation-indicators' },
  putEvaluationIndicators: { method: 'put', path: '/evaluation-indicators' },
  putUserPosts: { method: 'put', path: '/users/:id/posts' },
  fileEvaluationObjection: { method: 'post', path: '/evaluation-objections' },
  decideEvaluationObjection: { method: 'post', path: '/evaluation-objections/:id/decision' },
} as const;

export type EndpointName = keyof typeof PATHS;

/**
 * The path of an endpoint below the origin, with its path parameters filled in (URI-encoded):
 * `apiPath('caseDefects', { caseNumber: '苏检…' })` → `/api/v1/cases/%E8%8B%8F…/defects`.
 */
export function apiPath(name: EndpointName, params: Record<string, string | number> = {}): string {
  return API_PREFIX + PATHS[name].path.replace(/:(\w+)/g, (_, k: string) => {
    const v = params[k];
    if (v === undefined) throw new Error(`apiPath(${name}): missing path parameter ${k}`);
    return encodeURIComponent(String(v));
  });
}
