// The reminder scheduler (our real code, extension/loop/reminders.ts) over IndexedDB and an in-memory
// chrome.alarms / chrome.notifications with a fake clock: one reminder per case and due date, across
// service-worker restarts, alarms that vanish, an alarm delivered twice, quiet hours and the off switch.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  createReminderScheduler, DIGEST_ALARM, inQuietHours, nextDigestAt, outOfQuietHours, parseReminderPrefs, planReminders, REMINDER_ALARM,
  type AlarmsPort, type ReminderPrefs,
} from '../../../extension/loop/reminders.ts';
import { openDb, type LocalCase } from '../../../extension/store/index.ts';
import { freshDbName } from '../sync/helpers.ts';

const at = (iso: string) => Date.parse(iso);

/** chrome.alarms in memory: alarms fire when the fake clock passes them; periodic ones re-arm. */
function memoryAlarms(clock: { now: number }) {
  const alarms = new Map<string, { scheduledTime: number; periodInMinutes?: number }>();
  let listener: ((a: { name: string }) => Promise<unknown>) | null = null;
  const port: AlarmsPort & { creates: number; listen(l: (a: { name: string }) => Promise<unknown>): void; vanish(): void; advanceTo(t: number): Promise<void>; alarms: typeof alarms } = {
    creates: 0,
    alarms,
    async get(name) { const a = alarms.get(name); return a && { name, scheduledTime: a.scheduledTime }; },
    create(name, info) { port.creates++; alarms.set(name, { scheduledTime: info.when, ...(info.periodInMinutes ? { periodInMinutes: info.periodInMinutes } : {}) }); },
    async clear(name) { return alarms.delete(name); },
    listen(l) { listener = l; },
    vanish() { alarms.clear(); },
    async advanceTo(t: number) {
      for (;;) {
        const next = [...alarms.entries()].sort((a, b) => a[1].scheduledTime - b[1].scheduledTime)[0];
        if (!next || next[1].scheduledTime > t) break;
        const [name, a] = next;
        clock.now = a.scheduledTime;
        if (a.periodInMinutes) alarms.set(name, { ...a, scheduledTime: a.scheduledTime + a.periodInMinutes * 60_000 });
        else alarms.delete(name);
        await listener?.({ name });
      }
      clock.now = t;
    },
  };
  return port;
}

function localCase(caseNumber: string, dues: string[], inCustody: boolean): LocalCase {
  return {
    caseNumber, inCustody, url: `https://tyyw.example/${caseNumber}`, checkedAt: 0, nextDue: dues[0] ?? '',
    dues: dues.map((due, i) => ({ ruleId: `rule-${i}`, occurrenceKey: `k${i}`, due, light: 'yellow' as const })),
  };
}

function world(prefs: Partial<ReminderPrefs> = {}) {
  const db = openDb(freshDbName());
  const clock = { now: at('2025-06-15T00:00:00Z') };
  const alarms = memoryAlarms(clock);
  const shown: string[] = [];
  const notifications = { create(id: string) { shown.push(id); } };
  let current = parseReminderPrefs({ quietFrom: '22:00', quietTo: '07:00', ...prefs });
  /** A service-worker start: a fresh scheduler over the same storage and the same alarms. */
  async function start() {
    const s = createReminderScheduler({ db, alarms, notifications, prefs: async () => current, now: () => clock.now });
    alarms.listen((a) => s.onAlarm(a));
    await s.ensure();
    return s;
  }
  return { db, clock, alarms, shown, start, setPrefs(p: Partial<ReminderPrefs>) { current = { ...current, ...p }; } };
}

describe('planReminders', () => {
  it('reminds the working day before each due date, and on the day too in custody', () => {
    // 2025-10-09 (Thu, after 国庆): the working day before is 2025-09-30.
    const plan = planReminders([localCase('A', ['2025-10-09', '2025-10-09'], true), localCase('B', ['2025-06-23'], false)]);
    expect(plan.map((r) => [r.key, new Date(r.at).toISOString()])).toEqual([
      ['before|B|2025-06-23', '2025-06-20T01:00:00.000Z'],
      ['before|A|2025-10-09', '2025-09-30T01:00:00.000Z'],
      ['day|A|2025-10-09', '2025-10-09T01:00:00.000Z'],
    ]);
  });

  it('moves a time out of quiet hours (also across midnight)', () => {
    const prefs = parseReminderPrefs({ quietFrom: '20:00', quietTo: '08:00' });
    expect(inQuietHours(at('2025-06-15T13:00:00Z'), prefs)).toBe(true); // 21:00 Shanghai
    expect(new Date(outOfQuietHours(at('2025-06-15T13:00:00Z'), prefs)).toISOString()).toBe('2025-06-16T00:00:00.000Z');
    expect(outOfQuietHours(at('2025-06-15T02:00:00Z'), prefs)).toBe(at('2025-06-15T02:00:00Z'));
    expect(new Date(nextDigestAt(at('2025-06-15T02:00:00Z'), parseReminderPrefs({ digestAt: '08:30' }))).toISOString()).toBe('2025-06-16T00:30:00.000Z');
    expect(parseReminderPrefs({ digestAt: '25:00', enabled: 'yes' })).toMatchObject({ digestAt: '08:30', enabled: true });
  });
});

