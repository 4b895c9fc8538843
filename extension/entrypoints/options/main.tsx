// Options page: companion URL, token, adapters, training mode, language; policy-locked keys shown locked.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { addMessages } from '../../i18n';
import { PAGE_MESSAGES } from '../../i18n/pages';
import { request } from '../../protocol';
import { createOptionsModel } from './model';
import { Options } from './options';
import { createReminderOptionsModel, ReminderOptions } from '../../loop/reminder-options';

addMessages(PAGE_MESSAGES);
const model = createOptionsModel({
  local: browser.storage.local,
  managed: {
    get: async () => {
      try {
        return (await browser.storage.managed.get()) ?? {};
      } catch {
        return {};
      }
    },
  },
  permissions: browser.permissions,
  request,
  testConnection: () => browser.runtime.sendMessage({ type: 'connection/test' }),
  syncStatus: () => browser.runtime.sendMessage({ type: 'sync/status' }),
});
const reminders = createReminderOptionsModel({
  local: browser.storage.local as unknown as Parameters<typeof createReminderOptionsModel>[0]['local'],
  send: (message) => browser.runtime.sendMessage(message),
});
const root = document.getElementById('app')!;
render(<Options model={model} />, root);
// Reminders: a section of their own below the settings (issue 10).
const reminderRoot = document.createElement('div');
root.after(reminderRoot);
render(<main><ReminderOptions model={reminders} /></main>, reminderRoot);
void model.load();
void reminders.load();
browser.storage.onChanged.addListener((_changes, area) => {
  if (area === 'managed' || area === 'local') void model.load();
});
