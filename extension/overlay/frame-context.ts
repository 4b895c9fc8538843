// One WXT context per frame, owned by the bootstrap. The checker is injected by the background
// (chrome.scripting.executeScript) into the same isolated world as the bootstrap, so it shares the
// bootstrap's globals: the bootstrap hands its ContentScriptContext over here and the checker lives
// and ends with it (an extension reload or update invalidates both at once), instead of carrying a
// second copy of WXT's context class and its location watcher in its own file.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const KEY = Symbol.for('caselight.frame-context');

type Holder = { [KEY]?: ContentScriptContext };

/** The bootstrap: this frame's context, for the checker it is about to ask for. */
export function shareFrameContext(ctx: ContentScriptContext): void {
  (globalThis as Holder)[KEY] = ctx;
  ctx.onInvalidated(() => {
    if ((globalThis as Holder)[KEY] === ctx) delete (globalThis as Holder)[KEY];
  });
}

/** The checker: the bootstrap's context, or null when there is none or it has ended. */
export function frameContext(): ContentScriptContext | null {
  const ctx = (globalThis as Holder)[KEY];
  return ctx && !ctx.isInvalid ? ctx : null;
}
