// 检察官: one prosecutor's year — figures and rank, their cases over threshold, and the objections they filed.
import { useSignalEffect } from '@preact/signals';
import type { Objection } from '../../../../shared/api/index.ts';
import { useModels, useT } from '../context.ts';
import { formatDate, formatNumber, formatPercent, pick } from '../i18n.ts';
import type { OverThresholdRow } from '../models/overview-model.ts';
import { ruleInfo } from '../models/rule-catalogue.ts';
import { DataTable, Kpi, Link, Num, ResourceView, resourceOf, RuleName, type Column } from './common.tsx';

export function ProsecutorPage(props: { id: string }) {
  const { prosecutor, nav, session, catalogue } = useModels();
  const t = useT();
  const lang = session.lang.value;
  useSignalEffect(() => {
    void prosecutor.load(props.id, nav.year.value, nav.unit.value);
  });
  const view = prosecutor.view.value;
  const shown = view && view.id === props.id ? view : null;
  const caseColumns: Column<OverThresholdRow>[] = [
    { header: t('colCaseNumber'), rowHeader: true, cell: (r) => <Link to={{ name: 'case', caseNumber: r.caseNumber }}>{r.caseNumber}</Link> },
    { header: t('colProcedure'), class: 'nowrap', cell: (r) => (r.kind === 'prosecution' ? t('publicProsecution') : t('otherProcedure')) },
    { header: `${t('colPoints')} / ${t('colThreshold')}`, numeric: true, cell: (r) => <><strong><Num value={r.totalPoints} /></strong> / <Num value={r.threshold} /></> },
    { header: t('colDefects'), numeric: true, cell: (r) => <Num value={r.defects} /> },
  ];
  const objectionColumns: Column<Objection>[] = [
    { header: t('colSubmitted'), class: 'nowrap', cell: (o) => formatDate(lang, o.filedAt) },
    { header: t('colCaseNumber'), rowHeader: true, cell: (o) => <Link to={{ name: 'case', caseNumber: o.caseNumber }}>{o.caseNumber}</Link> },
    { header: t('colRule'), cell: (o) => <RuleName title={pick(lang, ruleInfo(catalogue.value, o.ruleId).title)} id={o.ruleId} /> },
    { header: t('colPoints'), numeric: true, cell: (o) => <Num value={o.points} /> },
    { header: t('objectionReason'), cell: (o) => <span class="reason">{o.reason}</span> },
    { header: t('colStatus'), cell: (o) => <span class={`status status-${o.status}`}>{t(`objection_${o.status}`)}</span> },
    { header: t('colReason'), cell: (o) => o.decisionReason ?? '—' },
  ];
  return (
    <>
      <div class="page-head">
        <p class="crumbs"><Link to={{ name: 'overview' }}>← {t('backToOverview')}</Link></p>
        <h1 tabIndex={-1}>{t('prosecutorTitle', { name: shown?.name ?? props.id })} · {nav.year.value}</h1>
      </div>
      <ResourceView resource={resourceOf(prosecutor.state.value, shown)} onRetry={() => void prosecutor.load(props.id, nav.year.value, nav.unit.value)}>
        {(shown) => (
          <>
            <dl class="kpis">
              <Kpi label={t('colPoints')} value={shown.figures ? formatNumber(lang, shown.figures.points) : '0'} testId="prosecutor-points" />
              <Kpi label={t('colDefects')} value={formatNumber(lang, shown.figures?.defects ?? 0)} />
              <Kpi label={t('colRectificationRate')} value={formatPercent(lang, shown.figures?.rectificationRate ?? null)} />
              <Kpi label={t('colVoided')} value={formatNumber(lang, shown.figures?.voided ?? 0)} />
              <Kpi label={t('rank')} value={shown.rank ? t('rankOf', { rank: shown.rank, of: shown.of }) : '—'} />
            </dl>
            <div class="grid-2">
              <section class="panel" aria-labelledby="h-p-cases">
                <h2 id="h-p-cases">{t('overThreshold')}</h2>
                <DataTable caption={t('overThreshold')} captionHidden columns={caseColumns} rows={shown.cases} rowKey={(r) => r.caseNumber} />
              </section>
              <section class="panel" aria-labelledby="h-p-objections">
                <h2 id="h-p-objections">{t('prosecutorObjections')}</h2>
                <DataTable caption={t('prosecutorObjections')} captionHidden columns={objectionColumns} rows={shown.objections} rowKey={(o) => o.id} />
              </section>
            </div>
          </>
        )}
      </ResourceView>
    </>
  );
}
