// The dashboard's own UI strings, zh-CN first with English; rule titles come from shared/rules, error reasons from the API.
export type Lang = 'zh' | 'en';
export interface Localized { zh: string; en: string }

const zh = {
  appTitle: '办案亮灯 · 督察看板',
  appShort: '督察看板',
  loading: '正在加载…',
  retry: '重试',
  close: '关闭',
  cancel: '取消',
  langSwitch: 'English',
  langSwitchLabel: 'Switch to English',
  skipToMain: '跳到主要内容',

  signInTitle: '登录督察看板',
  signInIntro: '请输入管理员为您签发的访问令牌。令牌只保存在本浏览器标签页中，关闭标签页即失效。',
  tokenLabel: '访问令牌',
  tokenHelp: '以 Bearer 令牌方式发送给 CaseLight 服务。',
  tokenRequired: '请输入访问令牌。',
  signIn: '登录',
  signingIn: '正在登录…',
  signOut: '退出登录',
  signedInAs: '当前用户：{{name}}（{{unit}}）',
  sessionExpired: '登录已失效，请重新登录。',
  notSupervisor: '该令牌的角色为“{{role}}”，无权查看督察看板。',
  role_prosecutor: '检察官',
  role_trainer: '培训',
  role_supervisor: '督察',
  role_admin: '管理员',

  navOverview: '概览',
  navObjections: '异议审核',
  navNotices: '流程监控通知书',
  navRectification: '整改跟踪',
  navReports: '季度报表',
  mainNav: '主导航',

  year: '年度',
  unit: '单位',
  allUnits: '本单位及下级单位',
  filters: '筛选',

  kpiPoints: '本年累计积分',
  kpiDefects: '瑕疵次数',
  kpiRectification: '整改率',
  kpiRectificationDetail: '已整改 {{rectified}} / {{total}}',
  kpiOverThreshold: '超过阈值的案件',
  kpiPending: '待审异议',
  noData: '暂无数据',
  demoData: '台账中含首次运行生成的演示数据，并非真实记录。',

  pointsByUnit: '各单位积分',
  pointsByProsecutor: '各检察官积分',
  topRules: '常见瑕疵（按次数）',
  topRulesHint: '培训可据此选择重点讲解的规则。',
  overThreshold: '超过阈值的案件',
  overThresholdHint: '公诉案件 ≥ {{publicProsecution}} 分、其他案件 ≥ {{other}} 分，记入检察官司法档案。',
  chartAsTable: '图表数据见下表。',
  chartLoading: '正在绘制图表…',
  showAll: '显示全部（{{count}}）',
  showFewer: '收起',
  showingFirst: '仅列出前 {{shown}} 件（共 {{count}} 件）；完整清单请导出季度报表。',

  colUnit: '单位',
  colProsecutor: '检察官',
  colPoints: '积分',
  colDefects: '瑕疵次数',
  colRectified: '已整改',
  colRectificationRate: '整改率',
  colCaseNumber: '案号',
  colProcedure: '类别',
  colThreshold: '阈值',
  colRule: '规则',
  colBasis: '依据',
  colCount: '次数',
  colDue: '期满日',
  colRedOn: '亮红灯日期',
  colRectifiedOn: '整改日期',
  colVoided: '已撤销',
  colStatus: '状态',
  colReason: '理由',
  colSubmitted: '提出时间',
  colActions: '操作',
  colQuarter: '季度',

  publicProsecution: '公诉',
  otherProcedure: '其他',
  yes: '是',
  no: '否',
  voidedBecause: '已撤销：{{reason}}',
  notRectified: '未整改',
  rectifiedStatus: '已整改',
  objectionPending: '异议待审',
  objection_pending: '待审',
  objection_accepted: '已同意',
  objection_rejected: '已驳回',
  rank: '排名',
  rankOf: '第 {{rank}} / {{of}} 名',
  prosecutorObjections: '提出的异议',

  prosecutorTitle: '检察官：{{name}}',
  caseTitle: '案件：{{caseNumber}}',
  caseDefects: '瑕疵记录',
  caseTotal: '本案积分 {{points}}（阈值 {{threshold}}）',
  backToOverview: '返回概览',

  objectionsTitle: '待审异议',
  objectionsEmpty: '没有待审的异议。',
  pageRange: '第 {{from}}–{{to}} 条，共 {{total}} 条（按提出时间由早到晚）',
  pagePrev: '上一页',
  pageNext: '下一页',
  objectionBy: '提出人',
  objectionReason: '异议理由',
  approve: '同意异议',
  reject: '驳回异议',
  decisionTitleAccept: '同意异议：{{caseNumber}}',
  decisionTitleReject: '驳回异议：{{caseNumber}}',
  decisionExplainAccept: '同意后，该瑕疵的积分将被撤销，理由会保留在台账中。',
  decisionExplainReject: '驳回后，该瑕疵的积分保留。',
  decisionReason: '审核理由（必填）',
  decisionReasonRequired: '请填写审核理由。',
  decisionReasonTooLong: '审核理由不能超过 {{max}} 个字。',
  decisionReasonCount: '{{count}} / {{max}} 字',
  decisionSubmitting: '正在提交…',
  decisionDone: '已处理异议：{{caseNumber}}',

  reportsTitle: '季度晒案报表',
  reportsExport: '导出',
  reportsIntro: '导出所选季度的瑕疵清单（按单位、检察官、案件）。',
  quarter: '季度',
  quarterN: '第{{n}}季度',
  downloadCsv: '下载 CSV',
  downloadXlsx: '下载 Excel（XLSX）',
  downloading: '正在下载…',
  downloaded: '{{format}} 文件已下载',
  byQuarter: '各季度积分',

  networkError: '无法连接到 CaseLight 服务。',
  serverError: 'CaseLight 服务内部出错，请稍后再试。',
  badResponse: '服务返回的数据格式不符合约定。',
  notFoundPage: '页面不存在。',

  navCalendar: '节假日安排',
  calendarTitle: '节假日安排（国务院通知）',
  calendarIntro: '期间的最后一日为节假日的，以节假日后第一个工作日为期满日（犯罪嫌疑人在押的不顺延，刑事诉讼法第105条）。这需要当年国务院公布的放假和调休安排。内置数据覆盖 {{from}}—{{to}} 年；其后的年度由管理员在此录入，扩展在下次同步时取得。',
  calendarLoaded: '已载入的年度：内置 {{bundled}}；本服务录入 {{entered}}',
  calendarNone: '无',
  calendarMissing: '{{years}}年国务院节假日安排尚未载入：期满日落在该年度的，日期可能变动，暂不亮红灯（黄灯提示）。',
  calendarMissingSteps: '载入步骤：① 国务院办公厅发布通知（通常在11月）后，打开本页；② 选择年度，按通知逐段录入放假日期和调休上班日期；③ 查看“对期满日的影响”预览；④ 保存。若 chinese-days 已发布包含该年度的新版本，也可升级依赖并重新生成内置数据。',
  calendarGoLoad: '前往载入',
  calendarEditTitle: '录入年度安排',
  calendarYear: '年度',
  calendarHolidays: '放假日期（每行一段，如 2027-02-06 至 2027-02-12，或单日 2027-01-01）',
  calendarWorkdays: '调休上班日期（周末上班的日期，每行一个或一段）',
  calendarNote: '依据（通知文号，可选）',
  calendarAdminOnly: '只有管理员可以录入或修改节假日安排。',
  calendarPreview: '对期满日的影响（不在押，期满日遇休息日顺延）',
  calendarPreviewEmpty: '录入日期后在此预览。',
  colPeriod: '期间',
  colStart: '起算日',
  colBefore: '未载入时期满日',
  colAfter: '载入后期满日',
  periodDays: '{{n}}日',
  periodMonth: '1个月',
  calendarSave: '保存 {{year}} 年安排',
  calendarSaving: '正在保存…',
  calendarSaved: '已保存 {{year}} 年节假日安排（{{holidays}} 天放假，{{workdays}} 天调休上班）',
  calendarSavedList: '已录入的年度',
  calendarEntries: '{{holidays}} 天放假，{{workdays}} 天调休上班',
  problemFormat: '第 {{line}} 行无法识别：“{{text}}”。请写成 2027-02-06 或 2027-02-06 至 2027-02-12。',
  problemYear: '第 {{line}} 行的日期不在 {{year}} 年内。',
  problemOrder: '第 {{line}} 行的结束日期早于开始日期。',
  problemLong: '第 {{line}} 行一段超过 31 天，请核对。',
  problemBoth: '{{date}} 同时录为放假日和调休上班日。',
  problemNoHolidays: '请至少录入一段放假日期。',
} as const;