describe('the reminder scheduler with a fake clock', () => {
  it('fires once per due date across service-worker restarts, vanished alarms and an alarm delivered twice', async () => {
    const w = world();
    await w.db.cases.bulkPut([localCase('A', ['2025-06-20'], true), localCase('B', ['2025-06-23', '2025-06-23'], false)]);
    await w.start();
    expect(w.alarms.alarms.get(REMINDER_ALARM)?.scheduledTime).toBe(at('2025-06-19T01:00:00Z'));

    await w.alarms.advanceTo(at('2025-06-19T02:00:00Z'));
    expect(w.shown.filter((k) => !k.startsWith('digest'))).toEqual(['before|A|2025-06-20']);

    // Restart: the alarm for tomorrow is still set — it is left alone, not re-created.
    const creates = w.alarms.creates;
    const scheduled = w.alarms.alarms.get(REMINDER_ALARM)?.scheduledTime;
    const s2 = await w.start();
    expect(w.alarms.creates).toBe(creates);
    expect(w.alarms.alarms.get(REMINDER_ALARM)?.scheduledTime).toBe(scheduled);

    // The same alarm delivered twice by the browser shows nothing twice.
    await w.alarms.advanceTo(at('2025-06-20T01:30:00Z'));
    await s2.onAlarm({ name: REMINDER_ALARM });
    expect(w.shown.filter((k) => !k.startsWith('digest'))).toEqual(['before|A|2025-06-20', 'before|B|2025-06-23', 'day|A|2025-06-20']);

    // An update wipes every alarm; the next start re-creates them from storage, and nothing repeats.
    w.alarms.vanish();
    await w.start();
    expect(w.alarms.alarms.has(DIGEST_ALARM)).toBe(true);
    await w.alarms.advanceTo(at('2025-06-30T00:00:00Z'));
    const reminders = w.shown.filter((k) => !k.startsWith('digest'));
    expect(reminders).toEqual(['before|A|2025-06-20', 'before|B|2025-06-23', 'day|A|2025-06-20']);
    expect(new Set(w.shown).size).toBe(w.shown.length);
    // One digest a day while something is overdue or due within 3 days: from 17 June.
    const digests = w.shown.filter((k) => k.startsWith('digest'));
    expect(digests[0]).toBe('digest|2025-06-17');
    expect(digests.at(-1)).toBe('digest|2025-06-29'); // 30 June 08:30 is still ahead at 08:00
    expect(w.alarms.alarms.has(REMINDER_ALARM)).toBe(false);
  });

  it('waits out quiet hours, and shows nothing once switched off', async () => {
    const w = world({ quietFrom: '08:00', quietTo: '10:00', digestAt: '08:30' });
    await w.db.cases.put(localCase('Q', ['2025-06-17'], false));
    await w.start();
    expect(w.alarms.alarms.get(REMINDER_ALARM)?.scheduledTime).toBe(at('2025-06-16T02:00:00Z')); // 09:00 → 10:00 Shanghai
    expect(w.alarms.alarms.get(DIGEST_ALARM)?.scheduledTime).toBe(at('2025-06-15T02:00:00Z')); // 08:30 → 10:00
    await w.alarms.advanceTo(at('2025-06-16T01:30:00Z'));
    expect(w.shown.filter((k) => k.startsWith('before'))).toEqual([]);
    await w.alarms.advanceTo(at('2025-06-16T02:00:00Z'));
    expect(w.shown.filter((k) => k.startsWith('before'))).toEqual(['before|Q|2025-06-17']);

    const off = world();
    await off.db.cases.put(localCase('Z', ['2025-06-18'], true));
    off.setPrefs({ enabled: false });
    await off.start();
    expect(off.alarms.alarms.size).toBe(0);
    await off.alarms.advanceTo(at('2025-06-30T00:00:00Z'));
    expect(off.shown).toEqual([]);
  });
});
