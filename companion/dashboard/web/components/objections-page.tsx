// 异议审核: pending objections, oldest first, a page at a time; accepting voids the points, rejecting keeps them; either needs a reason.
import { useSignalEffect } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { OBJECTION_REASON_MAX, type Objection } from '../../../../shared/api/index.ts';
import { useModels, useT } from '../context.ts';
import { formatDate, formatNumber, pick, translate } from '../i18n.ts';
import { ruleInfo } from '../models/rule-catalogue.ts';
import { DataTable, ErrorNotice, Link, Num, ResourceView, RuleName, type Column } from './common.tsx';

export function ObjectionsPage() {
  const { objections, session, catalogue } = useModels();
  const t = useT();
  const lang = session.lang.value;
  useSignalEffect(() => {
    // Reload whenever the page is opened (decisions made elsewhere drop out of the queue).
    void objections.load();
  });
  const canDecide = session.canDecide.value;
  const last = objections.lastSettled.value;
  const columns: Column<Objection>[] = [
    { header: t('colSubmitted'), class: 'nowrap', cell: (o) => formatDate(lang, o.filedAt) },
    { header: t('colCaseNumber'), rowHeader: true, cell: (o) => <Link to={{ name: 'case', caseNumber: o.caseNumber }}>{o.caseNumber}</Link> },
    { header: t('colRule'), cell: (o) => <RuleName title={pick(lang, ruleInfo(catalogue.value, o.ruleId).title)} id={o.ruleId} /> },
    { header: t('colPoints'), numeric: true, cell: (o) => <Num value={o.points} /> },
    { header: t('objectionBy'), cell: (o) => <Link to={{ name: 'prosecutor', id: o.userId }}>{o.userName}</Link> },
    { header: t('colUnit'), cell: (o) => session.unitNames.value.get(o.unitCode) ?? o.unitCode },
    { header: t('objectionReason'), cell: (o) => <span class="reason">{o.reason}</span> },
  ];
  if (canDecide) {
    columns.push({
      header: t('colActions'),
      class: 'actions',
      cell: (o) => (
        <span class="button-row">
          <button type="button" class="button-primary" onClick={() => objections.open(o, 'accepted')}
            aria-label={`${t('approve')}：${o.caseNumber} ${o.userName}`} data-testid="approve">{t('approve')}</button>
          <button type="button" class="button-danger" onClick={() => objections.open(o, 'rejected')}
            aria-label={`${t('reject')}：${o.caseNumber} ${o.userName}`} data-testid="reject">{t('reject')}</button>
        </span>
      ),
    });
  }
  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1} id="h-objections">{t('objectionsTitle')}</h1>
      </div>
      {last && (
        <p class="notice notice-ok" role="status" data-testid="settled">
          {t('decisionDone', { caseNumber: last.caseNumber })} — {t(`objection_${last.status}`)}
        </p>
      )}
      <ResourceView resource={objections.state.value} onRetry={() => void objections.load()}>
        {() => (
          <section class="panel">
            <DataTable
              caption={t('objectionsTitle')}
              captionHidden
              columns={columns}
              rows={objections.pending.value}
              rowKey={(o) => o.id}
              empty={t('objectionsEmpty')}
              testId="table-objections"
            />
            {(objections.hasPrevious.value || objections.hasNext.value) && (
              <nav class="button-row pager" aria-label={t('objectionsTitle')} data-testid="objections-pager">
                <button type="button" class="button-secondary" disabled={!objections.hasPrevious.value} onClick={() => void objections.previousPage()}>{t('pagePrev')}</button>
                <button type="button" class="button-secondary" disabled={!objections.hasNext.value} onClick={() => void objections.nextPage()}>{t('pageNext')}</button>
              </nav>
            )}
            {objections.range.value && <p class="field-meta" role="status" data-testid="objections-range">{t('pageRange', {
              from: formatNumber(lang, objections.range.value.from), to: formatNumber(lang, objections.range.value.to), total: formatNumber(lang, objections.range.value.total),
            })}</p>}
          </section>
        )}
      </ResourceView>
      <DecisionDialog />
    </>
  );
}

function DecisionDialog() {
  const { objections, session } = useModels();
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const draft = objections.draft.value;
  const open = draft !== null;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const error = objections.reasonError.value;
  const textarea = useRef<HTMLTextAreaElement>(null);
  // A refused submit puts the cursor back in the reason box, where the message points.
  useEffect(() => {
    if (error) textarea.current?.focus();
  }, [error, objections.attempted.value]);
  const submitError = objections.submitError.value;
  const submitting = objections.submitting.value;
  const accept = draft?.decision === 'accepted';
  const lang = session.lang.value;

  return (
    <dialog
      ref={ref}
      class="dialog"
      aria-labelledby="decision-title"
      aria-describedby="decision-explain"
      onCancel={(e) => { e.preventDefault(); objections.cancel(); }}
      data-testid="decision-dialog"
    >
      {draft && (
        <form
          method="dialog"
          noValidate
          onSubmit={(e) => { e.preventDefault(); void objections.submit(); }}
        >
          <h2 id="decision-title">
            {accept ? t('decisionTitleAccept', { caseNumber: draft.objection.caseNumber }) : t('decisionTitleReject', { caseNumber: draft.objection.caseNumber })}
          </h2>
          <p id="decision-explain">{accept ? t('decisionExplainAccept') : t('decisionExplainReject')}</p>
          <dl class="decision-facts">
            <dt>{t('objectionBy')}</dt><dd>{draft.objection.userName}</dd>
            <dt>{t('objectionReason')}</dt><dd class="reason">{draft.objection.reason}</dd>
          </dl>
          <label for="decision-reason">{t('decisionReason')}</label>
          <textarea
            ref={textarea}
            id="decision-reason"
            name="reason"
            rows={4}
            maxLength={OBJECTION_REASON_MAX + 50}
            required
            aria-required="true"
            aria-invalid={error !== null}
            aria-describedby={error ? 'decision-reason-error decision-reason-count' : 'decision-reason-count'}
            value={objections.reason.value}
            onInput={(e) => objections.setReason(e.currentTarget.value)}
            autoFocus
            data-testid="decision-reason"
          />
          <p class="field-meta">
            <span id="decision-reason-count">{t('decisionReasonCount', { count: objections.reasonLength.value, max: OBJECTION_REASON_MAX })}</span>
          </p>
          {error && <p id="decision-reason-error" class="field-error" role="alert">{translate(lang, error, { max: OBJECTION_REASON_MAX })}</p>}
          {submitError && <ErrorNotice error={submitError} />}
          <div class="button-row dialog-actions">
            <button type="button" class="button-secondary" onClick={() => objections.cancel()} disabled={submitting}>{t('cancel')}</button>
            <button type="submit" class={accept ? 'button-primary' : 'button-danger'} disabled={submitting} data-testid="decision-submit">
              {submitting ? t('decisionSubmitting') : accept ? t('approve') : t('reject')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
