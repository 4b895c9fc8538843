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
