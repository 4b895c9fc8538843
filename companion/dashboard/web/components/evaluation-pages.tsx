// Issue 11's report pages: 领导干部办案 (a month per leader and the year's trend), 综合评价 (the units
// below, ranked by their negative and positive evaluations, with the dispute route) and 检察长考评
// (the 市分院检察长 profile, counted to the chief by tenure, the attribution in words). Each page
// downloads its report as CSV or Excel with the bearer token.
import { useSignalEffect } from '@preact/signals';
import type { TargetedMouseEvent } from 'preact';
import type { ChiefEvaluation, EvaluatedUnit, EvaluationReport, EvaluationValue, LeaderRow } from '../../../../shared/api/index.ts';
import { CATEGORIES } from '../../../../shared/evaluation/index.ts';
import { useModels } from '../context.ts';
import { et, type EvaluationMessageId } from '../evaluation-i18n.ts';
import { formatNumber, formatPercent, pick, type Lang } from '../i18n.ts';
import { evaluationHref, leadersHref, type ExportFormat, type TrendPoint } from '../models/evaluation-model.ts';
import { BarChart } from './bar-chart.tsx';
import { DataTable, ErrorNotice, Num, Pct, ResourceView, type Column } from './common.tsx';

function useEt() {
  const { session } = useModels();
  const lang = session.lang.value;
  return { lang, t: (id: EvaluationMessageId, p?: Record<string, string | number>) => et(lang, id, p) };
}

function Downloads(props: {
  href: (format: ExportFormat) => string;
  downloading: ExportFormat | null;
  onDownload: (format: ExportFormat) => void;
  testPrefix: string;
}) {
  const { t } = useEt();
  const click = (format: ExportFormat) => (e: TargetedMouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    props.onDownload(format);
  };
  return (
    <p class="button-row">
      {(['csv', 'xlsx'] as const).map((format) => (
        <a key={format} class="button-primary" href={props.href(format)} download onClick={click(format)}
          aria-busy={props.downloading === format} data-testid={`${props.testPrefix}-download-${format}`}>
          {props.downloading === format ? t('downloading') : t(format === 'csv' ? 'downloadCsv' : 'downloadXlsx')}
        </a>
      ))}
    </p>
  );
}

// ── 领导干部带头办案 ─────────────────────────────────────────────────────────────

export function LeadersPage() {
  const { leaders, nav, announce } = useModels();
  const { t } = useEt();
  useSignalEffect(() => {
    void leaders.month.value;
    void leaders.load(nav.year.value, nav.unit.value);
  });
  const year = nav.year.value;
  const unit = nav.unit.value;
  const month = leaders.month.value;
  const onDownload = (format: ExportFormat) => {
    void leaders.download(format, year, unit).then((ok) => { if (ok) announce(t('downloaded', { format: format.toUpperCase() })); });
  };
  const columns: Column<LeaderRow>[] = [
    { header: t('colUnit'), cell: (r) => r.unitName },
    { header: t('colLeader'), rowHeader: true, cell: (r) => r.userName },
    { header: t('colAccepted'), numeric: true, cell: (r) => <Num value={r.accepted} /> },
    { header: t('colConcluded'), numeric: true, cell: (r) => <Num value={r.concluded} /> },
    { header: t('colUnitAccepted'), numeric: true, cell: (r) => <Num value={r.unitAccepted} /> },
    { header: t('colShare'), numeric: true, cell: (r) => <Pct value={r.share} /> },
    { header: t('colDifficult'), numeric: true, cell: (r) => <Num value={r.difficult} /> },
    { header: t('colOpenDefects'), numeric: true, cell: (r) => <span class={r.openDefects > 0 ? 'num-overdue' : undefined}><Num value={r.openDefects} /></span> },
  ];
  const trendColumns: Column<TrendPoint>[] = [
    { header: t('colMonth'), rowHeader: true, cell: (p) => t('monthN', { n: p.month }) },
    { header: t('colAccepted'), numeric: true, cell: (p) => <Num value={p.accepted} /> },
    { header: t('colConcluded'), numeric: true, cell: (p) => <Num value={p.concluded} /> },
    { header: t('colDifficult'), numeric: true, cell: (p) => <Num value={p.difficult} /> },
  ];
  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>{t('leadersTitle')} · {year}</h1>
        <p class="field-meta">{t('leadersIntro')}</p>
      </div>
      <section class="panel" aria-labelledby="h-leaders">
        <h2 id="h-leaders">{t('leadersTitle')} · {t('monthN', { n: month })}</h2>
        <div class="field-inline">
          <label for="leaders-month">{t('month')}</label>
          <select id="leaders-month" value={String(month)} onChange={(e) => leaders.setMonth(Number(e.currentTarget.value))} data-testid="leaders-month">
            {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => <option key={m} value={String(m)}>{t('monthN', { n: m })}</option>)}
          </select>
        </div>
        <Downloads href={(format) => leadersHref(year, month, format, unit)} downloading={leaders.downloading.value}
          onDownload={onDownload} testPrefix="leaders" />
        {leaders.downloadError.value && <ErrorNotice error={leaders.downloadError.value} />}
        <ResourceView resource={leaders.state.value} onRetry={() => void leaders.load(year, unit)}>
          {(data) => <DataTable caption={t('leadersTitle')} captionHidden columns={columns} rows={data.rows} rowKey={(r) => r.userId} empty={t('leadersEmpty')} testId="table-leaders" />}
        </ResourceView>
      </section>
      <section class="panel" aria-labelledby="h-leaders-trend">
        <h2 id="h-leaders-trend">{t('trendTitle')}</h2>
        <ResourceView resource={leaders.state.value} onRetry={() => void leaders.load(year, unit)}>
          {() => (
            <div class="grid-2">
              <BarChart data={leaders.trend.value.map((p) => ({ key: String(p.month), label: t('monthN', { n: p.month }), value: p.accepted }))}
                seriesName={t('trendSeries')} label={t('trendTitle')} onSelect={(key) => leaders.setMonth(Number(key))} testId="leaders-trend-chart" />
              <DataTable caption={t('trendTitle')} captionHidden columns={trendColumns} rows={leaders.trend.value} rowKey={(p) => String(p.month)} testId="table-leaders-trend" />
            </div>
          )}
        </ResourceView>
      </section>
    </>
  );
}