export type MessageId = keyof typeof zh;

const en: Record<MessageId, string> = {
  appTitle: 'CaseLight · Supervisor dashboard',
  appShort: 'Dashboard',
  loading: 'Loading…',
  retry: 'Retry',
  close: 'Close',
  cancel: 'Cancel',
  langSwitch: '中文',
  langSwitchLabel: '切换到中文',
  skipToMain: 'Skip to main content',

  signInTitle: 'Sign in to the supervisor dashboard',
  signInIntro: 'Enter the access token your administrator issued. It is kept only in this browser tab and is forgotten when the tab closes.',
  tokenLabel: 'Access token',
  tokenHelp: 'Sent to the CaseLight server as a bearer token.',
  tokenRequired: 'Enter an access token.',
  signIn: 'Sign in',
  signingIn: 'Signing in…',
  signOut: 'Sign out',
  signedInAs: 'Signed in as {{name}} ({{unit}})',
  sessionExpired: 'Your session has expired. Please sign in again.',
  notSupervisor: 'This token has the role “{{role}}”, which may not open the supervisor dashboard.',
  role_prosecutor: 'prosecutor',
  role_trainer: 'trainer',
  role_supervisor: 'supervisor',
  role_admin: 'administrator',

  navOverview: 'Overview',
  navObjections: 'Objections',
  navNotices: 'Monitoring notices',
  navRectification: 'Rectification',
  navReports: 'Quarterly reports',
  mainNav: 'Main navigation',

  year: 'Year',
  unit: 'Unit',
  allUnits: 'My unit and sub-units',
  filters: 'Filters',

  kpiPoints: 'Points this year',
  kpiDefects: 'Defects',
  kpiRectification: 'Rectification rate',
  kpiRectificationDetail: '{{rectified}} of {{total}} rectified',
  kpiOverThreshold: 'Cases over threshold',
  kpiPending: 'Pending objections',
  noData: 'No data',
  demoData: 'The ledger holds demo data generated on first run; it is not real.',

  pointsByUnit: 'Points by unit',
  pointsByProsecutor: 'Points by prosecutor',
  topRules: 'Most common defects',
  topRulesHint: 'Trainers can pick the rules to teach from this list.',
  overThreshold: 'Cases over threshold',
  overThresholdHint: 'Public-prosecution cases at ≥ {{publicProsecution}} points and other cases at ≥ {{other}} go to the prosecutor’s judicial file.',
  chartAsTable: 'The table below holds the chart’s data.',
  chartLoading: 'Drawing chart…',
  showAll: 'Show all ({{count}})',
  showFewer: 'Show fewer',
  showingFirst: 'Showing the first {{shown}} of {{count}}; export the quarterly list for all of them.',

  colUnit: 'Unit',
  colProsecutor: 'Prosecutor',
  colPoints: 'Points',
  colDefects: 'Defects',
  colRectified: 'Rectified',
  colRectificationRate: 'Rectification rate',
  colCaseNumber: 'Case number',
  colProcedure: 'Type',
  colThreshold: 'Threshold',
  colRule: 'Rule',
  colBasis: 'Legal basis',
  colCount: 'Count',
  colDue: 'Due',
  colRedOn: 'Turned red',
  colRectifiedOn: 'Rectified on',
  colVoided: 'Voided',
  colStatus: 'Status',
  colReason: 'Reason',
  colSubmitted: 'Submitted',
  colActions: 'Actions',
  colQuarter: 'Quarter',

  publicProsecution: 'Public prosecution',
  otherProcedure: 'Other',
  yes: 'Yes',
  no: 'No',
  voidedBecause: 'Voided: {{reason}}',
  notRectified: 'Not rectified',
  rectifiedStatus: 'Rectified',
  objectionPending: 'Objection pending',
  objection_pending: 'Pending',
  objection_accepted: 'Accepted',
  objection_rejected: 'Rejected',
  rank: 'Rank',
  rankOf: '{{rank}} of {{of}}',
  prosecutorObjections: 'Objections filed',

  prosecutorTitle: 'Prosecutor: {{name}}',
  caseTitle: 'Case {{caseNumber}}',
  caseDefects: 'Defect records',
  caseTotal: 'Case points {{points}} (threshold {{threshold}})',
  backToOverview: 'Back to overview',

  objectionsTitle: 'Pending objections',
  objectionsEmpty: 'No objections are waiting for a decision.',
  pageRange: '{{from}}–{{to}} of {{total}} (oldest filed first)',
  pagePrev: 'Previous page',
  pageNext: 'Next page',
  objectionBy: 'Raised by',
  objectionReason: 'Objection',
  approve: 'Accept objection',
  reject: 'Reject objection',
  decisionTitleAccept: 'Accept the objection: {{caseNumber}}',
  decisionTitleReject: 'Reject the objection: {{caseNumber}}',
  decisionExplainAccept: 'Accepting voids this defect’s points; your reason stays in the ledger.',
  decisionExplainReject: 'Rejecting keeps this defect’s points.',
  decisionReason: 'Reason for the decision (required)',
  decisionReasonRequired: 'Give a reason for the decision.',
  decisionReasonTooLong: 'The reason may be at most {{max}} characters.',
  decisionReasonCount: '{{count}} / {{max}} characters',
  decisionSubmitting: 'Submitting…',
  decisionDone: 'Objection settled: {{caseNumber}}',

  reportsTitle: 'Quarterly defect list (晒案)',
  reportsExport: 'Export',
  reportsIntro: 'Export the defects of the chosen quarter, by unit, prosecutor and case.',
  quarter: 'Quarter',
  quarterN: 'Q{{n}}',
  downloadCsv: 'Download CSV',
  downloadXlsx: 'Download Excel (XLSX)',
  downloading: 'Downloading…',
  downloaded: '{{format}} file downloaded',
  byQuarter: 'Points by quarter',

  networkError: 'Cannot reach the CaseLight server.',
  serverError: 'The CaseLight server failed. Try again later.',
  badResponse: 'The server answered in an unexpected format.',
  notFoundPage: 'There is no such page.',
  navCalendar: 'Holiday calendar',
  calendarTitle: 'Holiday calendar (State Council notices)',
  calendarIntro: 'A period whose last day is a rest day ends on the next working day (not while the suspect is in custody, CPL 105). That needs the State Council’s yearly arrangement of holidays and make-up working days. The bundled data cover {{from}}–{{to}}; later years are entered here by an administrator, and extensions pick them up at their next sync.',
  calendarLoaded: 'Loaded years: bundled {{bundled}}; entered here {{entered}}',
  calendarNone: 'none',
  calendarMissing: 'The State Council holiday arrangement for {{years}} is not loaded: due dates in that year may move, so they show yellow, not red.',
  calendarMissingSteps: 'To load it: ① once the State Council publishes its notice (usually in November), open this page; ② choose the year and enter its holidays and make-up working days range by range; ③ check the preview of the effect on due dates; ④ save. If a chinese-days release includes the year, updating the package and regenerating the bundled data works too.',
  calendarGoLoad: 'Load it',
  calendarEditTitle: 'Enter a year’s arrangement',
  calendarYear: 'Year',
  calendarHolidays: 'Holidays (one range per line, e.g. 2027-02-06 至 2027-02-12, or a single day 2027-01-01)',
  calendarWorkdays: 'Make-up working days (weekend days worked, one day or range per line)',
  calendarNote: 'Source (notice number, optional)',
  calendarAdminOnly: 'Only an administrator can enter or change the holiday calendar.',
  calendarPreview: 'Effect on due dates (not in custody: a rest-day end moves on)',
  calendarPreviewEmpty: 'Enter dates to preview their effect here.',
  colPeriod: 'Period',
  colStart: 'Runs from',
  colBefore: 'Due without it',
  colAfter: 'Due with it',
  periodDays: '{{n}} days',
  periodMonth: '1 month',
  calendarSave: 'Save the {{year}} arrangement',
  calendarSaving: 'Saving…',
  calendarSaved: 'Saved the {{year}} arrangement ({{holidays}} holidays, {{workdays}} make-up working days)',
  calendarSavedList: 'Years entered',
  calendarEntries: '{{holidays}} holidays, {{workdays}} make-up working days',
  problemFormat: 'Line {{line}} is not a date or range: “{{text}}”. Write 2027-02-06 or 2027-02-06 至 2027-02-12.',
  problemYear: 'Line {{line}} lies outside {{year}}.',
  problemOrder: 'Line {{line}} ends before it starts.',
  problemLong: 'Line {{line}} spans more than 31 days; please check it.',
  problemBoth: '{{date}} is entered both as a holiday and as a make-up working day.',
  problemNoHolidays: 'Enter at least one holiday range.',
};

