// Small pure helpers shared by the boot prefetch and the models: the token's storage key and the ledger year.
export const TOKEN_KEY = 'caselight.dashboard.token';

/** The calendar year in Asia/Shanghai, where the ledger counts its years. */
export function shanghaiYear(now: Date): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now));
}

export function shanghaiQuarter(now: Date): number {
  const month = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', month: 'numeric' }).format(now));
  return Math.ceil(month / 3);
}

export function parseYear(raw: string | null): number | null {
  if (!raw || !/^\d{4}$/.test(raw)) return null;
  const y = Number(raw);
  return y >= 2000 && y <= 2100 ? y : null;
}

export type Query = Record<string, string | number | undefined | null>;

/** `/api/v1/tallies?groupBy=unit&year=2025`; empty values are left out. */
export function buildUrl(path: string, query: Query = {}, baseUrl = ''): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return `${baseUrl}${path}${qs ? `?${qs}` : ''}`;
}