// ── 综合评价 ────────────────────────────────────────────────────────────────────

function valueText(lang: Lang, report: EvaluationReport | { set: { indicators: EvaluationReport['set']['indicators'] } }, v: EvaluationValue): string {
  if (v.value === null) return '—';
  const ind = report.set.indicators.find((i) => i.id === v.indicatorId);
  if (ind?.formula.kind === 'ratio' && ind.formula.scale === 1) return formatPercent(lang, v.value);
  return formatNumber(lang, Math.round(v.value * 100) / 100);
}

function ClassBadge(props: { v: EvaluationValue }) {
  const { t } = useEt();
  const v = props.v;
  const tone = v.class === 'negative' ? 'num-overdue' : v.class === 'positive' ? 'num-ok' : undefined;
  return (
    <span class={tone} data-class={v.class}>
      {t(`class_${v.class}`)}
      {!v.counted && <> （{t('notCounted')}）</>}
      {v.counted && v.objection?.status === 'pending' && <> （{t('objectionPending')}）</>}
    </span>
  );
}

/** The evaluation report both pages read (综合评价, 检察长考评): loaded for the year and unit chosen, downloadable. */
function useEvaluationReport() {
  const { evaluation, nav, announce } = useModels();
  const { lang, t } = useEt();
  useSignalEffect(() => { void evaluation.load(nav.year.value, nav.unit.value); });
  const year = nav.year.value;
  const unit = nav.unit.value;
  const onDownload = (format: ExportFormat) => {
    void evaluation.download(format, year, unit).then((ok) => { if (ok) announce(t('downloaded', { format: format.toUpperCase() })); });
  };
  return { evaluation, lang, t, year, unit, onDownload };
}

