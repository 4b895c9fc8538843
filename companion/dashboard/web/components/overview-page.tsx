// 概览: the year at a glance — totals, points by unit and by prosecutor, the most common defects, cases over threshold.
import { useSignalEffect } from '@preact/signals';
import { Fragment } from 'preact';
import { useModels, useT } from '../context.ts';
import { formatNumber, formatPercent, pick } from '../i18n.ts';
import type { FigureRow, OverThresholdRow, RuleRow } from '../models/overview-model.ts';
import { BarChart } from './bar-chart.tsx';
import { DataTable, ErrorNotice, Kpi, Link, Num, Pct, ResourceView, RuleName, type Column } from './common.tsx';
import type { Resource } from '../models/resource.ts';
import type { Signal } from '@preact/signals';

const CHART_LIMIT = 12;
/** A table longer than this is not read on screen; the quarterly export has every row. */
const ROW_LIMIT = 500;

export function OverviewPage() {
  const { overview, nav, session } = useModels();
  const t = useT();
  useSignalEffect(() => {
    void overview.load({ year: nav.year.value, unit: nav.unit.value });
  });
  const unitLabel = nav.unit.value ? session.unitNames.value.get(nav.unit.value) ?? nav.unit.value : session.me.value?.user.unitName ?? '';

  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>{t('navOverview')} · {nav.year.value} · {unitLabel}</h1>
      </div>
      <ResourceView
        resource={overview.state.value}
        onRetry={() => void overview.reload()}
        errorAction={(error) => (error.status === 403 && nav.unit.value !== null
          ? <button type="button" class="button-secondary" onClick={() => nav.setUnit(null)} data-testid="clear-unit">{t('allUnits')}</button>
          : null)}
      >
        {(data) => (
          <>
            {data.containsDemoData && <p class="notice notice-info">{t('demoData')}</p>}
            <KpiRow />
            <div class="grid-2">
              <UnitPanel />
              <ProsecutorPanel />
            </div>
            <div class="grid-2">
              <TopRulesPanel />
              <OverThresholdPanel />
            </div>
            {overview.state.value.status === 'loading' && <p class="visually-hidden" role="status">{t('loading')}</p>}
            <span hidden data-testid="overview-year">{data.year}</span>
          </>
        )}
      </ResourceView>
    </>
  );
}

function KpiRow() {
  const { overview, session } = useModels();
  const t = useT();
  const k = overview.kpis.value;
  if (!k) return null;
  const lang = session.lang.value;
  return (
    <dl class="kpis" aria-label={t('navOverview')}>
      <Kpi label={t('kpiPoints')} value={formatNumber(lang, k.points)} testId="kpi-points" />
      <Kpi label={t('kpiDefects')} value={formatNumber(lang, k.defects)} testId="kpi-defects" />
      <Kpi
        label={t('kpiRectification')}
        value={formatPercent(lang, k.rectificationRate)}
        detail={t('kpiRectificationDetail', { rectified: formatNumber(lang, k.rectified), total: formatNumber(lang, k.defects) })}
        testId="kpi-rectification"
      />
      <Kpi label={t('kpiOverThreshold')} value={formatNumber(lang, k.overThreshold)} tone={k.overThreshold > 0 ? 'warn' : undefined} testId="kpi-over-threshold" />
      <Kpi
        label={t('kpiPending')}
        value={(
          <Link to={{ name: 'objections' }} aria-label={`${t('navObjections')}${k.pendingObjections === null ? '' : `: ${formatNumber(lang, k.pendingObjections)}`}`}>
            {k.pendingObjections === null ? t('kpiPendingOpen') : formatNumber(lang, k.pendingObjections)}
          </Link>
        )}
        tone={k.pendingObjections ? 'warn' : undefined}
        testId="kpi-pending"
      />
    </dl>
  );
}

function figureColumns(t: ReturnType<typeof useT>, first: Column<FigureRow>): Column<FigureRow>[] {
  return [
    first,
    { header: t('colPoints'), numeric: true, cell: (r) => <strong><Num value={r.points} /></strong> },
    { header: t('colDefects'), numeric: true, cell: (r) => <Num value={r.defects} /> },
    { header: t('colRectificationRate'), numeric: true, cell: (r) => <Pct value={r.rectificationRate} /> },
    { header: t('colVoided'), numeric: true, cell: (r) => <Num value={r.voided} /> },
  ];
}

