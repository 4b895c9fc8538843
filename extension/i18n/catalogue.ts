// The in-house UI message catalogue: zh-CN first, English second. Chrome's _locales follow the
// browser's language and cannot switch at runtime, so UI strings live here instead.
// Rule text (titles, messages) comes from the rules' own bilingual meta, never from here.
// Popup and options strings live in pages.ts, and the overlay's English in overlay-en.ts, outside
// the content-script bundle.
import type { PageMessageKey } from './pages';

const zh = {
  'app.name': '办案亮灯',
  'light.red': '红',
  'light.yellow': '黄',
  'light.green': '绿',
  'light.grey': '灰',
  'word.late': '逾期',
  'word.overdue': '逾期',
  'word.missing': '缺失',
  'word.due-soon': '临期',
  'word.done': '已办',
  'word.open': '未到期',
  'word.no-proof': '缺凭证',
  'word.inputs-missing': '缺信息',
  'word.not-applicable': '不适用',
  'word.rule-error': '出错',
  'word.red': '瑕疵',
  'word.yellow': '注意',
  'word.green': '正常',
  'word.grey': '待定',
  'panel.title': '办案亮灯',
  'panel.collapse': '收起',
  'panel.expand': '展开',
  'panel.sidePanel': '侧边栏',
  'panel.sidePanelHint': '在浏览器侧边栏中列出本页全部提示（不遮挡表单）；拖动可移动',
  'panel.sidePanelFailed': '无法打开侧边栏：请点击工具栏的 CaseLight 图标',
  'panel.empty': '本页没有需要提示的事项',
  'panel.noAdapter': '本页没有匹配的适配器，未检查',
  'panel.case': '案号',
  'panel.training': '培训模式：不计入瑕疵台账',
  'panel.locate': '定位到字段',
  'panel.notOnPage': '字段不在本页',
  'panel.basis': '依据',
  'panel.dates': '计算日期',
  'panel.todo': '处理建议',
  'panel.points': '瑕疵积分',
  'panel.deadline': '期限计算',
  'panel.rule': '规则',
  'panel.checkedAt': '检查于 {{time}}',
  'panel.frames': '含 {{n}} 个框架',
  'panel.diagnostics': '读取情况',
  'panel.unreadable': '{{field}}：无法识别“{{value}}”',
  'panel.unmapped': '{{field}}：“{{value}}”不在适配器的取值对照表中',
  'panel.missingFields': '本页未找到：{{fields}}',
  'panel.calendarNotCovered': '所涉年份的国务院节假日安排尚未载入，期满日按普通周末推算，可能变动，暂不亮红灯；请人工核对，并请管理员载入该年度安排',
  'panel.missingInputs': '缺少：{{fields}}',
  'panel.unverified': '待核实 {{n}} 项：相关字段尚未在页面上出现（打开对应页签后判断）',
  'todo.red.late': '期限已过才办理：请在卷中说明迟延原因；如有正当理由，可提出异议。',
  'todo.red.missing': '期限已过仍未办理：请立即补办并录入日期；如有正当理由，可提出异议。',
  'todo.red': '请尽快补正；如认为不构成瑕疵，可提出异议并说明理由。',
  'todo.yellow.due-soon': '请在届满日前办理并录入日期。',
  'todo.yellow': '请人工核对此项。',
  'todo.grey.inputs-missing': '补填所缺信息后即可判断。',
  'todo.grey': '暂无法判断，无需处理。',
  'todo.green': '无需处理。',
  'objection.open': '提出异议',
  'objection.reason': '异议理由（必填）',
  'objection.submit': '提交异议',
  'objection.cancel': '取消',
  'objection.required': '请填写异议理由',
  'objection.noCase': '缺少案号，无法提出异议',
  'objection.filed': '已提出异议：{{reason}}',
  'objection.failed': '异议保存失败：{{error}}',
  'card.due': '届满日',
  'card.fillOnTab': '在「{{tab}}」页填写：{{fields}}',
  'card.nominal': '名义届满日',
  'card.dueAt': '届满时间',
} as const;

export type OverlayMessageKey = keyof typeof zh;
export type MessageKey = OverlayMessageKey | PageMessageKey;

export type Locale = 'zh-CN' | 'en';

/**
 * The catalogues by locale. The English overlay strings are not in this module (the content script
 * bundles it): they are in overlay-en.ts, which the pages add with their own strings (PAGE_MESSAGES)
 * and the background sends the checker (`ui/text`); until then English falls back to Chinese.
 */
export const catalogues: Record<Locale, Record<string, string>> = { 'zh-CN': { ...zh }, en: {} };

/** Adds a page's strings (popup, options) to the catalogue. */
export function addMessages(messages: Readonly<Record<Locale, Readonly<Record<string, string>>>>): void {
  Object.assign(catalogues['zh-CN'], messages['zh-CN']);
  Object.assign(catalogues.en, messages.en);
}

/** A UI string with `{{name}}` placeholders filled in (as plain text: callers render it as a text node). */
export function format(locale: Locale, key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
  const template = catalogues[locale][key] ?? catalogues['zh-CN'][key] ?? key;
  if (!params) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** `zh` or `en` text of a bilingual value. */
export function pick(locale: Locale, text: { zh: string; en: string }): string {
  return locale === 'en' ? text.en : text.zh;
}

/** True when `key` is in the catalogue (for keys built from message ids). */
export function hasKey(key: string): key is MessageKey {
  return key in catalogues['zh-CN'];
}
