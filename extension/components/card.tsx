// The card of one light, on hover or focus: what the rule found, the dates, the basis. Like any
// popover: hover shows it, a click on the light pins it, and a click outside CaseLight, Escape
// (overlay/caselight.tsx) or its × closes it; a pinned card moves off the panel's controls.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { locale, pick, t } from '../i18n';
import type { FormCheckModel } from '../models/form-check';
import type { OverlayModel } from '../models/overlay';
import { FindingDetails } from './details';
import { fillOnTabs } from './where-to-fill';
import { cancelCardHide, hideCardSoon } from './lights';
import { alsoOf } from './merge-lights';

const WIDTH = 360;

export function Card({ model, ui }: { model: FormCheckModel; ui: OverlayModel }) {
  const open = ui.card.value;
  // Re-placed when the panel opens, closes or moves (see the layout effect below).
  void ui.collapsed.value;
  void ui.placement.value;
  const ref = useRef<HTMLDivElement>(null);
  const pinned = open?.pinned === true;
  // A click anywhere outside CaseLight (the event's path does not pass our shadow host) closes a pinned card.
  useEffect(() => {
    if (!pinned) return undefined;
    const host = (ref.current?.getRootNode() as ShadowRoot | null)?.host;
    const onDown = (e: Event) => {
      if (!host || !e.composedPath().includes(host)) ui.card.value = null;
    };
    document.addEventListener('pointerdown', onDown, true);
    return () => document.removeEventListener('pointerdown', onDown, true);
  }, [pinned, ui]);
  // Never over the panel: if the card would cover it, it moves beside the panel (left of it, else above).
  const [avoid, setAvoid] = useState<{ left: number; top?: number } | null>(null);
  const panelOf = () => (ref.current?.getRootNode() as ShadowRoot | null)?.querySelector?.('[data-testid="caselight-panel"]') ?? null;
  const keepOffPanel = () => {
    const card = ref.current;
    const panel = panelOf();
    if (!card || !panel) return;
    const c = card.getBoundingClientRect();
    const p = panel.getBoundingClientRect();
    if (c.right <= p.left || c.left >= p.right || c.bottom <= p.top || c.top >= p.bottom) return;
    const next = p.left - c.width - 8 >= 0
      ? { left: Math.round(p.left - c.width - 8) }
      : { left: Math.max(4, Math.round(c.left)), top: Math.max(4, Math.round(p.top - c.height - 8)) };
    setAvoid((prev) => (prev?.left === next.left && prev?.top === next.top ? prev : next));
  };
  useLayoutEffect(keepOffPanel);
  // The panel grows after it opens (its list renders, its corner is chosen): check again when its size changes.
  useEffect(() => {
    const panel = panelOf();
    if (!open || !panel || typeof ResizeObserver === 'undefined') return undefined;
    const ro = new ResizeObserver(() => keepOffPanel());
    ro.observe(panel);
    return () => ro.disconnect();
  }, [open]);
  useEffect(() => { setAvoid(null); }, [open?.finding, ui.collapsed.value, ui.placement.value]);
  if (!open) return null;
  const { finding, rect } = open;
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const left = Math.max(4, Math.min(rect.left, vw - WIDTH - 4));
  // Below the light, or above it when the light is in the lower half of the window.
  const base = rect.bottom < vh / 2 ? { left: `${left}px`, top: `${rect.bottom + 4}px` } : { left: `${left}px`, bottom: `${vh - rect.top + 4}px` };
  const style = avoid ? { ...base, left: `${avoid.left}px`, ...(avoid.top === undefined ? {} : { top: `${avoid.top}px`, bottom: 'auto' }) } : base;
  const objection = model.objectionFor(finding);
  return (
    <div
      class="cl-card"
      role="dialog"
      aria-label={pick(finding.title)}
      data-testid="caselight-card"
      data-pinned={pinned ? 'true' : 'false'}
      ref={ref}
      style={style}
      onMouseEnter={cancelCardHide}
      onMouseLeave={() => hideCardSoon(ui)}
    >
      <button type="button" class="cl-close" aria-label={locale.value === 'en' ? 'Close' : '关闭'} data-testid="caselight-card-close"
        onClick={() => { ui.card.value = null; }}>×</button>
      <h3>{pick(finding.title)}</h3>
      <FindingDetails finding={finding} where={fillOnTabs(finding.missingFields, ui.adapter.value?.tabs, model.shownFields.value)} />
      {alsoOf(finding).map((f) => (
        <div key={f.ruleId} class="cl-also">
          <h3>{pick(f.title)}</h3>
          <FindingDetails finding={f} where={fillOnTabs(f.missingFields, ui.adapter.value?.tabs, model.shownFields.value)} />
        </div>
      ))}
      {objection && <p class="cl-muted">{t('objection.filed', { reason: objection.reason })}</p>}
    </div>
  );
}
