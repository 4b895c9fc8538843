// Mounts the CaseLight host element, `<caselight-root>`, with a closed shadow root; everything
// CaseLight draws lives inside it. Closed, so the host page can neither read the overlay (findings,
// the case's dates) nor reach its controls (host.shadowRoot is null to the page); only this content
// script keeps the reference. The host is fixed-positioned and zero-sized (styles.ts), so the page's
// layout never moves. A few lines instead of WXT's createShadowRootUi, whose auto-mount helpers cost
// the content script ~3 KB gzipped of its 60 KB budget.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { OVERLAY_CSS } from './styles';

export interface MountedRoot {
  shadowHost: HTMLElement;
  shadow: ShadowRoot;
  container: HTMLElement;
  /** Puts the host back when the page's own script removed it (a body re-render). */
  ensureAttached(): void;
}

/** Events typed into CaseLight's own controls stay inside (the page's hotkeys must not see them). */
const PRIVATE_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'change', 'beforeinput'] as const;

export function mountCaseLight<T>(
  ctx: ContentScriptContext,
  onMount: (container: HTMLElement, shadow: ShadowRoot) => T,
  onRemove: (mounted: T) => void,
): MountedRoot {
  const host = document.createElement('caselight-root');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important}${OVERLAY_CSS}`;
  const container = document.createElement('div');
  for (const type of PRIVATE_EVENTS) container.addEventListener(type, (e) => e.stopPropagation());
  shadow.append(style, container);
  const attach = () => (document.body ?? document.documentElement).append(host);
  attach();
  const mounted = onMount(container, shadow);
  ctx.onInvalidated(() => {
    onRemove(mounted);
    host.remove();
  });
  return {
    shadowHost: host,
    shadow,
    container,
    ensureAttached() {
      if (!host.isConnected && ctx.isValid) attach();
    },
  };
}
