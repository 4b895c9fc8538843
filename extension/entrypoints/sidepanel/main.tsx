// Side panel (chrome.sidePanel): the findings of the active tab, listed beside the form instead of
// over it. Opened from the in-page counter or the browser's side-panel menu.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { paletteProperties } from '../../../shared/light';
import { addMessages } from '../../i18n';
import { PAGE_MESSAGES } from '../../i18n/pages';
import { request } from '../../protocol';
import { createAssessmentModel } from '../../assessment/model';
import { studioAccess, type ConnectionAnswer } from '../../studio/access';
import { createSidePanelModel } from './model';
import { SidePanel } from './sidepanel';

addMessages(PAGE_MESSAGES);
// The palette's custom properties on the page root (CSSOM: a strict style-src is no obstacle).
for (const [name, value] of Object.entries(paletteProperties())) document.documentElement.style.setProperty(name, value);
const fixed = Number(new URLSearchParams(location.search).get('tabId'));
const model = createSidePanelModel({
  request,
  tabId: async () => (Number.isInteger(fixed) && fixed > 0 ? fixed : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id),
});
// 社会危险性量化评估 (issue 11): opened for the tab's case when the page is an arrest review.
const assessment = createAssessmentModel({ send: (message) => browser.runtime.sendMessage(message) });
function follow() {
  const s = model.summary.peek();
  if (s?.procedure === 'arrest-review' && s.caseNumber !== undefined) void assessment.open(s.caseNumber, s.training).catch(() => undefined);
}
const app = document.getElementById('app')!;
render(<SidePanel model={model} assessment={assessment} />, app);
void model.load().then(follow);
// Administrators and trainers map host pages: the adapter studio is one click away for them, and
// not offered to anyone else (extension/studio/access.ts).
void (browser.runtime.sendMessage({ type: 'connection/get' }) as Promise<ConnectionAnswer | undefined>)
  .then((c) => {
    if (studioAccess(c).open) render(<SidePanel model={model} assessment={assessment} studio />, app);
  })
  .catch(() => undefined);
// The background's per-tab state changes with every check of the page: follow it, and the active tab.
setInterval(() => void model.refresh().then(follow).catch(() => undefined), 1000);
browser.tabs.onActivated.addListener(() => void model.refresh().then(follow).catch(() => undefined));
