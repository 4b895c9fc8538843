// Issue 11's report pages: LeadersModel (领导干部带头办案, a month and the year's trend) and
// EvaluationModel (综合评价 of the units below, with the chiefs by tenure), each with CSV/XLSX downloads
// fetched with the bearer token (GET /reports/leaders, GET /reports/evaluation).
import { computed, createModel, signal } from '@preact/signals';
import { apiUrl, type EvaluationReport, type LeadersReport } from '../../../../shared/api/index.ts';
import type { ApiClient, ApiError, Download } from '../api/client.ts';
import { asApiError, createLoader } from './resource.ts';

export type ExportFormat = 'csv' | 'xlsx';

/** The reports' addresses: what the links show; a download itself carries the bearer token. */
export const leadersHref = (year: number, month: number, format: ExportFormat, unit: string | null) =>
  apiUrl('leadersReport', { query: { year, month, format, unit: unit ?? undefined } });
export const evaluationHref = (year: number, format: ExportFormat, unit: string | null) =>
  apiUrl('evaluationReport', { query: { year, format, unit: unit ?? undefined } });

export interface ExportDeps {
  api: ApiClient;
  /** Hands the file to the browser (an <a download> click); a spy in tests. */
  save: (file: Download) => void;
}

/** Sum of every leader's accepted and concluded cases, month by month: the trend chart. */
export interface TrendPoint { month: number; accepted: number; concluded: number; difficult: number }
export function trendOf(report: LeadersReport | undefined): TrendPoint[] {
  return Array.from({ length: 12 }, (_, i) => {
    const ms = (report?.rows ?? []).map((r) => r.months[i]);
    return {
      month: i + 1,
      accepted: ms.reduce((s, m) => s + (m?.accepted ?? 0), 0),
      concluded: ms.reduce((s, m) => s + (m?.concluded ?? 0), 0),
      difficult: ms.reduce((s, m) => s + (m?.difficult ?? 0), 0),
    };
  });
}

function downloader(deps: ExportDeps) {
  const downloading = signal<ExportFormat | null>(null, { name: 'downloading' });
  const error = signal<ApiError | null>(null, { name: 'downloadError' });
  async function download(format: ExportFormat, fetchFile: () => Promise<Download>, fallback: string): Promise<boolean> {
    if (downloading.peek()) return false;
    downloading.value = format;
    error.value = null;
    try {
      const file = await fetchFile();
      deps.save({ blob: file.blob, filename: file.filename.includes('.') ? file.filename : `${fallback}.${format}` });
      return true;
    } catch (err) {
      error.value = asApiError(err);
      return false;
    } finally {
      downloading.value = null;
    }
  }
  return { downloading, error, download };
}

export const LeadersModel = createModel((deps: ExportDeps & { currentMonth: number }) => {
  const loader = createLoader<LeadersReport>('leaders');
  const month = signal(deps.currentMonth, { name: 'month' });
  const trend = computed(() => trendOf(loader.state.value.data), { name: 'trend' });
  const files = downloader(deps);
  function load(year: number, unit: string | null): Promise<void> {
    const m = month.peek();
    return loader.load((abort) => deps.api.call('leadersReport', { query: { year, month: m, unit: unit ?? undefined }, signal: abort }));
  }
  function setMonth(m: number) {
    if (m >= 1 && m <= 12) month.value = m;
  }
  const download = (format: ExportFormat, year: number, unit: string | null) => {
    const m = month.peek();
    return files.download(format, () => deps.api.download('leadersReport', { query: { year, month: m, format, unit: unit ?? undefined } }),
      `caselight-leaders-${year}-${String(m).padStart(2, '0')}`);
  };
  return { state: loader.state, month, trend, downloading: files.downloading, downloadError: files.error, load, setMonth, download };
});
export type LeadersModel = InstanceType<typeof LeadersModel>;

export const EvaluationModel = createModel((deps: ExportDeps) => {
  const loader = createLoader<EvaluationReport>('evaluation');
  const files = downloader(deps);
  function load(year: number, unit: string | null): Promise<void> {
    return loader.load((abort) => deps.api.call('evaluationReport', { query: { year, unit: unit ?? undefined }, signal: abort }));
  }
  const download = (format: ExportFormat, year: number, unit: string | null) =>
    files.download(format, () => deps.api.download('evaluationReport', { query: { year, format, unit: unit ?? undefined } }), `caselight-evaluation-${year}`);
  return { state: loader.state, downloading: files.downloading, downloadError: files.error, load, download };
});
export type EvaluationModel = InstanceType<typeof EvaluationModel>;

/** The month (1–12) in Asia/Shanghai. */
export function shanghaiMonth(now: Date): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', month: 'numeric' }).format(now));
}