export const messages: Record<Lang, Record<MessageId, string>> = { zh, en };

/** `t('zh', 'showAll', { count: 3 })` → '显示全部（3）'. Unknown placeholders are left visible so they get noticed. */
export function translate(lang: Lang, id: MessageId, params: Record<string, string | number> = {}): string {
  return messages[lang][id].replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** A message in both languages, for models that hand a reason to whichever language is on screen. */
export function localized(id: MessageId, params: Record<string, string | number | Localized> = {}): Localized {
  const at = (lang: Lang) => Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'object' ? v[lang] : v]));
  return { zh: translate('zh', id, at('zh')), en: translate('en', id, at('en')) };
}

export function pick(lang: Lang, text: Localized | undefined, fallback = ''): string {
  if (!text) return fallback;
  return text[lang] || text.zh || text.en || fallback;
}

const locales: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };
export const htmlLang = (lang: Lang) => locales[lang];

export function formatNumber(lang: Lang, n: number): string {
  return new Intl.NumberFormat(locales[lang]).format(n);
}

export function formatPercent(lang: Lang, ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return '—';
  return new Intl.NumberFormat(locales[lang], { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
}

const shanghai = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/**
 * Dates from the API are civil dates (YYYY-MM-DD) or ISO instants. Instants are shown in Asia/Shanghai,
 * the ledger's zone, as `YYYY-MM-DD HH:mm` in both languages so the columns line up with civil dates.
 */
export function formatDate(_lang: Lang, value: string | null | undefined): string {
  if (!value) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  const p = Object.fromEntries(shanghai.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}
