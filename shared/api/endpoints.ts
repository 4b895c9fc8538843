// Every /api/v1 endpoint with its schemas: the routes validate with these, and docs/openapi.json is
// generated from this list (scripts/gen-openapi.ts), so the document cannot drift from the code.
import type { z } from 'zod';
import { AuditQuerySchema, AuditResponseSchema, DefectCorrectionSchema, DefectParamsSchema } from './audit';
import {
  CalendarOverridesSchema, AdaptersResponseSchema, AdaptersUpdateSchema, RuleConfigHistorySchema, RuleConfigSchema, RuleConfigUpdateSchema,
} from './settings';
import { EventBatchResultSchema, EventBatchSchema } from './events';
import {
  CaseDefectsResponseSchema, CaseParamsSchema, DefectSchema, OverThresholdQuerySchema, OverThresholdResponseSchema,
  SummaryQuerySchema, SummaryResponseSchema, TallyQuerySchema, TallyResponseSchema,
} from './ledger';
import { ObjectionCreateSchema, ObjectionDecisionSchema, ObjectionListQuerySchema, ObjectionListResponseSchema, ObjectionParamsSchema, ObjectionSchema } from './objections';
import { QuarterlyReportQuerySchema, QuarterlyReportSchema } from './reports';
import { MeResponseSchema, UnitsResponseSchema, UsersResponseSchema } from './users';
import { TrainingRecordsQuerySchema, TrainingRecordsResponseSchema } from './training';
import type { Role } from './common';

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
}

const everyone = ['prosecutor', 'supervisor', 'trainer', 'admin'] as const;
const readers = ['prosecutor', 'supervisor', 'admin'] as const;

