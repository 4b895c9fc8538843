// The explanation of one finding: message, the dates the engine computed, legal basis, advice.
// Everything is rendered as text nodes; nothing from the page or a rule is ever parsed as HTML.
import { Fragment } from 'preact';
import { formatCivil } from '../../shared/calendar';
import type { Finding } from '../../shared/engine';
import { fieldLabel } from '../models/wording';
import { locale, pick, t } from '../i18n';
import { basisCitation, deadlineText, todoText } from './present';
import type { FillOnTab } from './where-to-fill';

/** The finding's text; `where` says on which tab of the form its missing fields are filled in. */
export function FindingDetails({ finding: f, where = [] }: { finding: Finding; where?: readonly FillOnTab[] }) {
  const loc = locale.value;
  const lang = loc === 'en' ? 'en' : 'zh';
  const deadline = deadlineText(loc, f.ruleId);
  return (
    <div class="cl-details">
      <p class="cl-msg">{pick(f.message)}</p>
      {where.map((w) => (
        <p key={w.tab} class="cl-msg cl-where" data-testid="caselight-fill-on-tab" data-tab={w.tab}>
          {t('card.fillOnTab', { tab: w.tab, fields: w.fields.map((x) => pick(fieldLabel(x))).join(locale.value === 'en' ? ', ' : '、') })}
        </p>
      ))}
      <dl class="cl-dl">
        {f.dates.map((d, i) => (
          <Fragment key={i}>
            <dt>{pick(d.label)}</dt>
            <dd>{formatCivil(d.value, lang)}</dd>
          </Fragment>
        ))}
        {f.dates.length === 0 && f.due !== undefined && (
          <>
            <dt>{t('card.due')}</dt>
            <dd>{formatCivil(f.due, lang)}</dd>
          </>
        )}
        {deadline !== undefined && (
          <>
            <dt>{t('panel.deadline')}</dt>
            <dd>{deadline}</dd>
          </>
        )}
        <dt>{t('panel.basis')}</dt>
        <dd>{basisCitation(loc, f.basis)}</dd>
        {f.points !== undefined && (
          <>
            <dt>{t('panel.points')}</dt>
            <dd>{f.points}</dd>
          </>
        )}
        <dt>{t('panel.todo')}</dt>
        <dd>{todoText(loc, f)}</dd>
        <dt>{t('panel.rule')}</dt>
        <dd>{f.catalogue ? `${f.catalogue} · ${f.ruleId}` : f.ruleId}</dd>
      </dl>
      {f.missingFields && f.missingFields.length > 0 && (
        <p class="cl-muted">{t('panel.missingInputs', { fields: f.missingFields.map((id) => pick(fieldLabel(id))).join(loc === 'en' ? ', ' : '、') })}</p>
      )}
      {f.calendarCovered === false && <p class="cl-warn">{t('panel.calendarNotCovered')}</p>}
    </div>
  );
}
