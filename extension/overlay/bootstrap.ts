// The bootstrap: the only content script injected into every frame of a covered host. It asks the
// background for the settings (the adapters, already validated there), decides whether an adapter
// matches this frame's URL, and only then asks the background to inject the checker
// (checker.js: page reader, engine, overlay; it runs on this file's context, frame-context.ts) into this frame. A frame no adapter
// matches carries this file and nothing else. It looks again when the settings change (an adapter
// added) and when the frame's URL changes (single-page navigation); once the checker is in, the
// checker follows both itself and the bootstrap stops.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { frameUrl, pickAdapter } from '../page/adapters';
import { shareFrameContext } from './frame-context';
import { isPush, request as sendRequest, type MessageOf, type MessageType, type ResponseOf } from '../protocol';
import type { PublicSettings } from '../settings';

export interface BootstrapDeps {
  request?: <K extends MessageType>(message: MessageOf<K>) => Promise<ResponseOf<K>>;
  /** The URL that decides the adapter (default: this frame's, its parent's for about:blank). */
  url?: () => string;
}

/** How often the bootstrap looks at the frame's URL (navigation without an event). */
const URL_POLL_MS = 1000;

/** Whether any of the settings' adapters matches `url`. */
export function wantsChecker(settings: PublicSettings, url: string): boolean {
  return pickAdapter(settings.adapters.map((a) => a.adapter), url) !== null;
}

export async function startBootstrap(ctx: ContentScriptContext, deps: BootstrapDeps = {}): Promise<void> {
  const g = globalThis as { __caselightBoot?: boolean };
  if (g.__caselightBoot) return; // injected twice (static and dynamic registration)
  g.__caselightBoot = true;
  ctx.onInvalidated(() => {
    g.__caselightBoot = false;
  });
  shareFrameContext(ctx);
  const request = deps.request ?? sendRequest;
  const url = deps.url ?? (() => frameUrl());

  let settings: PublicSettings | null = null;
  let state: 'waiting' | 'loading' | 'loaded' = 'waiting';
  let lastUrl = url();

  async function decide() {
    if (state !== 'waiting' || !settings || ctx.isInvalid || !wantsChecker(settings, url())) return;
    state = 'loading';
    try {
      state = (await request({ type: 'checker/load' })) ? 'loaded' : 'waiting';
    } catch (e) {
      state = 'waiting'; // the worker was restarting: the next change or push tries again
      console.warn('CaseLight: checker', e);
    }
    if (state === 'loaded') stop();
  }

  const onMessage = (message: unknown) => {
    if (isPush(message) && message.type === 'push/settings') {
      settings = message.settings;
      void decide();
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  const poll = ctx.setInterval(() => {
    const now = url();
    if (now === lastUrl) return;
    lastUrl = now;
    void decide();
  }, URL_POLL_MS);
  function stop() {
    clearInterval(poll);
    browser.runtime.onMessage.removeListener(onMessage);
  }
  ctx.onInvalidated(stop);

  for (let i = 1; settings === null; i++) {
    try {
      settings = await request({ type: 'settings/get' });
    } catch (e) {
      // The service worker may still be starting ("Receiving end does not exist").
      if (i >= 5 || ctx.isInvalid) throw e;
      await new Promise((r) => setTimeout(r, 100 * i));
    }
  }
  await decide();
}
