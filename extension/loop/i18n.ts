// Strings of the loop views (我的期限, notices, reminders); they follow the extension's locale
// signal. The strings are data (LOOP_ZH of i18n/overlay-zh.ts, LOOP_EN of i18n/overlay-en.ts), in
// the catalogue once the page (PAGE_MESSAGES) or the background's `ui/text` answer to the checker
// added them, keyed `loop.<key>`.
import { catalogues, locale } from '../i18n';
import type { LoopKey } from '../i18n/catalogue';

export type { LoopKey };

export function lt(key: LoopKey, params: Readonly<Record<string, string | number>> = {}): string {
  const k = `loop.${key}`;
  const text = (locale.value === 'en' ? catalogues.en[k] : undefined) ?? catalogues['zh-CN'][k] ?? k;
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