function UnitPanel() {
  const { overview, nav, session } = useModels();
  const t = useT();
  const rows = overview.unitRows.value;
  const visible = new Set(session.unitOptions.value.map((u) => u.code));
  const columns = figureColumns(t, {
    header: t('colUnit'),
    rowHeader: true,
    // A unit row filters the whole dashboard to that unit (when it is one the caller may choose).
    cell: (r) => (visible.has(r.key) && r.key !== nav.unit.value && session.hasSubUnits.value
      ? <button type="button" class="linklike" onClick={() => nav.setUnit(r.key)}>{r.label}</button>
      : r.label),
  });
  return (
    <section class="panel" aria-labelledby="h-units">
      <h2 id="h-units">{t('pointsByUnit')}</h2>
      {rows.length > 1 && (
        <BarChart
          data={rows.slice(0, CHART_LIMIT).map((r) => ({ key: r.key, label: r.label, value: r.points }))}
          seriesName={t('colPoints')}
          label={t('pointsByUnit')}
          onSelect={(key) => { if (visible.has(key) && session.hasSubUnits.value) nav.setUnit(key); }}
          testId="chart-units"
        />
      )}
      <DataTable caption={t('pointsByUnit')} captionHidden columns={columns} rows={rows} rowKey={(r) => r.key} scroll={rows.length > 8} testId="table-units" />
    </section>
  );
}

function ProsecutorPanel() {
  const { overview, nav } = useModels();
  const t = useT();
  const rows = overview.prosecutorRows.value;
  const columns = figureColumns(t, {
    header: t('colProsecutor'),
    rowHeader: true,
    cell: (r) => <Link to={{ name: 'prosecutor', id: r.key }}>{r.label}</Link>,
  });
  return (
    <section class="panel" aria-labelledby="h-prosecutors">
      <h2 id="h-prosecutors">{t('pointsByProsecutor')}</h2>
      {rows.length > 0 && (
        <BarChart
          data={rows.slice(0, CHART_LIMIT).map((r) => ({ key: r.key, label: r.label, value: r.points }))}
          seriesName={t('colPoints')}
          label={t('pointsByProsecutor')}
          onSelect={(key) => nav.navigate({ name: 'prosecutor', id: key })}
          testId="chart-prosecutors"
        />
      )}
      <DataTable caption={t('pointsByProsecutor')} captionHidden columns={columns} rows={rows} rowKey={(r) => r.key} scroll={rows.length > 10 && !overview.allProsecutors.open.value} testId="table-prosecutors" />
      {overview.allProsecutors.open.value && <ProsecutorPager />}
      {overview.mayHaveMoreProsecutors.value && <ShowAll list={overview.allProsecutors} count={(d) => d.total} />}
    </section>
  );
}

/** The full prosecutor table a page at a time (the server orders and pages it). */
function ProsecutorPager() {
  const { overview, session } = useModels();
  const t = useT();
  const lang = session.lang.value;
  const list = overview.allProsecutors;
  const range = list.range.value;
  return (
    <>
      {(list.hasPrevious.value || list.hasNext.value) && (
        <nav class="button-row pager" aria-label={t('pointsByProsecutor')} data-testid="prosecutors-pager">
          <button type="button" class="button-secondary" disabled={!list.hasPrevious.value} onClick={() => void list.previousPage()}>{t('pagePrev')}</button>
          <button type="button" class="button-secondary" disabled={!list.hasNext.value} onClick={() => void list.nextPage()}>{t('pageNext')}</button>
        </nav>
      )}
      {range && <p class="field-meta" role="status" data-testid="prosecutors-range">{t('rankRange', {
        from: formatNumber(lang, range.from), to: formatNumber(lang, range.to), total: formatNumber(lang, range.total),
      })}</p>}
    </>
  );
}

