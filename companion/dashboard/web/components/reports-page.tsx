// 季度报表: the 晒案 list of a quarter as CSV or XLSX (fetched with the bearer token), and points per quarter.
import { useSignalEffect } from '@preact/signals';
import type { TargetedMouseEvent } from 'preact';
import { useModels, useT } from '../context.ts';
import { reportHref, type ReportFormat } from '../models/reports-model.ts';
import { DataTable, ErrorNotice, Num, Pct, ResourceView, type Column } from './common.tsx';
import type { QuarterRow } from '../models/reports-model.ts';

export function ReportsPage() {
  const { reports, nav, announce } = useModels();
  const t = useT();
  useSignalEffect(() => {
    void reports.load(nav.year.value, nav.unit.value);
  });
  const year = nav.year.value;
  const unit = nav.unit.value;
  const quarter = reports.quarter.value;
  const downloading = reports.downloading.value;

  // The links name the real address (copyable, and what a screen reader announces); a click fetches it with the token.
  const onDownload = (format: ReportFormat) => (e: TargetedMouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    void reports.download(format, year, unit).then((ok) => {
      if (ok) announce(t('downloaded', { format: format.toUpperCase() }));
    });
  };

  const columns: Column<QuarterRow>[] = [
    { header: t('colQuarter'), rowHeader: true, cell: (r) => t('quarterN', { n: r.quarter }) },
    { header: t('colPoints'), numeric: true, cell: (r) => <Num value={r.points} /> },
    { header: t('colDefects'), numeric: true, cell: (r) => <Num value={r.defects} /> },
    { header: t('colRectified'), numeric: true, cell: (r) => <Num value={r.rectified} /> },
    { header: t('colRectificationRate'), numeric: true, cell: (r) => <Pct value={r.rectificationRate} /> },
    { header: t('colVoided'), numeric: true, cell: (r) => <Num value={r.voided} /> },
  ];

  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>{t('reportsTitle')} · {year}</h1>
      </div>
      <div class="grid-2">
        <section class="panel" aria-labelledby="h-export">
          <h2 id="h-export">{t('reportsExport')}</h2>
          <p class="panel-hint">{t('reportsIntro')}</p>
          <div class="field-inline">
            <label for="report-quarter">{t('quarter')}</label>
            <select id="report-quarter" value={String(quarter)} onChange={(e) => reports.setQuarter(Number(e.currentTarget.value))}>
              {[1, 2, 3, 4].map((q) => <option key={q} value={String(q)}>{t('quarterN', { n: q })}</option>)}
            </select>
          </div>
          <p class="button-row">
            <a class="button-primary" href={reportHref(year, quarter, 'csv', unit)} download onClick={onDownload('csv')}
              aria-busy={downloading === 'csv'} data-testid="download-csv">
              {downloading === 'csv' ? t('downloading') : t('downloadCsv')}
            </a>
            <a class="button-primary" href={reportHref(year, quarter, 'xlsx', unit)} download onClick={onDownload('xlsx')}
              aria-busy={downloading === 'xlsx'} data-testid="download-xlsx">
              {downloading === 'xlsx' ? t('downloading') : t('downloadXlsx')}
            </a>
          </p>
          {reports.downloadError.value && <ErrorNotice error={reports.downloadError.value} />}
        </section>
        <section class="panel" aria-labelledby="h-quarters">
          <h2 id="h-quarters">{t('byQuarter')}</h2>
          <ResourceView resource={reports.state.value} onRetry={() => void reports.load(year, unit)}>
            {() => <DataTable caption={t('byQuarter')} captionHidden columns={columns} rows={reports.quarterRows.value} rowKey={(r) => String(r.quarter)} testId="table-quarters" />}
          </ResourceView>
        </section>
      </div>
    </>
  );
}
