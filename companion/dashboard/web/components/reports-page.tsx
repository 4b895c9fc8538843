// 季度报表: the 晒案 list of a quarter as CSV or XLSX (fetched with the bearer token) after a preview of
// its first rows and a confirmation, and points per quarter.
import { useSignalEffect } from '@preact/signals';
import type { TargetedMouseEvent } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { QuarterlyReportRow } from '../../../../shared/api/index.ts';
import { useModels, useT } from '../context.ts';
import { pick } from '../i18n.ts';
import { ruleInfo } from '../models/rule-catalogue.ts';
import { PREVIEW_ROWS, reportHref, type ReportFormat } from '../models/reports-model.ts';
import { DataTable, ErrorNotice, Num, Pct, ResourceView, RuleName, type Column } from './common.tsx';
import type { QuarterRow } from '../models/reports-model.ts';

export function ReportsPage() {
  const { reports, nav, announce, session, catalogue } = useModels();
  const t = useT();
  const lang = session.lang.value;
  useSignalEffect(() => {
    void reports.load(nav.year.value, nav.unit.value);
  });
  useSignalEffect(() => {
    void reports.quarter.value;
    void reports.loadPreview(nav.year.value, nav.unit.value);
  });
  const confirmRef = useRef<HTMLButtonElement>(null);
  const confirming = reports.confirming.value;
  useEffect(() => { if (confirming) confirmRef.current?.focus(); }, [confirming]);
  const year = nav.year.value;
  const unit = nav.unit.value;
  const quarter = reports.quarter.value;
  const downloading = reports.downloading.value;

  // The links name the real address (copyable, and what a screen reader announces); a click fetches it with the token.
  const onDownload = (format: ReportFormat) => (e: TargetedMouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    reports.ask(format);
  };
  const onConfirm = () => {
    void reports.confirm(year, unit).then((format) => {
      if (format) announce(t('downloaded', { format: format.toUpperCase() }));
    });
  };
  const count = reports.rowCount.value;

  const previewColumns: Column<QuarterlyReportRow>[] = [
    { header: t('colUnit'), cell: (r) => r.unitName },
    { header: t('colProsecutor'), cell: (r) => r.prosecutor },
    { header: t('colCaseNumber'), rowHeader: true, cell: (r) => r.caseNumber },
    { header: t('colRule'), cell: (r) => <RuleName title={pick(lang, ruleInfo(catalogue.value, r.ruleId).title)} id={r.ruleId} /> },
    { header: t('colObservedOn'), class: 'nowrap', cell: (r) => r.observedOn },
    { header: t('colPoints'), numeric: true, cell: (r) => <Num value={r.points} /> },
    { header: t('colStatus'), cell: (r) => (r.voided ? t('colVoided') : r.rectified ? t('rectifiedStatus') : t('notRectified')) },
    { header: t('colObjection'), cell: (r) => (r.objection ? t(`objection_${r.objection}`) : '') },
  ];
  const previewRows = reports.preview.value.data?.rows ?? [];

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
          {confirming && (
            <div class="confirm-box" role="alertdialog" aria-labelledby="h-confirm" aria-describedby="confirm-text" data-testid="confirm-download"
              onKeyDown={(e) => { if (e.key === 'Escape') reports.cancel(); }}>
              <h3 id="h-confirm">{t('confirmDownloadTitle')}</h3>
              <p id="confirm-text">{t('confirmDownloadText', { year, quarter, format: confirming === 'xlsx' ? 'Excel' : 'CSV', count: count ?? '…' })}</p>
              <p class="button-row">
                <button type="button" class="button-primary" ref={confirmRef} onClick={onConfirm} aria-busy={downloading !== null} data-testid="confirm-download-yes">
                  {downloading ? t('downloading') : t('confirmDownload')}
                </button>
                <button type="button" onClick={() => reports.cancel()} data-testid="confirm-download-no">{t('cancel')}</button>
              </p>
            </div>
          )}
          {reports.downloadError.value && <ErrorNotice error={reports.downloadError.value} />}
        </section>
        <section class="panel" aria-labelledby="h-quarters">
          <h2 id="h-quarters">{t('byQuarter')}</h2>
          <ResourceView resource={reports.state.value} onRetry={() => void reports.load(year, unit)}>
            {() => <DataTable caption={t('byQuarter')} captionHidden columns={columns} rows={reports.quarterRows.value} rowKey={(r) => String(r.quarter)} testId="table-quarters" />}
          </ResourceView>
        </section>
      </div>
      <section class="panel" aria-labelledby="h-preview">
        <h2 id="h-preview">{t('reportsPreview')} · {t('quarterN', { n: quarter })}</h2>
        <ResourceView resource={reports.preview.value} onRetry={() => void reports.loadPreview(year, unit)}>
          {() => (
            <>
              <p class="panel-hint" data-testid="preview-hint">{t('reportsPreviewHint', { shown: Math.min(PREVIEW_ROWS, previewRows.length), count: count ?? previewRows.length })}</p>
              <DataTable caption={t('reportsPreview')} captionHidden columns={previewColumns} rows={previewRows} scroll
                rowKey={(r) => `${r.unitCode}|${r.caseNumber}|${r.ruleId}|${r.occurrenceKey}`} empty={t('reportsPreviewEmpty')} testId="table-preview" />
            </>
          )}
        </ResourceView>
      </section>
    </>
  );
}
