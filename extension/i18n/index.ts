// The UI language as a signal: components that call t() re-render when the locale changes.
import { signal } from '@preact/signals';
import { format, pick as pickText, type Locale, type MessageKey } from './catalogue';

export { addMessages, catalogues, format, hasKey } from './catalogue';
export type { Locale, MessageKey } from './catalogue';

export const locale = signal<Locale>('zh-CN');

export function t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
  return format(locale.value, key, params);
}

export function pick(text: { zh: string; en: string }): string {
  return pickText(locale.value, text);
}
