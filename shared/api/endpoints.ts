// The API contract, stated once: every /api/v1 endpoint by name — method, path, roles, schemas —
// in one entry of one table. The companion registers its routes from it (companion/routes/context.ts:
// `register`), the typed client (./client.ts) calls it by name, docs/openapi.json is generated from
// it (scripts/gen-openapi.ts), and the dashboard's zod-free boot gets method and path derived from it
// at build time (companion/dashboard/api-routes-plugin.ts), so none of them can drift from the
// others. Adding an endpoint is one entry here and its handler (companion/README.md, "Adding an endpoint").
import type { z } from 'zod';
import { AuditQuerySchema, AuditResponseSchema, DefectCorrectionSchema, DefectParamsSchema } from './audit';
import {
  CalendarOverridesSchema, AdapterParamsSchema, AdapterRollbackSchema, AdapterVersionsSchema, AdaptersResponseSchema, AdaptersUpdateSchema, RuleConfigHistorySchema, RuleConfigSchema, RuleConfigUpdateSchema,
} from './settings';
import { EventBatchEnvelopeSchema, EventBatchResultSchema, EventBatchSchema } from './events';
import {
  CaseDefectsResponseSchema, CaseParamsSchema, DefectSchema, OverThresholdQuerySchema, OverThresholdResponseSchema,
  SummaryQuerySchema, SummaryResponseSchema, TallyQuerySchema, TallyResponseSchema,
} from './ledger';
import { ObjectionCreateSchema, ObjectionDecisionSchema, ObjectionListQuerySchema, ObjectionListResponseSchema, ObjectionParamsSchema, ObjectionSchema } from './objections';
import { QuarterlyReportQuerySchema, QuarterlyReportSchema } from './reports';
import {
  CaseActivityBatchSchema, CaseActivityEnvelopeSchema, CaseActivityResultSchema, NoticeCreateSchema, NoticeListQuerySchema, NoticeListResponseSchema,
  NoticeParamsSchema, NoticeReplySchema, NoticeSchema, RectificationQuerySchema, RectificationResponseSchema,
} from './loop';
import { MeResponseSchema, UnitsResponseSchema, UsersResponseSchema } from './users';
import { TrainingRecordsQuerySchema, TrainingRecordsResponseSchema } from './training';
import {
  AssessmentBatchResultSchema, AssessmentBatchSchema, AssessmentEnvelopeSchema, AssessmentInstrumentBodySchema, AssessmentInstrumentSchema,
  AssessmentSummaryQuerySchema, AssessmentSummarySchema,
} from './assessments';
import type { Role } from './common';
import {
  EvaluationObjectionCreateSchema, EvaluationObjectionParamsSchema, EvaluationObjectionSchema, EvaluationReportQuerySchema, EvaluationReportSchema,
  IndicatorSetResponseSchema, IndicatorSetShapeSchema, LeadersReportQuerySchema, LeadersReportSchema, UserPostsParamsSchema, UserPostsSchema,
} from './evaluation';

/** The prefix of every endpoint's path. */
export const API_PREFIX = '/api/v1';

export interface Endpoint {
  method: 'get' | 'post' | 'put';
  /** Express-style path below /api/v1, e.g. `/cases/:caseNumber/defects`. */
  path: string;
  summary: { zh: string; en: string };
  /** Who may call it; everyone else gets 403. Scope rules (own / unit and below / all) apply on top. */
  roles: readonly Role[];
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Status and schema of the success answer. */
  response: { status: number; schema: z.ZodType };
  /** Other media types of the success answer (reports). */
  alternatives?: readonly string[];
  /**
   * What the route parses the body with when it checks the items one by one (POST /events refuses a
   * bad event by itself); `body` still says what a valid request looks like (docs, client).
   */
  envelope?: z.ZodType;
}

/** Keeps an entry's literal types (method, path, schemas) so the client and the routes are typed by them. */
const define = <const E extends Endpoint>(e: E): E => e;

const everyone = ['prosecutor', 'supervisor', 'trainer', 'admin'] as const;
const readers = ['prosecutor', 'supervisor', 'admin'] as const;
const XLSX_CSV = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] as const;

