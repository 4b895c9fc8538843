// 案件: every defect recorded for one case — rule, basis, points, dates, rectification, voiding — against its threshold.
import { useSignalEffect } from '@preact/signals';
import { VALUE_TEXT } from '../../../../shared/case/index.ts';
import { useModels, useT } from '../context.ts';
import { formatDate, pick } from '../i18n.ts';
import type { DefectRow } from '../models/case-model.ts';
import { IssueNotice } from './issue-notice.tsx';
import { DataTable, Link, Num, ResourceView, resourceOf, RuleName, type Column } from './common.tsx';

const procedures: Readonly<Record<string, { zh: string; en: string }>> = VALUE_TEXT.procedure;

export function CasePage(props: { caseNumber: string }) {
  const { caseDetail, session } = useModels();
  const t = useT();
  const lang = session.lang.value;
  useSignalEffect(() => {
    void caseDetail.load(props.caseNumber);
  });
  const state = caseDetail.state.value;
  const summary = caseDetail.summary.value;
  // While another case is still on screen from before, show this one as loading.
  const current = resourceOf(state, summary && summary.caseNumber === props.caseNumber ? summary : null);
  const statusText = (r: DefectRow) => {
    if (r.voided) return t('voidedBecause', { reason: r.voidReason ?? '' });
    if (r.objection?.status === 'pending') return t('objectionPending');
    return r.rectifiedAt ? t('rectifiedStatus') : t('notRectified');
  };
  const columns: Column<DefectRow>[] = [
    {
      header: t('colRule'), rowHeader: true,
      cell: (r) => <RuleName title={pick(lang, r.title)} id={r.ruleId} />,
    },
    { header: t('colBasis'), cell: (r) => <span class="basis">{pick(lang, r.basis, '—')}</span> },
    { header: t('colProcedure'), class: 'nowrap', cell: (r) => pick(lang, procedures[r.procedure], r.procedure) },
    { header: t('colPoints'), numeric: true, cell: (r) => (r.voided ? <del><Num value={r.points} /></del> : <Num value={r.points} />) },
    { header: t('colDue'), class: 'nowrap', cell: (r) => formatDate(lang, r.due) },
    { header: t('colRedOn'), class: 'nowrap', cell: (r) => formatDate(lang, r.firstObservedAt) },
    { header: t('colRectifiedOn'), class: 'nowrap', cell: (r) => formatDate(lang, r.rectifiedAt) },
    { header: t('colVoided'), cell: (r) => (r.voided ? t('yes') : t('no')) },
    { header: t('colStatus'), cell: (r) => <span class={r.voided ? 'status status-voided' : r.rectifiedAt ? 'status status-ok' : 'status status-open'}>{statusText(r)}</span> },
    { header: t('colProsecutor'), cell: (r) => <Link to={{ name: 'prosecutor', id: r.prosecutorId }}>{r.prosecutor}</Link> },
  ];
  return (
    <>
      <div class="page-head">
        <p class="crumbs"><Link to={{ name: 'overview' }}>← {t('backToOverview')}</Link></p>
        <h1 tabIndex={-1}>{t('caseTitle', { caseNumber: props.caseNumber })}</h1>
      </div>
      <ResourceView resource={current} onRetry={() => void caseDetail.load(props.caseNumber, { force: true })}>
        {(summary) => (
          <>
            <section class="panel case-summary" aria-label={t('caseTitle', { caseNumber: summary.caseNumber })}>
              <p>
                <span class="tag">{summary.kind === 'prosecution' ? t('publicProsecution') : t('otherProcedure')}</span>{' '}
                <strong data-testid="case-total">{t('caseTotal', { points: summary.totalPoints, threshold: summary.threshold })}</strong>
                {summary.overThreshold && <span class="tag tag-warn"> {t('overThreshold')}</span>}
              </p>
              <meter min={0} max={summary.threshold} low={summary.threshold * 0.75} high={summary.threshold * 0.999} optimum={0}
                value={Math.min(summary.totalPoints, summary.threshold)} aria-label={t('caseTotal', { points: summary.totalPoints, threshold: summary.threshold })} />
            </section>
            <section class="panel" aria-labelledby="h-defects">
              <h2 id="h-defects">{t('caseDefects')}</h2>
              <DataTable caption={t('caseDefects')} captionHidden columns={columns} rows={caseDetail.defectRows.value} rowKey={(r) => r.id} testId="table-defects" />
            </section>
          </>
        )}
      </ResourceView>
      <IssueNotice caseNumber={props.caseNumber} />
    </>
  );
}