export const endpoints: readonly Endpoint[] = [
  { method: 'get', path: '/me', summary: { zh: '当前用户及可见单位', en: 'The caller and the units they may see' },
    roles: everyone, response: { status: 200, schema: MeResponseSchema } },
  { method: 'get', path: '/units', summary: { zh: '可见单位列表', en: 'Units the caller may see' },
    roles: everyone, response: { status: 200, schema: UnitsResponseSchema } },
  { method: 'get', path: '/users', summary: { zh: '可见用户列表', en: 'Users in the units the caller may see (prosecutors: themselves)' },
    roles: readers, response: { status: 200, schema: UsersResponseSchema } },
  { method: 'post', path: '/events', summary: { zh: '上报瑕疵事件（批量，按 id 幂等）', en: 'Post a batch of defect events (idempotent by id)' },
    roles: everyone, body: EventBatchSchema, response: { status: 200, schema: EventBatchResultSchema } },
  { method: 'get', path: '/tallies', summary: { zh: '积分统计（按检察官/单位/规则/月/季度）', en: 'Points tallies by prosecutor, unit, rule, month or quarter' },
    roles: readers, query: TallyQuerySchema, response: { status: 200, schema: TallyResponseSchema } },
  { method: 'get', path: '/cases/over-threshold', summary: { zh: '个案积分达到阈值的案件', en: 'Cases at or over the per-case threshold' },
    roles: readers, query: OverThresholdQuerySchema, response: { status: 200, schema: OverThresholdResponseSchema } },
  { method: 'get', path: '/cases/:caseNumber/defects', summary: { zh: '案件的瑕疵记录', en: "A case's defects" },
    roles: readers, params: CaseParamsSchema, response: { status: 200, schema: CaseDefectsResponseSchema } },
  { method: 'post', path: '/objections', summary: { zh: '对本人瑕疵提出异议', en: 'Object to one of your own defects' },
    roles: ['prosecutor', 'supervisor'], body: ObjectionCreateSchema, response: { status: 201, schema: ObjectionSchema } },
  { method: 'post', path: '/defects/:id/correction', summary: { zh: '管理员更正瑕疵积分（须说明理由，记入审计记录）', en: "Correct a defect's points (administrator, with a reason; kept in the audit trail)" },
    roles: ['admin'], params: DefectParamsSchema, body: DefectCorrectionSchema, response: { status: 200, schema: DefectSchema } },
  { method: 'get', path: '/audit', summary: { zh: '审计记录（积分更正、异议审查、规则配置）', en: 'Audit trail: corrections, objection decisions, rule-configuration versions' },
    roles: ['admin'], query: AuditQuerySchema, response: { status: 200, schema: AuditResponseSchema } },
  { method: 'get', path: '/objections', summary: { zh: '异议列表（分页，可按提出时间正序）', en: 'Objections, paged (filter by status; oldest or newest first)' },
    roles: readers, query: ObjectionListQuerySchema, response: { status: 200, schema: ObjectionListResponseSchema } },
  { method: 'post', path: '/objections/:id/decision', summary: { zh: '审查异议（本单位及下级）', en: 'Decide an objection (supervisor of the unit or above)' },
    roles: ['supervisor'], params: ObjectionParamsSchema, body: ObjectionDecisionSchema, response: { status: 200, schema: ObjectionSchema } },
  { method: 'get', path: '/reports/quarterly', summary: { zh: '季度晒案清单（JSON/CSV/XLSX）', en: 'Quarterly 晒案 list (JSON, CSV or XLSX)' },
    roles: readers, query: QuarterlyReportQuerySchema, response: { status: 200, schema: QuarterlyReportSchema },
    alternatives: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] },
  { method: 'get', path: '/training-records', summary: { zh: '训练记录（培训系统中的发现与异议，不计入台账）', en: 'Training records: findings and objections made in the training system (never in the ledger)' },
    roles: ['trainer', 'supervisor', 'admin'], query: TrainingRecordsQuerySchema, response: { status: 200, schema: TrainingRecordsResponseSchema } },
  { method: 'get', path: '/summary', summary: { zh: '看板概览', en: 'Dashboard overview' },
    roles: readers, query: SummaryQuerySchema, response: { status: 200, schema: SummaryResponseSchema } },
  { method: 'get', path: '/rule-config', summary: { zh: '规则分值、预警窗口与阈值', en: 'Rule points, warning windows and thresholds' },
    roles: everyone, response: { status: 200, schema: RuleConfigSchema } },
  { method: 'put', path: '/rule-config', summary: { zh: '设置规则分值、预警窗口与阈值', en: 'Set rule points, warning windows and thresholds' },
    roles: ['admin'], body: RuleConfigUpdateSchema, response: { status: 200, schema: RuleConfigSchema } },
  { method: 'get', path: '/rule-config/history', summary: { zh: '规则配置的历史版本及生效时间', en: 'Every rule-configuration version and when it came into force' },
    roles: ['supervisor', 'admin'], response: { status: 200, schema: RuleConfigHistorySchema } },
  { method: 'get', path: '/adapters', summary: { zh: '业务系统适配器', en: 'Host-system adapters' },
    roles: everyone, response: { status: 200, schema: AdaptersResponseSchema } },
  { method: 'put', path: '/adapters', summary: { zh: '替换适配器', en: 'Replace the adapters' },
    roles: ['admin'], body: AdaptersUpdateSchema, response: { status: 200, schema: AdaptersResponseSchema } },
  { method: 'get', path: '/calendar-overrides', summary: { zh: '节假日调整', en: 'Holiday-calendar overrides' },
    roles: everyone, response: { status: 200, schema: CalendarOverridesSchema } },
  { method: 'put', path: '/calendar-overrides', summary: { zh: '替换节假日调整', en: 'Replace the holiday-calendar overrides' },
    roles: ['admin'], body: CalendarOverridesSchema, response: { status: 200, schema: CalendarOverridesSchema } },
];

/** The endpoint description for a method and path; throws when the route is not declared here. */
export function endpoint(method: Endpoint['method'], path: string): Endpoint {
  const found = endpoints.find((e) => e.method === method && e.path === path);
  if (!found) throw new Error(`undeclared endpoint ${method.toUpperCase()} ${path}`);
  return found;
}