export const ENDPOINTS = {
  me: define({ method: 'get', path: '/me', summary: { zh: '当前用户及可见单位', en: 'The caller and the units they may see' },
    roles: everyone, response: { status: 200, schema: MeResponseSchema } }),
  units: define({ method: 'get', path: '/units', summary: { zh: '可见单位列表', en: 'Units the caller may see' },
    roles: everyone, response: { status: 200, schema: UnitsResponseSchema } }),
  users: define({ method: 'get', path: '/users', summary: { zh: '可见用户列表', en: 'Users in the units the caller may see (prosecutors: themselves)' },
    roles: readers, response: { status: 200, schema: UsersResponseSchema } }),
  postEvents: define({ method: 'post', path: '/events', summary: { zh: '上报瑕疵事件（批量，按 id 幂等）', en: 'Post a batch of defect events (idempotent by id)' },
    roles: everyone, body: EventBatchSchema, envelope: EventBatchEnvelopeSchema, response: { status: 200, schema: EventBatchResultSchema } }),
  tallies: define({ method: 'get', path: '/tallies', summary: { zh: '积分统计（按检察官/单位/规则/月/季度）', en: 'Points tallies by prosecutor, unit, rule, month or quarter' },
    roles: readers, query: TallyQuerySchema, response: { status: 200, schema: TallyResponseSchema } }),
  casesOverThreshold: define({ method: 'get', path: '/cases/over-threshold', summary: { zh: '个案积分达到阈值的案件', en: 'Cases at or over the per-case threshold' },
    roles: readers, query: OverThresholdQuerySchema, response: { status: 200, schema: OverThresholdResponseSchema } }),
  caseDefects: define({ method: 'get', path: '/cases/:caseNumber/defects', summary: { zh: '案件的瑕疵记录', en: "A case's defects" },
    roles: readers, params: CaseParamsSchema, response: { status: 200, schema: CaseDefectsResponseSchema } }),
  fileObjection: define({ method: 'post', path: '/objections', summary: { zh: '对本人瑕疵提出异议', en: 'Object to one of your own defects' },
    roles: ['prosecutor', 'supervisor'], body: ObjectionCreateSchema, response: { status: 201, schema: ObjectionSchema } }),
  correctDefect: define({ method: 'post', path: '/defects/:id/correction', summary: { zh: '管理员更正瑕疵积分（须说明理由，记入审计记录）', en: "Correct a defect's points (administrator, with a reason; kept in the audit trail)" },
    roles: ['admin'], params: DefectParamsSchema, body: DefectCorrectionSchema, response: { status: 200, schema: DefectSchema } }),
  audit: define({ method: 'get', path: '/audit', summary: { zh: '审计记录（积分更正、异议审查、规则配置）', en: 'Audit trail: corrections, objection decisions, rule-configuration versions' },
    roles: ['admin'], query: AuditQuerySchema, response: { status: 200, schema: AuditResponseSchema } }),
  objections: define({ method: 'get', path: '/objections', summary: { zh: '异议列表（分页，可按提出时间正序）', en: 'Objections, paged (filter by status; oldest or newest first)' },
    roles: readers, query: ObjectionListQuerySchema, response: { status: 200, schema: ObjectionListResponseSchema } }),
  decideObjection: define({ method: 'post', path: '/objections/:id/decision', summary: { zh: '审查异议（本单位及下级）', en: 'Decide an objection (supervisor of the unit or above)' },
    roles: ['supervisor'], params: ObjectionParamsSchema, body: ObjectionDecisionSchema, response: { status: 200, schema: ObjectionSchema } }),
  quarterlyReport: define({ method: 'get', path: '/reports/quarterly', summary: { zh: '季度晒案清单（JSON/CSV/XLSX）', en: 'Quarterly 晒案 list (JSON, CSV or XLSX)' },
    roles: readers, query: QuarterlyReportQuerySchema, response: { status: 200, schema: QuarterlyReportSchema },
    alternatives: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] }),
  trainingRecords: define({ method: 'get', path: '/training-records', summary: { zh: '训练记录（培训系统中的发现与异议，不计入台账）', en: 'Training records: findings and objections made in the training system (never in the ledger)' },
    roles: ['trainer', 'supervisor', 'admin'], query: TrainingRecordsQuerySchema, response: { status: 200, schema: TrainingRecordsResponseSchema } }),
  summary: define({ method: 'get', path: '/summary', summary: { zh: '看板概览', en: 'Dashboard overview' },
    roles: readers, query: SummaryQuerySchema, response: { status: 200, schema: SummaryResponseSchema } }),
  ruleConfig: define({ method: 'get', path: '/rule-config', summary: { zh: '规则分值、预警窗口与阈值', en: 'Rule points, warning windows and thresholds' },
    roles: everyone, response: { status: 200, schema: RuleConfigSchema } }),
  putRuleConfig: define({ method: 'put', path: '/rule-config', summary: { zh: '设置规则分值、预警窗口与阈值', en: 'Set rule points, warning windows and thresholds' },
    roles: ['admin'], body: RuleConfigUpdateSchema, response: { status: 200, schema: RuleConfigSchema } }),
  ruleConfigHistory: define({ method: 'get', path: '/rule-config/history', summary: { zh: '规则配置的历史版本及生效时间', en: 'Every rule-configuration version and when it came into force' },
    roles: ['supervisor', 'admin'], response: { status: 200, schema: RuleConfigHistorySchema } }),
  adapters: define({ method: 'get', path: '/adapters', summary: { zh: '业务系统适配器', en: 'Host-system adapters' },
    roles: everyone, response: { status: 200, schema: AdaptersResponseSchema } }),
  putAdapters: define({ method: 'put', path: '/adapters', summary: { zh: '发布适配器（改动的适配器升版本号，每个版本都保留）', en: 'Publish the adapters (a changed adapter gets the next version; every version is kept)' },
    roles: ['admin'], body: AdaptersUpdateSchema, response: { status: 200, schema: AdaptersResponseSchema } }),
  adapterVersions: define({ method: 'get', path: '/adapters/:id/versions', summary: { zh: '适配器的历史版本（新的在前）', en: "An adapter's published versions, newest first" },
    roles: ['admin'], params: AdapterParamsSchema, response: { status: 200, schema: AdapterVersionsSchema } }),
  rollbackAdapter: define({ method: 'post', path: '/adapters/:id/rollback', summary: { zh: '回滚适配器：把某个历史版本作为新版本重新发布', en: 'Roll an adapter back: publish an earlier version again as a new version' },
    roles: ['admin'], params: AdapterParamsSchema, body: AdapterRollbackSchema, response: { status: 200, schema: AdaptersResponseSchema } }),
  calendarOverrides: define({ method: 'get', path: '/calendar-overrides', summary: { zh: '节假日调整', en: 'Holiday-calendar overrides' },
    roles: everyone, response: { status: 200, schema: CalendarOverridesSchema } }),
  putCalendarOverrides: define({ method: 'put', path: '/calendar-overrides', summary: { zh: '替换节假日调整', en: 'Replace the holiday-calendar overrides' },
    roles: ['admin'], body: CalendarOverridesSchema, response: { status: 200, schema: CalendarOverridesSchema } }),
  postCaseActivity: define({ method: 'post', path: '/case-activity', summary: { zh: '上报案件检查记录（仅案号、日期；批量，按 id 幂等）', en: 'Post checked cases: ids and dates only (batch, idempotent by id)' },
    roles: ['prosecutor', 'supervisor'], body: CaseActivityBatchSchema, envelope: CaseActivityEnvelopeSchema, response: { status: 200, schema: CaseActivityResultSchema } }),
  issueNotice: define({ method: 'post', path: '/notices', summary: { zh: '发送流程监控通知书（送达案件承办检察官，10日内回复）', en: "Issue a case-flow monitoring notice to the case's prosecutor (reply within 10 days)" },
    roles: ['supervisor'], body: NoticeCreateSchema, response: { status: 201, schema: NoticeSchema } }),
  notices: define({ method: 'get', path: '/notices', summary: { zh: '流程监控通知书列表（检察官：本人；部门负责人：本单位及下级）', en: 'Monitoring notices, paged (prosecutors: their own; supervisors: their scope)' },
    roles: readers, query: NoticeListQuerySchema, response: { status: 200, schema: NoticeListResponseSchema } }),
  replyNotice: define({ method: 'post', path: '/notices/:id/reply', summary: { zh: '书面回复流程监控通知书（仅限承办检察官）', en: 'Answer a monitoring notice (the addressee only)' },
    roles: ['prosecutor', 'supervisor'], params: NoticeParamsSchema, body: NoticeReplySchema, response: { status: 200, schema: NoticeSchema } }),
  rectification: define({ method: 'get', path: '/rectification', summary: { zh: '整改跟踪：各单位、检察官未整改的红灯瑕疵及持续天数', en: 'Rectification: open red defects per unit and prosecutor, and how long open' },
    roles: ['supervisor', 'admin'], query: RectificationQuerySchema, response: { status: 200, schema: RectificationResponseSchema } }),
  // Issue 11b: leaders' cases (云南), units' 综合评价 (天津), chiefs by tenure (黑龙江).
  leadersReport: define({ method: 'get', path: '/reports/leaders', summary: { zh: '领导干部带头办案月报（JSON/CSV/XLSX）', en: "Leaders' own cases by month (JSON, CSV or XLSX)" },
    roles: ['supervisor', 'admin'], query: LeadersReportQuerySchema, response: { status: 200, schema: LeadersReportSchema }, alternatives: XLSX_CSV }),
  evaluationReport: define({ method: 'get', path: '/reports/evaluation', summary: { zh: '下级单位综合评价及检察长任期归属（JSON/CSV/XLSX）', en: 'Evaluation of the units below, and chiefs by tenure (JSON, CSV or XLSX)' },
    roles: ['supervisor', 'admin'], query: EvaluationReportQuerySchema, response: { status: 200, schema: EvaluationReportSchema }, alternatives: XLSX_CSV }),
  evaluationIndicators: define({ method: 'get', path: '/evaluation-indicators', summary: { zh: '综合评价指标集', en: 'The evaluation indicator set' },
    roles: ['supervisor', 'admin'], response: { status: 200, schema: IndicatorSetResponseSchema } }),
  putEvaluationIndicators: define({ method: 'put', path: '/evaluation-indicators', summary: { zh: '设置综合评价指标集（正向不多于5个，负向不少于2个）', en: 'Set the evaluation indicator set (at most 5 positive, at least 2 negative)' },
    roles: ['admin'], body: IndicatorSetShapeSchema, response: { status: 200, schema: IndicatorSetResponseSchema } }),
  putUserPosts: define({ method: 'put', path: '/users/:id/posts', summary: { zh: '设置用户的任职（检察长，起止日期）', en: "Set a user's posts (chief prosecutor, start and end dates)" },
    roles: ['admin'], params: UserPostsParamsSchema, body: UserPostsSchema, response: { status: 200, schema: UserPostsSchema } }),
  fileEvaluationObjection: define({ method: 'post', path: '/evaluation-objections', summary: { zh: '对本单位综合评价数据提出异议', en: "Dispute one of your unit's evaluation figures" },
    roles: ['supervisor'], body: EvaluationObjectionCreateSchema, response: { status: 201, schema: EvaluationObjectionSchema } }),
  decideEvaluationObjection: define({ method: 'post', path: '/evaluation-objections/:id/decision', summary: { zh: '审查对评价数据的异议（上级单位）', en: 'Decide a dispute of an evaluation figure (a unit above)' },
    roles: ['supervisor', 'admin'], params: EvaluationObjectionParamsSchema, body: ObjectionDecisionSchema, response: { status: 200, schema: EvaluationObjectionSchema } }),
  assessmentInstrument: define({ method: 'get', path: '/assessment-instrument', summary: { zh: '社会危险性量化评估表（当前版本）', en: 'The social-danger assessment instrument in force' },
    roles: everyone, response: { status: 200, schema: AssessmentInstrumentSchema } }),
  putAssessmentInstrument: define({ method: 'put', path: '/assessment-instrument', summary: { zh: '设置社会危险性量化评估表（新版本）', en: 'Set the assessment instrument (a new version)' },
    roles: ['admin'], body: AssessmentInstrumentBodySchema, response: { status: 200, schema: AssessmentInstrumentSchema } }),
  postAssessments: define({ method: 'post', path: '/assessments', summary: { zh: '上报社会危险性评估结果（仅版本、条目编号、分数、分档、决定；按 id 幂等）', en: 'Post assessments: version, item ids, score, band, decision only (batch, idempotent by id)' },
    roles: ['prosecutor', 'supervisor', 'trainer'], body: AssessmentBatchSchema, envelope: AssessmentEnvelopeSchema, response: { status: 200, schema: AssessmentBatchResultSchema } }),
  assessmentSummary: define({ method: 'get', path: '/assessments/summary', summary: { zh: '各单位评估分档与逮捕决定对照', en: 'Per unit: how arrest decisions relate to the assessment bands' },
    roles: ['supervisor', 'trainer', 'admin'], query: AssessmentSummaryQuerySchema, response: { status: 200, schema: AssessmentSummarySchema } }),
} as const satisfies Record<string, Endpoint>;

