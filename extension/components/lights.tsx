// The lights: one group per field shown in this frame, beside the field, in the overlay layer, in
// the page's order of the fields. Lights re-renders only when the fields that have lights or their
// elements change (the model keeps both while nothing changed); a group only when its own findings
// (its own signal, findingsAt), anchor or flash do: a light that flips renders its group alone.
// After a commit only the groups that rendered are measured (tracker.touch → flush).
import type { ReadonlySignal } from '@preact/signals';
import { Component, type ComponentChildren } from 'preact';
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

/** How often Lights, the groups and the panel (with its items) rendered (read by tests: an input that changes no light renders nothing). */
export const renderCounts = { lights: 0, groups: 0, panel: 0 };

export function Lights({ model, ui, tracker, onCommit }: LightsProps) {
  renderCounts.lights++;
  const elements = ui.elements.value;
  useLayoutEffect(() => {
    tracker.flush();
    onCommit();
  });
  const groups = [];
  for (const field of model.litFields.value) {
    const anchor = elements.get(field);
    if (anchor) groups.push(<MemoGroup key={field} field={field} anchor={anchor} findings={model.findingsAt(field)} model={model} ui={ui} tracker={tracker} />);
  }
  return <div class="cl-lights">{groups}</div>;
}

interface GroupProps {
  field: string;
  anchor: Element;
  findings: ReadonlySignal<readonly Finding[] | undefined>;
  model: FormCheckModel;
  ui: OverlayModel;
  tracker: PositionTracker;
}

/** A group re-renders from its parent only when a prop changed (its own signals still re-render it). */
class MemoGroup extends Component<GroupProps> {
  override shouldComponentUpdate(next: GroupProps) {
    const p = this.props;
    return p.field !== next.field || p.anchor !== next.anchor || p.findings !== next.findings || p.model !== next.model || p.ui !== next.ui || p.tracker !== next.tracker;
  }
  override render(): ComponentChildren {
    return <Group {...this.props} />;
  }
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
  renderCounts.groups++;
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    tracker.set(field, ref.current, anchor);
    return () => tracker.set(field, null);
  }, [field, anchor, tracker]);
  // Rendered again (new findings, flash, objection): its size may have changed; measure it after the commit.
  useLayoutEffect(() => {
    tracker.touch(field);
    tracker.flushSoon();
  });
  const loc = locale.value;
  return (
    <div class={`cl-group${ui.flash.value === field ? ' cl-flash' : ''}`} ref={ref} data-flash={ui.flash.value === field ? 'true' : undefined}>
      {mergeIdenticalGreys(findings.value ?? []).map(({ finding: f, also }) => {
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