export function EvaluationPage() {
  const { evaluation, lang, t, year, unit, onDownload } = useEvaluationReport();
  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>{t('evaluationTitle')} · {year}</h1>
        <p class="field-meta">{t('evaluationIntro')}</p>
      </div>
      <section class="panel" aria-labelledby="h-evaluation">
        <Downloads href={(format) => evaluationHref(year, format, unit)} downloading={evaluation.downloading.value}
          onDownload={onDownload} testPrefix="evaluation" />
        {evaluation.downloadError.value && <ErrorNotice error={evaluation.downloadError.value} />}
        <ResourceView resource={evaluation.state.value} onRetry={() => void evaluation.load(year, unit)}>
          {(data) => {
            const columns: Column<EvaluatedUnit>[] = [
              { header: t('colRank'), numeric: true, cell: (u) => <Num value={u.rank} /> },
              { header: t('colUnit'), rowHeader: true, cell: (u) => u.unitName },
              ...data.set.indicators.map((ind, i): Column<EvaluatedUnit> => ({
                header: <>{pick(lang, ind.label)}{ind.rigid ? <> （{t('rigid')}）</> : null}</>,
                cell: (u) => {
                  const v = u.values[i];
                  return v.value === null ? <ClassBadge v={v} /> : <>{valueText(lang, data, v)} <ClassBadge v={v} /></>;
                },
              })),
              { header: t('colPositives'), numeric: true, cell: (u) => <Num value={u.positives} /> },
              { header: t('colNegatives'), numeric: true, cell: (u) => <Num value={u.negatives} /> },
            ];
            return (
              <>
                <h2 id="h-evaluation">{data.unitName} · {t('setLabel', { label: pick(lang, data.set.label) })}</h2>
                <DataTable caption={t('evaluationTitle')} captionHidden columns={columns} rows={data.units} rowKey={(u) => u.unitCode}
                  empty={t('evaluationEmpty')} scroll testId="table-evaluation" />
                <p class="panel-hint objection-route" data-testid="objection-route">
                  {t('objectionRoute', { text: pick(lang, data.objectionRoute.decidedBy), method: data.objectionRoute.method, path: data.objectionRoute.path })}
                </p>
              </>
            );
          }}
        </ResourceView>
      </section>
    </>
  );
}

// ── 市分院检察长考评 ─────────────────────────────────────────────────────────────

export function ChiefsPage() {
  const { evaluation, lang, t, year, unit, onDownload } = useEvaluationReport();
  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>{t('chiefsTitle')} · {year}</h1>
        <p class="field-meta">{t('chiefsIntro')}</p>
      </div>
      <Downloads href={(format) => evaluationHref(year, format, unit)} downloading={evaluation.downloading.value}
        onDownload={onDownload} testPrefix="chiefs" />
      {evaluation.downloadError.value && <ErrorNotice error={evaluation.downloadError.value} />}
      <ResourceView resource={evaluation.state.value} onRetry={() => void evaluation.load(year, unit)}>
        {(data) => (data.chiefs.length === 0
          ? <p class="empty">{t('chiefsEmpty')}</p>
          : data.chiefs.map((c) => <ChiefPanel key={c.unitCode} c={c} report={data} lang={lang} />))}
      </ResourceView>
    </>
  );
}

function ChiefPanel(props: { c: ChiefEvaluation; report: EvaluationReport; lang: Lang }) {
  const { t } = useEt();
  const { c, report, lang } = props;
  const profile = { set: { indicators: report.chiefProfile.indicators } };
  type Row = ChiefEvaluation['values'][number];
  const columns: Column<Row>[] = [
    { header: t('colCategory'), cell: (v) => pick(lang, CATEGORIES[v.category]) },
    { header: t('colIndicator'), rowHeader: true, cell: (v) => {
      const ind = report.chiefProfile.indicators.find((i) => i.id === v.indicatorId);
      return <>{pick(lang, ind?.label ?? { zh: v.indicatorId, en: v.indicatorId })}{ind?.rigid ? <> （{t('rigid')}）</> : null}</>;
    } },
    { header: t('colValue'), numeric: true, cell: (v) => valueText(lang, profile, v) },
    { header: t('colClass'), cell: (v) => <ClassBadge v={v} /> },
  ];
  return (
    <section class="panel" aria-labelledby={`h-chief-${c.unitCode}`} data-testid={`chief-${c.unitCode}`}>
      <h2 id={`h-chief-${c.unitCode}`}>
        {c.unitName} — {c.attributedTo ? t('attributedTo', { name: c.attributedTo.userName }) : t('notAttributed')}
      </h2>
      <p class="panel-hint">{t('holders')}：{c.holders.map((h) => `${h.userName} ${t('daysN', { n: h.days })}`).join(lang === 'zh' ? '、' : ', ')}</p>
      <p data-testid={`chief-explanation-${c.unitCode}`}>{pick(lang, c.explanation)}</p>
      {c.values.length > 0 && (
        <DataTable caption={`${c.unitName} ${t('chiefsTitle')}`} captionHidden columns={columns} rows={c.values} rowKey={(v) => v.indicatorId} testId={`table-chief-${c.unitCode}`} />
      )}
    </section>
  );
}
