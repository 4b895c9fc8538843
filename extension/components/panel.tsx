// The panel: every finding of the case, worst first, with basis, dates and what to do; objections,
// which act only on trusted user events (isTrusted), never on events a script dispatched.
// Collapsible, and it moves (or shrinks) so it never covers the field being edited.
import { useComputed, useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type { Finding, Light } from '../../shared/engine';
import { OBJECTION_REASON_MAX } from '../../shared/api/limits';
import { fieldLabel } from '../models/wording';
import { locale, pick, t } from '../i18n';
import { isTraining } from '../settings';
import type { FormCheckModel } from '../models/form-check';
import { lightText } from './present';
import type { OverlayModel } from '../models/overlay';
import { FindingDetails } from './details';
import { CaseNotices } from '../loop/case-notices';
import type { NoticePort } from '../loop/notice-list';
import { SidePanelButton, useCounterDrag } from './counter';
import { fillOnTabs } from './where-to-fill';
import { renderCounts } from './lights';

export interface PanelActions {
  /** Scrolls the field into view and focuses it; false when it is not in this frame. */
  locate(field: string): boolean;
  object(finding: Finding, reason: string): Promise<{ ok: true } | { ok: false; error: string }>;
  /** Open 流程监控通知书 of the case, shown beside the lights (issue 10). */
  notices?: NoticePort;
}

const LIGHTS: Light[] = ['red', 'yellow', 'green', 'grey'];

/** Chromium has the side panel (the manifest's side_panel); elsewhere the in-page list is all there is. */
function sidePanelAvailable(): boolean {
  return import.meta.env.CHROME === true || import.meta.env.EDGE === true;
}

export function Panel({ model, ui, actions }: { model: FormCheckModel; ui: OverlayModel; actions: PanelActions }) {
  renderCounts.panel++;
  // The tab's counts (every frame's findings), as the side panel and the badge show them: each a
  // signal of its own, drawn as text, so a light that flips changes a number and renders no panel.
  const counts = LIGHTS.map((l) => useComputed(() => model.tabCounts.value[l]));
  const placement = ui.placement.value;
  const collapsed = ui.collapsed.value || placement.shrink;
  const corner = placement.corner;
  const style: Record<string, string> = {};
  // Collapsed, the panel is the counter; once dragged it stays where the person put it.
  const moved = collapsed ? ui.moved.value : null;
  if (moved) {
    style.left = `${moved.left}px`;
    style.top = `${moved.top}px`;
  } else {
    style[corner.startsWith('top') ? 'top' : 'bottom'] = '8px';
    style[corner.endsWith('left') ? 'left' : 'right'] = '8px';
  }
  const drag = useCounterDrag(ui);
  const adapter = ui.adapter.value;
  const caseNumber = model.caseNumber.value;
  // Read where the open panel shows them: collapsed, the panel does not depend on them.
  const findings = () => model.findings.value;
  const error = () => model.evaluation.value.error;
  return (
    <section
      class={`cl-panel${collapsed ? ' cl-collapsed' : ''}`}
      style={style}
      data-testid="caselight-panel"
      data-corner={corner}
      data-collapsed={collapsed ? 'true' : 'false'}
      data-moved={moved ? 'true' : undefined}
      aria-label={t('panel.title')}
    >
      <header {...(collapsed ? drag : {})} class={collapsed ? 'cl-counter' : undefined}>
        <strong>{t('panel.title')}</strong>
        <span class="cl-counts">
          {LIGHTS.map((l, i) => (
            <span key={l} class={`cl-count cl-${l}`} data-count={l}>
              {t(`light.${l}`)} {counts[i]}
            </span>
          ))}
        </span>
        <button type="button" class="cl-btn" aria-expanded={!collapsed} onClick={() => (ui.collapsed.value = !ui.collapsed.peek())}>
          {collapsed ? t('panel.expand') : t('panel.collapse')}
        </button>
        {sidePanelAvailable() && <SidePanelButton />}
      </header>
      {!collapsed && (
        <>
          {isTraining({ adapter, trainingMode: ui.trainingMode.value }) ? <div class="cl-banner">{t('panel.training')}</div> : null}
          {error() !== undefined && <div class="cl-banner cl-error">{error()}</div>}
          <div class="cl-section cl-muted">
            {caseNumber !== undefined && (
              <span>
                {t('panel.case')}：<span data-testid="caselight-case-number">{caseNumber}</span>
                {' · '}
              </span>
            )}
            {adapter === null ? t('panel.noAdapter') : adapter.name}
            {ui.frames.value > 1 ? ` · ${t('panel.frames', { n: ui.frames.value })}` : ''}
            {ui.checkedAt.value ? ` · ${t('panel.checkedAt', { time: ui.checkedAt.value })}` : ''}
          </div>
          {actions.notices && caseNumber !== undefined && <CaseNotices port={actions.notices} caseNumber={caseNumber} />}
          {adapter !== null && findings().length === 0 && <div class="cl-section">{t('panel.empty')}</div>}
          <ul class="cl-list">
            {findings().map((f) => (
              <Item key={f.occurrenceKey} finding={f} model={model} actions={actions} tabs={adapter?.tabs} />
            ))}
          </ul>
          <Unverified model={model} tabs={adapter?.tabs} />
          <Diagnostics model={model} />
        </>
      )}
    </section>
  );
}

function Item({ finding: f, model, actions, tabs }: { finding: Finding; model: FormCheckModel; actions: PanelActions; tabs?: Record<string, string> }) {
  renderCounts.panel++;
  const drafting = useSignal(false);
  const reason = useSignal('');
  const problem = useSignal<string | null>(null);
  const busy = useSignal(false);
  const objection = model.objectionFor(f);
  const caseNumber = model.caseNumber.value;
  const fields = model.shownFields.value;
  const shown = fields.includes(f.anchor);
  // Set by a person's click on 提交 (a trusted click): a script's requestSubmit() or button.click()
  // still makes the browser fire `submit`, so the submit event alone does not say who asked.
  const armed = useRef(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    const byPerson = e.isTrusted && armed.current;
    armed.current = false;
    if (!byPerson) return;
    const text = reason.peek().trim();
    if (text === '') {
      problem.value = t('objection.required');
      return;
    }
    busy.value = true;
    const result = await actions.object(f, text);
    busy.value = false;
    if (result.ok) {
      drafting.value = false;
      reason.value = '';
      problem.value = null;
    } else problem.value = t('objection.failed', { error: result.error });
  };
  return (
    <li class="cl-item" data-finding={f.ruleId} data-finding-field={f.anchor} data-finding-light={f.light}>
      <div class="cl-item-head">
        <span class={`cl-light cl-${f.light}`} aria-hidden="true">
          <span class="cl-dot" />
          <span>{lightText(locale.value, f)}</span>
        </span>
        <h3>{pick(f.title)}</h3>
      </div>
      <div class="cl-muted">{pick(fieldLabel(f.anchor))}</div>
      <FindingDetails finding={f} where={fillOnTabs(f.missingFields, tabs, fields)} />
      {objection && <p class="cl-muted" data-testid="caselight-objection">{t('objection.filed', { reason: objection.reason })}</p>}
      <div class="cl-actions">
        <button type="button" class="cl-btn" disabled={!shown} title={shown ? undefined : t('panel.notOnPage')} onClick={() => actions.locate(f.anchor)}>
          {t('panel.locate')}
        </button>
        {!objection && !drafting.value && (
          <button
            type="button"
            class="cl-btn"
            disabled={caseNumber === undefined}
            title={caseNumber === undefined ? t('objection.noCase') : undefined}
            data-testid="caselight-object"
            onClick={(e) => {
              if (e.isTrusted) drafting.value = true;
            }}
          >
            {t('objection.open')}
          </button>
        )}
      </div>
      {drafting.value && (
        <form class="cl-objection" onSubmit={submit} data-testid="caselight-objection-form">
          <label>
            {t('objection.reason')}
            <textarea
              required
              maxLength={OBJECTION_REASON_MAX}
              value={reason.value}
              onInput={(e) => {
                // The reason is what the person typed; text a script put there is not taken.
                if (e.isTrusted) reason.value = (e.currentTarget as HTMLTextAreaElement).value;
              }}
            />
          </label>
          {problem.value && <div class="cl-error" role="alert">{problem.value}</div>}
          <div class="cl-actions">
            <button type="submit" class="cl-btn cl-btn-primary" disabled={busy.value} data-testid="caselight-objection-submit" onClick={(e) => (armed.current = e.isTrusted)}>
              {t('objection.submit')}
            </button>
            <button type="button" class="cl-btn" onClick={() => (drafting.value = false)}>
              {t('objection.cancel')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}

function Unverified({ model, tabs }: { model: FormCheckModel; tabs?: Record<string, string> }) {
  const list = model.unverified.value;
  if (list.length === 0) return null;
  return (
    <details class="cl-section" data-testid="caselight-unverified">
      <summary>{t('panel.unverified', { n: list.length })}</summary>
      <ul class="cl-list">
        {list.map((f) => (
          <li key={f.occurrenceKey} class="cl-item">
            <span class="cl-muted">{pick(f.title)}</span>{' — '}
            {tabs?.[f.anchor] ? <span data-testid="caselight-fill-on-tab">{t('card.fillOnTab', { tab: tabs[f.anchor], fields: pick(fieldLabel(f.anchor)) })}</span> : pick(fieldLabel(f.anchor))}
          </li>
        ))}
      </ul>
    </details>
  );
}

function Diagnostics({ model }: { model: FormCheckModel }) {
  const { issues, missing } = model.diagnostics.value;
  if (issues.length === 0 && missing.length === 0) return null;
  const sep = locale.value === 'en' ? ', ' : '、';
  return (
    <details class="cl-section" data-testid="caselight-diagnostics">
      <summary>{t('panel.diagnostics')}</summary>
      {issues.map((i) => (
        <div key={i.field} class="cl-warn">
          {t(i.code === 'unmapped' ? 'panel.unmapped' : 'panel.unreadable', { field: pick(fieldLabel(i.field)), value: i.value ?? '' })}
        </div>
      ))}
      {missing.length > 0 && (
        <div class="cl-muted">{t('panel.missingFields', { fields: missing.map((f) => pick(fieldLabel(f))).join(sep) })}</div>
      )}
    </details>
  );
}
