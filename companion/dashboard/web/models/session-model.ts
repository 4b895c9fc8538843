// SessionModel: the bearer token (sessionStorage, so it dies with the tab), who it belongs to, and the UI language.
import { computed, createModel, signal } from '@preact/signals';
import { type MeResponse, type Unit } from '../../../../shared/api/index.ts';
import type { ApiClient } from '../api/client.ts';
import { localized, type Lang, type Localized } from '../i18n.ts';
import { asApiError } from './resource.ts';
import { TOKEN_KEY } from '../url-state.ts';

export { TOKEN_KEY } from '../url-state.ts';
export const LANG_KEY = 'caselight.dashboard.lang';

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface SessionDeps {
  api: ApiClient;
  /** sessionStorage: the token. */
  storage: StorageLike;
  /** localStorage: only the language choice. */
  prefs: StorageLike;
}

export type SessionStatus = 'signed-out' | 'checking' | 'signed-in';

export interface UnitOption {
  code: string;
  name: string;
  /** 0 for the caller's own unit, 1 for the units directly below it, … */
  depth: number;
}

/** The visible units as a tree in display order, each child under its parent. */
export function deriveUnitOptions(me: MeResponse | null): UnitOption[] {
  if (!me) return [];
  const units = me.visibleUnits;
  const codes = new Set(units.map((u) => u.code));
  const children = new Map<string | null, Unit[]>();
  for (const u of units) {
    const parent = u.parentCode !== null && codes.has(u.parentCode) ? u.parentCode : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const out: UnitOption[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    const list = [...(children.get(parent) ?? [])].sort((a, b) => (a.code === me.user.unitCode ? -1 : b.code === me.user.unitCode ? 1 : a.code.localeCompare(b.code)));
    for (const u of list) {
      if (seen.has(u.code)) continue;
      seen.add(u.code);
      out.push({ code: u.code, name: u.name, depth });
      walk(u.code, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** Who may open the dashboard: supervisors, and administrators (who see everything but decide nothing). */
export function mayUseDashboard(role: string): boolean {
  // Trainers see the 训练记录 page only (training records are kept apart from the ledger).
  return role === 'supervisor' || role === 'admin' || role === 'trainer';
}

function readLang(prefs: StorageLike): Lang {
  try { return prefs.getItem(LANG_KEY) === 'en' ? 'en' : 'zh'; } catch { return 'zh'; }
}

export const SessionModel = createModel((deps: SessionDeps) => {
  const token = signal<string | null>(deps.storage.getItem(TOKEN_KEY), { name: 'token' });
  const me = signal<MeResponse | null>(null, { name: 'me' });
  const checking = signal(false, { name: 'checking' });
  const error = signal<Localized | null>(null, { name: 'error' });
  const lang = signal<Lang>(readLang(deps.prefs), { name: 'lang' });

  const status = computed<SessionStatus>(
    () => (me.value && token.value ? 'signed-in' : checking.value ? 'checking' : 'signed-out'),
    { name: 'status' },
  );
  const unitOptions = computed(() => deriveUnitOptions(me.value), { name: 'unitOptions' });
  const hasSubUnits = computed(() => unitOptions.value.length > 1, { name: 'hasSubUnits' });
  const unitNames = computed(() => new Map(me.value?.visibleUnits.map((u) => [u.code, u.name]) ?? []), { name: 'unitNames' });
  const canDecide = computed(() => me.value?.user.role === 'supervisor', { name: 'canDecide' });
  /** A trainer: the dashboard shows their 训练记录, nothing of the ledger. */
  const trainingOnly = computed(() => me.value?.user.role === 'trainer', { name: 'trainingOnly' });

  function forget() {
    deps.storage.removeItem(TOKEN_KEY);
    token.value = null;
    me.value = null;
  }

  /** Checks a token with GET /me and keeps it only if it belongs to someone who may use the dashboard. */
  async function signIn(raw: string): Promise<boolean> {
    const candidate = raw.trim().replace(/^Bearer\s+/i, '');
    if (!candidate) return false;
    checking.value = true;
    error.value = null;
    try {
      const who = await deps.api.withToken(candidate).call('me');
      if (!mayUseDashboard(who.user.role)) {
        forget();
        error.value = localized('notSupervisor', { role: localized(`role_${who.user.role}`) });
        return false;
      }
      deps.storage.setItem(TOKEN_KEY, candidate);
      token.value = candidate;
      me.value = who;
      return true;
    } catch (err) {
      forget();
      error.value = asApiError(err).reason;
      return false;
    } finally {
      checking.value = false;
    }
  }

  /** On page load: a token kept from earlier in this tab is checked again before anything is shown. */
  async function restore(): Promise<void> {
    const kept = token.peek();
    if (kept && !me.peek()) await signIn(kept);
  }

  function signOut() {
    forget();
    error.value = null;
  }

  /** A 401 from any call: the token was revoked or the server forgot it. */
  function expire() {
    if (!token.peek()) return;
    forget();
    error.value = localized('sessionExpired');
  }

  function setLang(next: Lang) {
    lang.value = next;
    try { deps.prefs.setItem(LANG_KEY, next); } catch { /* private mode: the choice lasts for this page only */ }
  }

  return { token, me, checking, error, lang, status, unitOptions, hasSubUnits, unitNames, canDecide, trainingOnly, signIn, restore, signOut, expire, setLang };
});
export type SessionModel = InstanceType<typeof SessionModel>;
