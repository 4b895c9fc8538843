// Which adapter covers a frame: the first, in the order the background gives (managed, the user's,
// built in), whose match patterns cover the frame's URL.
import { matchesAny } from '../../shared/adapters/parse';
import type { Adapter } from '../../shared/adapters/schema';

export function pickAdapter(adapters: readonly Adapter[], url: string): Adapter | null {
  return adapters.find((a) => matchesAny(url, a.match)) ?? null;
}

/**
 * The URL that decides the adapter. An about:blank or about:srcdoc frame (match_about_blank) has
 * no URL of its own: it belongs to the page that made it, so use the parent's.
 */
export function frameUrl(win: Window = window): string {
  const href = win.location.href;
  if (!href.startsWith('about:')) return href;
  try {
    return win.parent.location.href;
  } catch {
    return win.location.ancestorOrigins?.[0] ? `${win.location.ancestorOrigins[0]}/` : href;
  }
}