function TopRulesPanel() {
  const { overview, session } = useModels();
  const t = useT();
  const lang = session.lang.value;
  const rows = overview.ruleRows.value;
  const columns: Column<RuleRow>[] = [
    {
      header: t('colRule'),
      rowHeader: true,
      cell: (r) => <RuleName title={pick(lang, r.title)} id={r.key} />,
    },
    { header: t('colBasis'), cell: (r) => <span class="basis">{pick(lang, r.basis, '—')}</span> },
    { header: t('colCount'), numeric: true, cell: (r) => <Num value={r.defects} /> },
    { header: t('colPoints'), numeric: true, cell: (r) => <Num value={r.points} /> },
    { header: t('colRectificationRate'), numeric: true, cell: (r) => <Pct value={r.rectificationRate} /> },
  ];
  return (
    <section class="panel" aria-labelledby="h-rules">
      <h2 id="h-rules">{t('topRules')}</h2>
      <p class="panel-hint">{t('topRulesHint')}</p>
      <DataTable caption={t('topRules')} captionHidden columns={columns} rows={rows} rowKey={(r) => r.key} scroll={rows.length > 8 && !overview.allRules.open.value} testId="table-rules" />
      {overview.mayHaveMoreRules.value && <ShowAll list={overview.allRules} count={(d) => d.rows.length} />}
    </section>
  );
}

function OverThresholdPanel() {
  const { overview } = useModels();
  const t = useT();
  const rows = overview.overThresholdRows.value;
  const th = overview.thresholds.value;
  const columns: Column<OverThresholdRow>[] = [
    { header: t('colCaseNumber'), rowHeader: true, cell: (r) => <Link to={{ name: 'case', caseNumber: r.caseNumber }}>{r.caseNumber}</Link> },
    { header: t('colProcedure'), class: 'nowrap', cell: (r) => (r.kind === 'prosecution' ? t('publicProsecution') : t('otherProcedure')) },
    { header: `${t('colPoints')} / ${t('colThreshold')}`, numeric: true, cell: (r) => <><strong><Num value={r.totalPoints} /></strong> / <Num value={r.threshold} /></> },
    {
      header: t('colProsecutor'),
      cell: (r) => r.prosecutors.map((p, i) => <Fragment key={p.id}>{i > 0 && '、'}<Link to={{ name: 'prosecutor', id: p.id }}>{p.name}</Link></Fragment>),
    },
    { header: t('colUnit'), cell: (r) => r.units.join('、') },
  ];
  return (
    <section class="panel" aria-labelledby="h-over">
      <h2 id="h-over">{t('overThreshold')}</h2>
      <p class="panel-hint">{th ? t('overThresholdHint', { publicProsecution: th.prosecution, other: th.other }) : '\u00a0'}</p>
      <DataTable caption={t('overThreshold')} captionHidden columns={columns} rows={rows.slice(0, ROW_LIMIT)} rowKey={(r) => r.caseNumber} scroll={rows.length > 8 && !overview.allOverThreshold.open.value} testId="table-over-threshold" />
      {overview.allOverThreshold.open.value && (overview.overThresholdCount.value ?? 0) > Math.min(rows.length, ROW_LIMIT)
        && <p class="panel-hint">{t('showingFirst', { shown: Math.min(rows.length, ROW_LIMIT), count: overview.overThresholdCount.value ?? rows.length })}</p>}
      {overview.moreOverThreshold.value > 0 && <ShowAll list={overview.allOverThreshold} count={(d) => d.total} known={overview.overThresholdCount.value} />}
    </section>
  );
}

/**
 * "Show all (n)" under a shortened list; the full list is fetched on first open (or before, to count it).
 * Opened, the list is shown whole: the table leaves its scroll box, so no row is cut at its edge.
 */
function ShowAll<T>(props: { list: { state: Signal<Resource<T>>; open: Signal<boolean>; toggle(): Promise<void> }; count: (data: T) => number; known?: number | null }) {
  const t = useT();
  const open = props.list.open.value;
  const state = props.list.state.value;
  return (
    <>
      <p class="panel-foot">
        <button type="button" class="button-secondary" aria-expanded={open} onClick={() => void props.list.toggle()}>
          {open ? t('showFewer') : t('showAll', { count: state.data !== undefined ? props.count(state.data) : props.known ?? '…' })}
        </button>
        {open && state.status === 'loading' && <span role="status"> {t('loading')}</span>}
      </p>
      {open && state.status === 'error' && <ErrorNotice error={state.error} />}
    </>
  );
}
