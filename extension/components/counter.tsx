// The collapsed panel is a small counter: the counts, a button that opens the browser's side panel
// (where the findings are listed clear of the form), and a drag to move it off whatever it covers.
// chrome.sidePanel.open needs a user gesture: the click's message carries it to the background.
import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import type { OverlayModel } from '../models/overlay';

/** Keeps a dragged box inside the viewport. */
export function clampToViewport(pos: { left: number; top: number }, size: { width: number; height: number }, viewport: { width: number; height: number }) {
  return {
    left: Math.round(Math.min(Math.max(0, pos.left), Math.max(0, viewport.width - size.width))),
    top: Math.round(Math.min(Math.max(0, pos.top), Math.max(0, viewport.height - size.height))),
  };
}

/** Pointer handlers for the counter's header: a drag (not starting on a button) moves the panel. */
export function useCounterDrag(ui: OverlayModel) {
  const start = useRef<{ x: number; y: number; left: number; top: number; box: HTMLElement } | null>(null);
  return {
    onPointerDown(e: PointerEvent) {
      if (!e.isTrusted || e.button !== 0 || (e.target as Element).closest('button')) return;
      const box = (e.currentTarget as HTMLElement).closest<HTMLElement>('.cl-panel');
      if (!box) return;
      const r = box.getBoundingClientRect();
      start.current = { x: e.clientX, y: e.clientY, left: r.left, top: r.top, box };
      (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
      e.preventDefault();
    },
    onPointerMove(e: PointerEvent) {
      const s = start.current;
      if (!s) return;
      ui.moved.value = clampToViewport(
        { left: s.left + e.clientX - s.x, top: s.top + e.clientY - s.y },
        { width: s.box.offsetWidth, height: s.box.offsetHeight },
        { width: window.innerWidth, height: window.innerHeight },
      );
    },
    onPointerUp() {
      start.current = null;
    },
  };
}

/** 侧边栏: asks the background to open the side panel on this tab (a person's click only). */
export function SidePanelButton() {
  const failed = useSignal(false);
  return (
    <button
      type="button"
      class="cl-btn cl-btn-primary"
      data-testid="caselight-open-sidepanel"
      title={failed.value ? t('panel.sidePanelFailed') : t('panel.sidePanelHint')}
      onClick={(e) => {
        if (!e.isTrusted) return;
        void browser.runtime.sendMessage({ type: 'sidepanel/open' }).then(
          (ok: unknown) => (failed.value = ok !== true),
          () => (failed.value = true),
        );
      }}
    >
      {t('panel.sidePanel')}
    </button>
  );
}
