// Strings of the 审计记录 page (administrators), zh-CN first with English, kept apart from i18n.ts
// like loop-i18n.ts: the action names, the names of the fields an entry's before/after holds, and
// the few values that have a name (a calendar day's kind, an objection's decision).
import type { AuditAction } from '../../../shared/api/index.ts';
import type { Lang, Localized } from './i18n.ts';

const zh = {
  title: '审计记录',
  intro: '台账之外改变积分、期限或页面识别方式的每一次操作：谁、何时、改了什么（之前 → 之后）、理由。最新的在前。仅管理员可查看。',
  filterAction: '操作类型',
  allActions: '全部操作',
  colTime: '时间',
  colAction: '操作',
  colSubject: '对象',
  colActor: '操作人',
  colChange: '之前 → 之后',
  colReason: '理由',
  empty: '没有审计记录。',
  noReason: '—',
  system: '（系统）',
  range: '第 {{from}}–{{to}} 条，共 {{total}} 条（最新的在前）',
  pagePrev: '上一页',
  pageNext: '下一页',
  pager: '审计记录翻页',
  subjectDefect: '瑕疵 {{id}}',
  listAdded: '新增 {{n}} 项：{{items}}',
  listRemoved: '删除 {{n}} 项：{{items}}',
  listUnchanged: '未变（{{n}} 项）',
  yes: '是',
  no: '否',
} as const;

export type AuditMessageId = keyof typeof zh;

const en: Record<AuditMessageId, string> = {
  title: 'Audit trail',
  intro: 'Every change outside the ledger’s own booking that alters points, due dates or how pages are read: who, when, what changed (before → after) and why. Newest first. Administrators only.',
  filterAction: 'Action',
  allActions: 'All actions',
  colTime: 'Time',
  colAction: 'Action',
  colSubject: 'Subject',
  colActor: 'By',
  colChange: 'Before → after',
  colReason: 'Reason',
  empty: 'No audit entries.',
  noReason: '—',
  system: '(system)',
  range: '{{from}}–{{to}} of {{total}} (newest first)',
  pagePrev: 'Previous page',
  pageNext: 'Next page',
  pager: 'Audit trail pages',
  subjectDefect: 'defect {{id}}',
  listAdded: '{{n}} added: {{items}}',
  listRemoved: '{{n}} removed: {{items}}',
  listUnchanged: 'unchanged ({{n}})',
  yes: 'yes',
  no: 'no',
};

export function aut(lang: Lang, id: AuditMessageId, params: Record<string, string | number> = {}): string {
  const text = (lang === 'en' ? en : zh)[id];
  return text.replace(/\{\{(\w+)\}\}/g, (whole, k: string) => (k in params ? String(params[k]) : whole));
}

export const AUDIT_ACTION_NAMES: Record<AuditAction, Localized> = {
  'defect-correction': { zh: '更正瑕疵积分', en: 'Defect points corrected' },
  'objection-decision': { zh: '异议审核', en: 'Objection decided' },
  'rule-config': { zh: '规则配置', en: 'Rule configuration' },
  'notice-issued': { zh: '发出流程监控通知书', en: 'Monitoring notice issued' },
  'notice-replied': { zh: '回复流程监控通知书', en: 'Monitoring notice replied' },
  'evaluation-objection-decision': { zh: '综合评价异议审核', en: 'Evaluation objection decided' },
  'evaluation-indicators': { zh: '综合评价指标', en: 'Evaluation indicators' },
  'user-posts': { zh: '人员岗位', en: 'User posts' },
  'adapter-publish': { zh: '发布适配器', en: 'Adapter published' },
  'adapter-rollback': { zh: '回退适配器', en: 'Adapter rolled back' },
  'calendar-overrides': { zh: '节假日安排', en: 'Holiday calendar' },
  'assessment-instrument': { zh: '社会危险性评估量表', en: 'Assessment instrument' },
};

/** The fields the audit trail's before/after hold; an unknown one is shown by its own name. */
export const AUDIT_FIELD_NAMES: Record<string, Localized> = {
  points: { zh: '分值', en: 'points' },
  caseNumber: { zh: '案号', en: 'case' },
  ruleId: { zh: '规则', en: 'rule' },
  occurrenceKey: { zh: '发生日', en: 'occurrence' },
  defectId: { zh: '瑕疵', en: 'defect' },
  voided: { zh: '已作废', en: 'voided' },
  decision: { zh: '审核结果', en: 'decision' },
  status: { zh: '状态', en: 'status' },
  prosecutorId: { zh: '承办检察官', en: 'prosecutor' },
  replyDue: { zh: '回复期限', en: 'reply due' },
  repliedOn: { zh: '回复日期', en: 'replied on' },
  late: { zh: '逾期回复', en: 'late' },
  rules: { zh: '规则数', en: 'rules' },
  thresholds: { zh: '阈值', en: 'thresholds' },
  version: { zh: '版本', en: 'version' },
  rollbackOf: { zh: '回退自版本', en: 'rollback of version' },
  overrides: { zh: '节假日调整', en: 'calendar days' },
  items: { zh: '条目数', en: 'items' },
  posts: { zh: '岗位', en: 'posts' },
  unitCode: { zh: '单位', en: 'unit' },
  year: { zh: '年度', en: 'year' },
  indicatorId: { zh: '指标', en: 'indicator' },
};

/** Values with a name of their own (a calendar day's kind, a decision, a notice's status). */
export const AUDIT_VALUE_NAMES: Record<string, Localized> = {
  holiday: { zh: '放假', en: 'holiday' },
  workday: { zh: '调休上班', en: 'make-up working day' },
  accepted: { zh: '成立', en: 'accepted' },
  rejected: { zh: '不成立', en: 'rejected' },
  pending: { zh: '待审', en: 'pending' },
  open: { zh: '待回复', en: 'awaiting reply' },
  overdue: { zh: '逾期未回复', en: 'overdue' },
  replied: { zh: '已回复', en: 'replied' },
};
