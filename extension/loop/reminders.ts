// Reminders (issue 10): a daily digest of what is overdue or due soon, a reminder the working day
// before each due date, and one on the day itself for a case in custody (no rest-day extension).
// Browser notifications through chrome.alarms; the alarms are re-created from stored state (the
// cases in IndexedDB, the reminders already shown) at every service-worker start, because alarms
// can vanish on a restart or an update — and an alarm that is still there is left alone, so its
// countdown is not reset. A reminder is shown once per case and due date, whatever restarts.
import { diffDays, lastWorkdayBefore, todayInShanghai, type Calendar } from '../../shared/calendar/index';
import type { CaseLightDb, LocalCase } from '../store/db';

export const REMINDER_ALARM = 'caselight-reminder';
export const DIGEST_ALARM = 'caselight-digest';
/** chrome.storage.local key of the reminder preferences (the options page edits them). */
export const REMINDER_PREFS_KEY = 'reminders';
/** Reminders are shown at this Shanghai time on their day (moved out of quiet hours). */
export const REMINDER_TIME = '09:00';
/** The digest lists what is overdue and what falls due within this many days. */
export const DIGEST_HORIZON_DAYS = 3;

export interface ReminderPrefs {
  /** The off switch. */
  enabled: boolean;
  /** The daily digest's time, HH:mm in Asia/Shanghai. */
  digestAt: string;
  /** Quiet hours [from, to), HH:mm in Asia/Shanghai; equal times mean none. */
  quietFrom: string;
  quietTo: string;
}

export const DEFAULT_REMINDER_PREFS: ReminderPrefs = { enabled: true, digestAt: '08:30', quietFrom: '20:00', quietTo: '08:00' };

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Stored preferences, with defaults for anything missing or malformed. */
export function parseReminderPrefs(v: unknown): ReminderPrefs {
  const o = (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>;
  const time = (x: unknown, d: string) => (typeof x === 'string' && HHMM.test(x) ? x : d);
  return {
    enabled: typeof o.enabled === 'boolean' ? o.enabled : DEFAULT_REMINDER_PREFS.enabled,
    digestAt: time(o.digestAt, DEFAULT_REMINDER_PREFS.digestAt),
    quietFrom: time(o.quietFrom, DEFAULT_REMINDER_PREFS.quietFrom),
    quietTo: time(o.quietTo, DEFAULT_REMINDER_PREFS.quietTo),
  };
}

/** The subset of chrome.alarms the scheduler uses. */
export interface AlarmsPort {
  get(name: string): Promise<{ name: string; scheduledTime: number } | undefined>;
  create(name: string, info: { when: number; periodInMinutes?: number }): Promise<void> | void;
  clear(name: string): Promise<boolean> | unknown;
}

/** The subset of chrome.notifications the scheduler uses. */
export interface NotificationsPort {
  create(id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string }): Promise<unknown> | unknown;
}

export interface Reminder {
  /** `before|<case>|<due>` or `day|<case>|<due>`: one per case and due date. */
  key: string;
  kind: 'before' | 'day';
  caseNumber: string;
  due: string;
  /** When to show it (ms), before quiet hours are applied. */
  at: number;
}

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;

/** The instant of a Shanghai civil date and wall-clock time. */
export const shanghaiInstant = (date: string, hhmm: string): number => Date.parse(`${date}T${hhmm}:00+08:00`);

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const shanghaiMinutes = (ms: number) => Math.floor(((ms + 8 * 60 * MINUTE) % DAY) / MINUTE);

/** True when `ms` falls in the quiet hours. */
export function inQuietHours(ms: number, prefs: ReminderPrefs): boolean {
  const from = minutesOf(prefs.quietFrom);
  const to = minutesOf(prefs.quietTo);
  if (from === to) return false;
  const m = shanghaiMinutes(ms);
  return from < to ? m >= from && m < to : m >= from || m < to;
}

/** `ms`, or the end of the quiet hours it falls in. */
export function outOfQuietHours(ms: number, prefs: ReminderPrefs): number {
  if (!inQuietHours(ms, prefs)) return ms;
  const to = minutesOf(prefs.quietTo);
  const m = shanghaiMinutes(ms);
  const wait = ((to - m + 1440) % 1440) * MINUTE;
  return Math.floor(ms / MINUTE) * MINUTE + wait;
}

/** Every reminder the cases call for: the working day before each due date, and the day itself in custody. */
export function planReminders(cases: readonly LocalCase[], calendar?: Calendar): Reminder[] {
  const out: Reminder[] = [];
  for (const c of cases) {
    for (const due of [...new Set(c.dues.map((d) => d.due))]) {
      const before = lastWorkdayBefore(due, calendar);
      out.push({ key: `before|${c.caseNumber}|${due}`, kind: 'before', caseNumber: c.caseNumber, due, at: shanghaiInstant(before, REMINDER_TIME) });
      if (c.inCustody) out.push({ key: `day|${c.caseNumber}|${due}`, kind: 'day', caseNumber: c.caseNumber, due, at: shanghaiInstant(due, REMINDER_TIME) });
    }
  }
  return out.sort((a, b) => a.at - b.at || a.key.localeCompare(b.key));
}

