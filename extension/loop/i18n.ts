// Strings of the loop views (我的期限, notices, reminders), zh-CN first with English; they follow the
// extension's locale signal.
import { catalogues, locale } from '../i18n';

const zh = {
  'deadlines.title': '我的期限',
  'deadlines.empty': '尚无检查过的案件有待办期限。',
  'deadlines.overdue': '已超期 {{n}} 日',
  'deadlines.today': '今日期满',
  'deadlines.left': '还有 {{n}} 日',
  'deadlines.custody': '在押',
  'notices.title': '流程监控通知书',
  'notices.empty': '没有待回复的通知书。',
  'notices.due': '应于 {{due}} 前书面回复',
  'notices.overdue': '回复已逾期（期满 {{due}}）',
  'notices.from': '{{name}} 于 {{on}} 发出',
  'notices.reply': '回复',
  'notices.replyLabel': '书面回复核查情况',
  'notices.send': '提交回复',
  'notices.sending': '正在提交…',
  'notices.sent': '已回复',
  'notices.required': '请填写回复内容',
  'notices.refresh': '刷新',
  'reminders.title': '期限提醒',
  'reminders.enabled': '开启浏览器通知提醒（期满前一个工作日；在押案件期满当日；每日汇总）',
  'reminders.digestAt': '每日汇总时间',
  'reminders.quiet': '免打扰时段',
  'reminders.to': '至',
  'reminders.saved': '已保存',
} as const;

export type LoopKey = keyof typeof zh;

export function lt(key: LoopKey, params: Readonly<Record<string, string | number>> = {}): string {
  // The English are data (LOOP_EN of extension/i18n/overlay-en.ts): in the catalogue once the page,
  // or the background's `ui/text` answer to the checker, added them; Chinese until then.
  const text = (locale.value === 'en' ? catalogues.en[`loop.${key}`] : undefined) ?? zh[key];
  return text.replace(/\{\{(\w+)\}\}/g, (whole, k: string) => (k in params ? String(params[k]) : whole));
}
