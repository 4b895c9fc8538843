// Options: the reminders' off switch, the daily digest's time and quiet hours (Asia/Shanghai).
// Stored under chrome.storage.local `reminders`; the background re-plans its alarms on change.
import { signal } from '@preact/signals';
import { DEFAULT_REMINDER_PREFS, parseReminderPrefs, REMINDER_PREFS_KEY, type ReminderPrefs } from './reminders';
import { lt } from './i18n';

export interface ReminderOptionsDeps {
  local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
  send(message: { type: string }): Promise<unknown>;
}

export function createReminderOptionsModel(deps: ReminderOptionsDeps) {
  const prefs = signal<ReminderPrefs>(DEFAULT_REMINDER_PREFS);
  const saved = signal(false);
  return {
    prefs,
    saved,
    async load() { prefs.value = parseReminderPrefs((await deps.local.get(REMINDER_PREFS_KEY))[REMINDER_PREFS_KEY]); },
    async set(patch: Partial<ReminderPrefs>) {
      prefs.value = parseReminderPrefs({ ...prefs.peek(), ...patch });
      await deps.local.set({ [REMINDER_PREFS_KEY]: prefs.peek() });
      await deps.send({ type: 'loop/reminders-changed' }).catch(() => undefined);
      saved.value = true;
    },
  };
}
export type ReminderOptionsModel = ReturnType<typeof createReminderOptionsModel>;

export function ReminderOptions({ model }: { model: ReminderOptionsModel }) {
  const p = model.prefs.value;
  return (
    <section data-testid="reminder-options">
      <h2>{lt('reminders.title')}</h2>
      <label>
        <input type="checkbox" checked={p.enabled} onChange={(e) => void model.set({ enabled: e.currentTarget.checked })} data-testid="reminders-enabled" />
        {lt('reminders.enabled')}
      </label>
      <div>
        <label>{lt('reminders.digestAt')} <input type="time" value={p.digestAt} disabled={!p.enabled} onChange={(e) => void model.set({ digestAt: e.currentTarget.value })} /></label>
      </div>
      <div>
        {lt('reminders.quiet')}{' '}
        <input type="time" aria-label={lt('reminders.quiet')} value={p.quietFrom} disabled={!p.enabled} onChange={(e) => void model.set({ quietFrom: e.currentTarget.value })} />
        {' '}{lt('reminders.to')}{' '}
        <input type="time" aria-label={lt('reminders.to')} value={p.quietTo} disabled={!p.enabled} onChange={(e) => void model.set({ quietTo: e.currentTarget.value })} />
      </div>
      {model.saved.value && <p class="muted" role="status">{lt('reminders.saved')}</p>}
    </section>
  );
}
