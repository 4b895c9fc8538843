// ReportsModel: the quarterly 晒案 list for a year and quarter, as CSV or XLSX, with the points per
// quarter beside it. The page previews the first rows the file will hold, and a download asks to be
// confirmed (what, which quarter, how many rows) before the file is fetched.
import { computed, createModel, signal } from '@preact/signals';
import { apiUrl, type QuarterlyReport, type TallyResponse } from '../../../../shared/api/index.ts';
import { type ApiClient, type ApiError, type Download } from '../api/client.ts';
import { asApiError, createLoader } from './resource.ts';
import { talliesQuery } from './overview-model.ts';

export type ReportFormat = 'csv' | 'xlsx';

/** The report's address: what the links show; the download itself carries the bearer token. */
export function reportHref(year: number, quarter: number, format: ReportFormat, unit: string | null): string {
  return apiUrl('quarterlyReport', { query: { year, quarter, format, unit: unit ?? undefined } });
}

/** A file name for when the server sends none: caselight-2025-Q3.csv */
export function reportFilename(year: number, quarter: number, format: ReportFormat, unit: string | null): string {
  return `caselight-${year}-Q${quarter}${unit ? `-${unit}` : ''}.${format}`;
}

export interface QuarterRow {
  quarter: number;
  points: number;
  defects: number;
  rectified: number;
  rectificationRate: number | null;
  voided: number;
}

/** All four quarters, with zeros where the tally has no row (keys are `YYYY-Qn`). */
export function deriveQuarterRows(tally: TallyResponse | undefined): QuarterRow[] {
  const byQuarter = new Map((tally?.rows ?? []).map((r) => [Number(/Q([1-4])$/.exec(r.key)?.[1] ?? 0), r]));
  return [1, 2, 3, 4].map((q) => {
    const r = byQuarter.get(q);
    return {
      quarter: q,
      points: r?.points ?? 0,
      defects: r?.defects ?? 0,
      rectified: r?.rectified ?? 0,
      rectificationRate: r?.rectificationRate ?? null,
      voided: r?.voided ?? 0,
    };
  });
}

/** How many rows the preview shows. */
export const PREVIEW_ROWS = 10;

export interface ReportsDeps {
  api: ApiClient;
  /** Hands the file to the browser (an <a download> click); a spy in tests. */
  save: (file: Download) => void;
  currentQuarter: number;
}

export const ReportsModel = createModel((deps: ReportsDeps) => {
  const quarters = createLoader<TallyResponse>('quarters');
  const quarter = signal(deps.currentQuarter, { name: 'quarter' });
  const downloading = signal<ReportFormat | null>(null, { name: 'downloading' });
  const downloadError = signal<ApiError | null>(null, { name: 'downloadError' });
  const quarterRows = computed(() => deriveQuarterRows(quarters.state.value.data), { name: 'quarterRows' });
  const preview = createLoader<QuarterlyReport>('preview');
  /** The format whose download waits for the user's confirmation. */
  const confirming = signal<ReportFormat | null>(null, { name: 'confirming' });
  /** Rows in the chosen quarter's file (the tally's defect count), once the tally is in. */
  const rowCount = computed(() => (quarters.state.value.data ? quarterRows.value[quarter.value - 1]?.defects ?? 0 : null), { name: 'rowCount' });

  function load(year: number, unit: string | null): Promise<void> {
    return quarters.load((abort) => deps.api.call('tallies', { query: talliesQuery('quarter', year, unit), signal: abort }));
  }

  /** The first PREVIEW_ROWS rows of the chosen quarter, as the download will list them. */
  function loadPreview(year: number, unit: string | null): Promise<void> {
    const q = quarter.peek();
    return preview.load((abort) => deps.api.call('quarterlyReport', { query: { year, quarter: q, format: 'json', limit: PREVIEW_ROWS, unit: unit ?? undefined }, signal: abort }));
  }

  function setQuarter(q: number) {
    if (q >= 1 && q <= 4) {
      quarter.value = q;
      confirming.value = null;
    }
  }

  /** First step of a download: ask. */
  function ask(format: ReportFormat) {
    if (!downloading.peek()) confirming.value = format;
  }

  function cancel() {
    confirming.value = null;
  }

  /** Second step: the confirmed download. */
  async function confirm(year: number, unit: string | null): Promise<ReportFormat | null> {
    const format = confirming.peek();
    if (!format) return null;
    const ok = await download(format, year, unit);
    if (ok) confirming.value = null;
    return ok ? format : null;
  }

  async function download(format: ReportFormat, year: number, unit: string | null): Promise<boolean> {
    if (downloading.peek()) return false;
    const q = quarter.peek();
    downloading.value = format;
    downloadError.value = null;
    try {
      const file = await deps.api.download('quarterlyReport', { query: { year, quarter: q, format, unit: unit ?? undefined } });
      const filename = file.filename.includes('.') ? file.filename : reportFilename(year, q, format, unit);
      deps.save({ blob: file.blob, filename });
      return true;
    } catch (err) {
      downloadError.value = asApiError(err);
      return false;
    } finally {
      downloading.value = null;
    }
  }

  return {
    state: quarters.state, quarter, quarterRows, downloading, downloadError, preview: preview.state, confirming, rowCount,
    load, loadPreview, setQuarter, download, ask, cancel, confirm,
  };
});
export type ReportsModel = InstanceType<typeof ReportsModel>;
