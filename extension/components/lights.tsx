// The lights: one group per field shown in this frame, beside the field, in the overlay layer.
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Finding } from '../../shared/engine';
import { locale, pick } from '../i18n';
import type { FormCheckModel } from '../models/form-check';
import { lightText } from './present';
import type { OverlayModel, PositionTracker } from '../models/overlay';
import { mergeIdenticalGreys } from './merge-lights';

export interface LightsProps {
  model: FormCheckModel;
  ui: OverlayModel;
  tracker: PositionTracker;
  /** Called after every commit, once positions are set (the bench's `caselight:rendered`). */
  onCommit: () => void;
}

export function Lights({ model, ui, tracker, onCommit }: LightsProps) {
  const byField = model.findingsByField.value;
  const elements = ui.elements.value;
  useLayoutEffect(() => {
    tracker.update();
    onCommit();
  });
  const groups = [];
  for (const [field, findings] of byField) {
    const anchor = elements.get(field);
    if (anchor) groups.push(<Group key={field} field={field} anchor={anchor} findings={findings} model={model} ui={ui} tracker={tracker} />);
  }
  return <div class="cl-lights">{groups}</div>;
}

interface GroupProps {
  field: string;
  anchor: Element;
  findings: Finding[];
  model: FormCheckModel;
  ui: OverlayModel;
  tracker: PositionTracker;
}

let hideTimer: ReturnType<typeof setTimeout> | undefined;

export function cancelCardHide() {
  clearTimeout(hideTimer);
}

export function hideCardSoon(ui: OverlayModel) {
  clearTimeout(hideTimer);
  hideTimer = setTimeout(() => {
    if (!ui.card.peek()?.pinned) ui.card.value = null;
  }, 200);
}

function Group({ field, anchor, findings, model, ui, tracker }: GroupProps) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    tracker.set(field, ref.current, anchor);
    return () => tracker.set(field, null);
  }, [field, anchor, tracker]);
  const loc = locale.value;
  return (
    <div class="cl-group" ref={ref}>
      {mergeIdenticalGreys(findings).map(({ finding: f, also }) => {
        const text = lightText(loc, f);
        const titles = [f, ...also].map((x) => pick(x.title)).join('；');
        const objected = model.objectionFor(f) !== undefined;
        const show = (e: Event, pinned = false) => {
          cancelCardHide();
          const r = (e.currentTarget as HTMLElement).getBoundingClientRect();
          ui.card.value = { finding: f, rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom }, pinned };
        };
        return (
          <button
            key={f.occurrenceKey}
            type="button"
            class={`cl-light cl-${f.light}${objected ? ' cl-objected' : ''}`}
            data-field={f.anchor}
            data-rule={f.ruleId}
            data-light={f.light}
            aria-label={`${text}：${titles}`}
            data-merged={also.length > 0 ? String(also.length + 1) : undefined}
            aria-haspopup="dialog"
            onMouseEnter={(e) => show(e)}
            onMouseLeave={() => hideCardSoon(ui)}
            onFocus={(e) => show(e)}
            onBlur={() => hideCardSoon(ui)}
            onClick={(e) => {
              const open = ui.card.peek();
              if (open?.pinned && open.finding.occurrenceKey === f.occurrenceKey) ui.card.value = null;
              else show(e, true);
            }}
          >
            <span class="cl-dot" aria-hidden="true" />
            <span>{text}</span>
          </button>
        );
      })}
    </div>
  );
}
