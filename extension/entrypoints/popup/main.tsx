// Popup: this page's summary (counts, the worst findings, the adapter in use) and sync status.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { paletteProperties } from '../../../shared/light';
import { addMessages } from '../../i18n';
import { PAGE_MESSAGES } from '../../i18n/pages';
import { request } from '../../protocol';
import { createPopupModel } from './model';
import { Popup } from './popup';
import { createLoopPopupModel } from '../../loop/popup-loop';

addMessages(PAGE_MESSAGES);
// The palette's custom properties on the page root (CSSOM: a strict style-src is no obstacle).
for (const [name, value] of Object.entries(paletteProperties())) document.documentElement.style.setProperty(name, value);
const model = createPopupModel({
  activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
  request,
  syncStatus: () => browser.runtime.sendMessage({ type: 'sync/status' }),
  connection: () => browser.runtime.sendMessage({ type: 'connection/get' }),
});
const loop = createLoopPopupModel({
  send: (message) => browser.runtime.sendMessage(message),
  openUrl: (url) => void browser.tabs.create({ url }),
});
render(<Popup model={model} openOptions={() => void browser.runtime.openOptionsPage()} loop={loop} />, document.getElementById('app')!);
void model.load();
void loop.load();
