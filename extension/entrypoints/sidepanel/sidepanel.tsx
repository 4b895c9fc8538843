// The side panel's view: the tab's findings grouped by light, worst first; 定位 scrolls the host
// page to the field (or names the tab of the form to open); 提出异议 files an objection with the same
// rule as the in-page panel: only a person's click and typing count (isTrusted), never a script's.
import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { formatCivil } from '../../../shared/calendar';
import type { FrameFindingRef } from '../../finding-ref';
import { OBJECTION_REASON_MAX } from '../../../shared/api/limits';
import { fieldLabel, ruleText } from '../../../shared/rules/text';
import { lightText } from '../../components/present';
import { locale, pick, t } from '../../i18n';
import { AssessmentPanel } from '../../assessment/panel';
import type { AssessmentModel } from '../../assessment/model';
import { LIGHT_ORDER, type SidePanelModel } from './model';

/** `studio`: the signed-in role may map host pages (administrators, trainers): link to the adapter studio. */
export function SidePanel({ model, assessment, studio = false }: { model: SidePanelModel; assessment?: AssessmentModel; studio?: boolean }) {
  const s = model.summary.value;
  const groups = model.byLight.value;
  return (
    <main data-testid="sidepanel" lang={locale.value}>
      <h1>{t('side.title')}</h1>
      {studio && (
        <p><a data-testid="sidepanel-studio" href={`studio.html${model.tabId.value === undefined ? '' : `?tabId=${model.tabId.value}`}`}>{t('side.studio')}</a></p>
      )}
      {model.loaded.value && !s && <p class="muted" data-testid="sidepanel-empty">{t('side.noPage')}</p>}
      {s && (
        <>
          <p class="muted">
            {s.caseNumber !== undefined && <span data-testid="sidepanel-case">{t('side.case', { case: s.caseNumber })}</span>}
            {s.caseNumber !== undefined && ' · '}
            {s.adapters.map((a) => a.name ?? a.id).join('、')}
          </p>
          {s.training && <p class="banner">{t('panel.training')}</p>}
          <div class="counts" data-testid="sidepanel-counts">
            {LIGHT_ORDER.map((l) => <span key={l} class={l} data-count={l}>{t(`light.${l}`)} {s.counts[l]}</span>)}
          </div>
          {assessment && s.procedure === 'arrest-review' && s.caseNumber !== undefined && assessment.caseNumber.value === s.caseNumber && <AssessmentPanel model={assessment} />}
          {LIGHT_ORDER.map((l) => (
            <section key={l} data-light-group={l}>
              <h2 class={l}><span class="dot" aria-hidden="true" />{t(`light.${l}`)}（{groups[l].length}）</h2>
              {groups[l].length === 0 ? <p class="muted">{t('side.empty')}</p> : (
                <ul>{groups[l].map((f) => <Item key={f.occurrenceKey} finding={f} model={model} />)}</ul>
              )}
            </section>
          ))}
        </>
      )}
    </main>
  );
}

function Item({ finding: f, model }: { finding: FrameFindingRef; model: SidePanelModel }) {
  const drafting = useSignal(false);
  const reason = useSignal('');
  const problem = useSignal<string | null>(null);
  const busy = useSignal(false);
  const armed = useRef(false);
  const rule = ruleText(f.ruleId);
  const objection = model.objectionFor(f);
  const located = model.located.value;
  const here = located && located.field === f.anchor ? located : null;
  const lang = locale.value === 'en' ? 'en' : 'zh';
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
    const result = await model.object(f, text);
    busy.value = false;
    if (result.ok) {
      drafting.value = false;
      reason.value = '';
      problem.value = null;
    } else problem.value = t('objection.failed', { error: result.error });
  };
  return (
    <li class="finding" data-finding={f.ruleId} data-finding-field={f.anchor} data-finding-light={f.light}>
      <div class={f.light}>
        <span class="dot" aria-hidden="true" /> {lightText(locale.value, f)}
      </div>
      <h3>{rule ? pick(rule.title) : f.ruleId}</h3>
      <div class="muted">
        {f.anchor !== undefined && pick(fieldLabel(f.anchor))}
        {f.due !== undefined && ` · ${t('side.due', { date: formatCivil(f.due, lang) })}`}
      </div>
      {objection && <p class="muted" data-testid="sidepanel-objection">{t('objection.filed', { reason: objection.reason })}</p>}
      <div class="row">
        {f.anchor !== undefined && (
          <button type="button" data-testid="sidepanel-locate" onClick={() => void model.locate(f.anchor!)}>{t('side.locate')}</button>
        )}
        {!objection && !drafting.value && (
          <button type="button" data-testid="sidepanel-object" disabled={model.summary.value?.caseNumber === undefined}
            onClick={(e) => { if (e.isTrusted) drafting.value = true; }}>
            {t('objection.open')}
          </button>
        )}
      </div>
      {here && (
        <p class={here.state === 'found' ? 'ok' : 'where'} data-testid="sidepanel-located" data-state={here.state} role="status">
          {here.state === 'found' ? t('side.located') : here.state === 'tab' ? t('side.openTab', { tab: here.tab }) : t('side.absent')}
        </p>
      )}
      {drafting.value && (
        <form onSubmit={submit} data-testid="sidepanel-objection-form">
          <label>
            {t('objection.reason')}
            <textarea required maxLength={OBJECTION_REASON_MAX} value={reason.value}
              onInput={(e) => { if (e.isTrusted) reason.value = (e.currentTarget as HTMLTextAreaElement).value; }} />
          </label>
          {problem.value && <div class="error" role="alert">{problem.value}</div>}
          <div class="row">
            <button type="submit" class="primary" disabled={busy.value} data-testid="sidepanel-objection-submit" onClick={(e) => (armed.current = e.isTrusted)}>
              {t('objection.submit')}
            </button>
            <button type="button" onClick={() => (drafting.value = false)}>{t('objection.cancel')}</button>
          </div>
        </form>
      )}
    </li>
  );
}
