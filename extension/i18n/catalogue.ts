// The in-house UI message catalogue: zh-CN first, English second. Chrome's _locales follow the
// browser's language and cannot switch at runtime, so UI strings live here instead.
// Rule text (titles, messages) comes from the rules' own bilingual meta, never from here.
// This module holds no strings: the overlay's are in overlay-zh.ts and overlay-en.ts, the popup's
// and options page's in pages.ts, all outside the content-script bundle. The pages add them
// (PAGE_MESSAGES); the checker adds what the background answers `ui/text` with.
import type { PageMessageKey } from './pages';
import type { StudioMessageKey } from './studio';
import type { LOOP_ZH, OverlayMessageKey } from './overlay-zh';

export type { OverlayMessageKey };
/** The loop views' keys (their strings: LOOP_ZH of overlay-zh.ts, LOOP_EN of overlay-en.ts; loop/i18n.ts `lt`). */
export type LoopKey = keyof typeof LOOP_ZH;

export type MessageKey = OverlayMessageKey | PageMessageKey | StudioMessageKey;

export type Locale = 'zh-CN' | 'en';

/**
 * The catalogues by locale, empty until strings are added: the pages add theirs with the overlay's
 * (PAGE_MESSAGES), the checker the background's `ui/text` answer before it draws anything. A key
 * missing in English falls back to Chinese, then to the key itself.
 */
export const catalogues: Record<Locale, Record<string, string>> = { 'zh-CN': {}, en: {} };

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
