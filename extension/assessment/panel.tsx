// The assessment panel in the side panel (issue 11), shown on an arrest-review case: legal
// conditions, the items by group with the evidence each rests on, the score and band (or the legal
// override), the drafted paragraph to edit and copy, and the prosecutor's decision — a decision
// against the band asks for a reason. Text is rendered as text, never as HTML.
import { useSignal } from '@preact/signals';
import { ASSESSMENT_GROUPS, DECISION_LABELS, DECISIONS, OVERRIDE_LABELS, PENALTIES, type ArrestDecision, type Penalty } from '../../shared/assessment/index';
import { pick } from '../i18n';
import { at } from './i18n';
import { ASSESSMENT_REASON_MAX, EVIDENCE_MAX } from './limits';
import type { AssessmentModel } from './model';

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

export function AssessmentPanel({ model }: { model: AssessmentModel }) {
  const i = model.instrument.value;
  const r = model.result.value;
  const copied = useSignal(false);
  if (!i || !r) return null;
  const c = model.conditions.value;
  const bandLabel = r.override ? pick(OVERRIDE_LABELS[r.override.kind]) : pick(r.scoreBand.label);
  const submitted = model.submitted.value;
  return (
    <section class="assessment" data-testid="assessment" data-band={r.band} data-score={r.score}>
      <h2>{at('title')}</h2>
      <p class="muted" data-testid="assessment-instrument">{pick(i.title)} · {at('version', { v: i.version })}</p>
      {i.calibration === 'starting-point' && <p class="banner" data-testid="assessment-starting">{at('starting')}</p>}
      {model.source.value !== 'companion' && <p class="muted" data-testid="assessment-source">{at('offline', { source: at(`source.${model.source.value}`) })}</p>}
      <p class="muted">{at('local')}</p>

      <fieldset data-testid="assessment-conditions">
        <legend>{at('conditions')}</legend>
        <label>{at('evidence')}{' '}
          <select data-testid="condition-evidence" value={c.evidenceOfCrime === undefined ? 'unset' : c.evidenceOfCrime ? 'yes' : 'no'}
            onChange={(e) => { const v = (e.currentTarget as HTMLSelectElement).value; model.setCondition('evidenceOfCrime', v === 'unset' ? undefined : v === 'yes'); }}>
            {(['unset', 'yes', 'no'] as const).map((v) => <option key={v} value={v}>{at(`evidence.${v}`)}</option>)}
          </select>
        </label>
        <label>{at('penalty')}{' '}
          <select data-testid="condition-penalty" value={c.penalty} onChange={(e) => model.setCondition('penalty', (e.currentTarget as HTMLSelectElement).value as Penalty)}>
            {PENALTIES.map((p) => <option key={p} value={p}>{at(`penalty.${p}`)}</option>)}
          </select>
        </label>
        {([['priorIntentionalCrime', 'prior'], ['identityUnknown', 'identity'], ['noCriminalLiability', 'cpl16'], ['bailViolation', 'bail']] as const).map(([key, label]) => (
          <label key={key} class="check">
            <input type="checkbox" data-testid={`condition-${key}`} checked={c[key]} onChange={(e) => model.setCondition(key, (e.currentTarget as HTMLInputElement).checked)} />
            {at(label)}
          </label>
        ))}
      </fieldset>

      {ASSESSMENT_GROUPS.map((gid) => {
        const group = i.groups.find((g) => g.id === gid);
        return (
          <fieldset key={gid} data-group={gid}>
            <legend>{group ? pick(group.label) : gid}</legend>
            {i.items.filter((item) => item.group === gid).map((item) => {
              const on = model.ticked.value.includes(item.id);
              return (
                <div key={item.id} class="item" data-item={item.id}>
                  <label class="check">
                    <input type="checkbox" data-testid={`item-${item.id}`} checked={on} onChange={(e) => model.toggle(item.id, (e.currentTarget as HTMLInputElement).checked)} />
                    <span>{pick(item.text)} <b class={item.weight < 0 ? 'minus' : 'plus'}>{signed(item.weight)}</b></span>
                  </label>
                  <div class="basis muted">{pick(item.basis)}</div>
                  {on && (
                    <label class="evidence">{at('evidenceRef')}
                      <input type="text" data-testid={`evidence-${item.id}`} maxLength={EVIDENCE_MAX} placeholder={at('evidencePlaceholder')} value={model.evidence.value[item.id] ?? ''}
                        onInput={(e) => model.setEvidence(item.id, (e.currentTarget as HTMLInputElement).value)} />
                    </label>
                  )}
                </div>
              );
            })}
          </fieldset>
        );
      })}

      <div class="result" data-testid="assessment-result">
        <strong data-testid="assessment-score">{at('score', { score: r.score })}</strong>{' · '}
        <strong data-testid="assessment-band">{at('band', { band: bandLabel })}</strong>
        {r.override && <p class="override" role="status" data-testid="assessment-override" data-override={r.override.id}>{at('override', { text: pick(r.override.text), basis: pick(r.override.basis) })}</p>}
      </div>

      <label class="block">{at('paragraph')}
        <textarea data-testid="assessment-paragraph" rows={10} value={model.text.value} onInput={(e) => model.setParagraph((e.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      <div class="row">
        <button type="button" data-testid="assessment-copy" onClick={() => void navigator.clipboard.writeText(model.text.peek()).then(() => { copied.value = true; }, () => undefined)}>{copied.value ? at('copied') : at('copy')}</button>
        {model.paragraph.value !== null && <button type="button" data-testid="assessment-redraft" onClick={() => model.redraft()}>{at('redraft')}</button>}
      </div>

      <fieldset data-testid="assessment-decision">
        <legend>{at('decision')}</legend>
        <p class="muted">{at('decisionNote')}</p>
        {DECISIONS.map((d: ArrestDecision) => (
          <label key={d} class="check">
            <input type="radio" name="decision" data-testid={`decision-${d}`} checked={model.decision.value === d} onChange={() => model.setDecision(d)} />
            {pick(DECISION_LABELS[d])}
          </label>
        ))}
        {model.against.value && (
          <label class="block against" data-testid="assessment-against">{at('against')}
            <textarea data-testid="assessment-reason" maxLength={ASSESSMENT_REASON_MAX} value={model.reason.value} onInput={(e) => model.setReason((e.currentTarget as HTMLTextAreaElement).value)} />
          </label>
        )}
      </fieldset>
      {model.problem.value && <div class="error" role="alert" data-testid="assessment-problem">{pick(model.problem.value)}</div>}
      <div class="row">
        <button type="button" class="primary" data-testid="assessment-submit" disabled={model.busy.value || model.decision.value === null} onClick={() => void model.submit()}>{at('submit')}</button>
      </div>
      {submitted && (
        <p class="ok" data-testid="assessment-submitted" role="status">
          {at('submitted', { band: submitted.band === r.band ? bandLabel : submitted.band, decision: pick(DECISION_LABELS[submitted.decision]) })}
        </p>
      )}
    </section>
  );
}