export type EndpointName = keyof typeof ENDPOINTS;

/** Every endpoint, in table order (openapi, tests). */
export const endpoints: readonly Endpoint[] = Object.values(ENDPOINTS);

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;
type Input<S> = S extends z.ZodType ? z.input<S> : undefined;
/** The parsed path parameters, query and body a route of this endpoint receives. */
export type ParamsOf<N extends EndpointName> = Parsed<(typeof ENDPOINTS)[N] extends { params: infer S } ? S : undefined>;
export type QueryOf<N extends EndpointName> = Parsed<(typeof ENDPOINTS)[N] extends { query: infer S } ? S : undefined>;
export type BodyOf<N extends EndpointName> = Parsed<(typeof ENDPOINTS)[N] extends { body: infer S } ? S : undefined>;
/** What a caller sends (before the schemas' defaults and coercions). */
export type ParamsIn<N extends EndpointName> = Input<(typeof ENDPOINTS)[N] extends { params: infer S } ? S : undefined>;
export type QueryIn<N extends EndpointName> = Input<(typeof ENDPOINTS)[N] extends { query: infer S } ? S : undefined>;
export type BodyIn<N extends EndpointName> = Input<(typeof ENDPOINTS)[N] extends { body: infer S } ? S : undefined>;
/** The success answer of this endpoint. */
export type AnswerOf<N extends EndpointName> = z.output<(typeof ENDPOINTS)[N]['response']['schema']>;