/** The next digest time after `now` (moved out of quiet hours). */
export function nextDigestAt(now: number, prefs: ReminderPrefs): number {
  const today = todayInShanghai(new Date(now));
  let at = shanghaiInstant(today, prefs.digestAt);
  if (at <= now) at += DAY;
  return outOfQuietHours(at, prefs);
}

export interface ReminderDeps {
  db: CaseLightDb;
  alarms: AlarmsPort;
  notifications: NotificationsPort;
  prefs: () => Promise<ReminderPrefs>;
  now?: () => number;
  calendar?: () => Calendar | undefined;
  iconUrl?: string;
}

export interface ReminderScheduler {
  /** Re-creates the alarms from stored state; leaves an alarm that is already set for the right time. */
  ensure(): Promise<void>;
  /** The chrome.alarms.onAlarm handler; ignores other alarms. Answers the notification ids shown. */
  onAlarm(alarm: { name: string }): Promise<string[]>;
}

export function createReminderScheduler(deps: ReminderDeps): ReminderScheduler {
  const now = deps.now ?? Date.now;
  const iconUrl = deps.iconUrl ?? 'icon/reminder-48.png';

  async function pending(): Promise<Reminder[]> {
    const today = todayInShanghai(new Date(now()));
    const planned = planReminders(await deps.db.cases.toArray(), deps.calendar?.()).filter((r) => r.due >= today);
    const fired = new Set((await deps.db.reminders.bulkGet(planned.map((r) => r.key))).filter((x) => x !== undefined).map((x) => x!.key));
    return planned.filter((r) => !fired.has(r.key));
  }

  /** Creates the alarm unless one is already set for this time (a countdown is never reset). */
  async function keep(name: string, when: number, periodInMinutes?: number) {
    const existing = await deps.alarms.get(name);
    if (existing && (periodInMinutes !== undefined || existing.scheduledTime === when)) return;
    await deps.alarms.create(name, { when, ...(periodInMinutes === undefined ? {} : { periodInMinutes }) });
  }

  async function ensure() {
    const prefs = await deps.prefs();
    if (!prefs.enabled) {
      await deps.alarms.clear(REMINDER_ALARM);
      await deps.alarms.clear(DIGEST_ALARM);
      return;
    }
    await keep(DIGEST_ALARM, nextDigestAt(now(), prefs), 1440);
    const next = (await pending())[0];
    if (!next) {
      await deps.alarms.clear(REMINDER_ALARM);
      return;
    }
    // A time already past (the browser was closed) fires at once.
    await keep(REMINDER_ALARM, outOfQuietHours(next.at, prefs));
  }

  /** Marks a key shown; false when it was shown already (by this or an earlier worker). */
  async function claim(key: string): Promise<boolean> {
    return deps.db.transaction('rw', deps.db.reminders, async () => {
      if (await deps.db.reminders.get(key)) return false;
      await deps.db.reminders.put({ key, at: now() });
      return true;
    });
  }

  async function showDue(prefs: ReminderPrefs): Promise<string[]> {
    const shown: string[] = [];
    const at = now();
    for (const r of await pending()) {
      if (outOfQuietHours(r.at, prefs) > at) break;
      if (!(await claim(r.key))) continue;
      const when = r.kind === 'day' ? '今日期满（在押，不顺延） / due today (in custody)' : '下一工作日前期满 / due after the next working day';
      await deps.notifications.create(r.key, {
        type: 'basic', iconUrl, title: `办案期限提醒 ${r.caseNumber}`, message: `${r.due} ${when}`,
      });
      shown.push(r.key);
    }
    return shown;
  }

  async function showDigest(prefs: ReminderPrefs): Promise<string[]> {
    const at = now();
    if (inQuietHours(at, prefs)) return [];
    const today = todayInShanghai(new Date(at));
    const cases = await deps.db.cases.toArray();
    let overdue = 0;
    let soon = 0;
    for (const c of cases) {
      const dues = [...new Set(c.dues.map((d) => d.due))];
      if (dues.some((d) => d < today)) overdue++;
      else if (dues.some((d) => diffDays(today, d) <= DIGEST_HORIZON_DAYS)) soon++;
    }
    if (overdue + soon === 0) return [];
    const key = `digest|${today}`;
    if (!(await claim(key))) return [];
    await deps.notifications.create(key, {
      type: 'basic', iconUrl, title: '我的期限 · 今日提示',
      message: `已超期 ${overdue} 件，${DIGEST_HORIZON_DAYS} 日内期满 ${soon} 件 / ${overdue} overdue, ${soon} due within ${DIGEST_HORIZON_DAYS} days`,
    });
    return [key];
  }

  async function onAlarm(alarm: { name: string }): Promise<string[]> {
    if (alarm.name !== REMINDER_ALARM && alarm.name !== DIGEST_ALARM) return [];
    const prefs = await deps.prefs();
    if (!prefs.enabled) {
      await ensure();
      return [];
    }
    const shown = alarm.name === DIGEST_ALARM ? await showDigest(prefs) : await showDue(prefs);
    // The one-shot reminder alarm is gone once it fired: set the next.
    if (alarm.name === REMINDER_ALARM) await deps.alarms.clear(REMINDER_ALARM);
    await ensure();
    return shown;
  }

  return { ensure, onAlarm };
}
