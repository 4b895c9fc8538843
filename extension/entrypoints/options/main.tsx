// Options page: companion URL, token, adapters, training mode, language; policy-locked keys shown locked.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { addMessages } from '../../i18n';
import { PAGE_MESSAGES } from '../../i18n/pages';
import { request } from '../../protocol';
import { createOptionsModel } from './model';
import { Options } from './options';

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
render(<Options model={model} />, document.getElementById('app')!);
void model.load();
browser.storage.onChanged.addListener((_changes, area) => {
  if (area === 'managed' || area === 'local') void model.load();
});