/**
 * The path of an endpoint below the origin, with its path parameters filled in (URI-encoded):
 * `apiPath('caseDefects', { caseNumber: '苏检…' })` → `/api/v1/cases/%E8%8B%8F…/defects`.
 */
export function apiPath(name: EndpointName, params: Record<string, string | number> = {}): string {
  return pathOf(ENDPOINTS[name].path, params, name);
}

/** Fills an Express-style path's parameters (`/notices/:id/reply`) below API_PREFIX. */
export function pathOf(path: string, params: Record<string, string | number>, name = path): string {
  return API_PREFIX + path.replace(/:(\w+)/g, (_, k: string) => {
    const v = params[k];
    if (v === undefined) throw new Error(`apiPath(${name}): missing path parameter ${k}`);
    return encodeURIComponent(String(v));
  });
}

/** Method and path of every endpoint, without the schemas: what a build derives for zod-free code (the dashboard's boot). */
export function routeTable(): { [N in EndpointName]: { method: (typeof ENDPOINTS)[N]['method']; path: (typeof ENDPOINTS)[N]['path'] } } {
  return Object.fromEntries(Object.entries(ENDPOINTS).map(([n, e]) => [n, { method: e.method, path: e.path }])) as ReturnType<typeof routeTable>;
}

/** The endpoint description for a method and path; throws when the route is not declared here. */
export function endpoint(method: Endpoint['method'], path: string): Endpoint {
  const found = endpoints.find((e) => e.method === method && e.path === path);
  if (!found) throw new Error(`undeclared endpoint ${method.toUpperCase()} ${path}`);
  return found;
}
