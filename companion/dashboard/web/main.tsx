// Entry: builds the models once, checks a token kept from earlier in this tab, renders the app.
import { effect, signal } from '@preact/signals';
import { render } from 'preact';
import { createApiClient } from './api/client.ts';
import { dashboardHttp } from './api/http.ts';
import { takePrefetched } from './api/prefetch.ts';
import { App } from './components/app.tsx';
import { ModelsContext, type Models } from './context.ts';
import { htmlLang, translate } from './i18n.ts';
import { TrainingRecordsModel } from './models/training-model.ts';
import { CalendarModel } from './models/calendar-model.ts';
import { CaseModel } from './models/case-model.ts';
import { NavigationModel, shanghaiQuarter } from './models/navigation-model.ts';
import { NoticesModel } from './models/notices-model.ts';
import { ObjectionsModel } from './models/objections-model.ts';
import { RectificationModel } from './models/rectification-model.ts';
import { EvaluationModel, LeadersModel, shanghaiMonth } from './models/evaluation-model.ts';
import { AssessmentsModel } from './models/assessments-model.ts';
import { AuditModel } from './models/audit-model.ts';
import { OverviewModel } from './models/overview-model.ts';
import { ProsecutorModel } from './models/prosecutor-model.ts';
import { ReportsModel } from './models/reports-model.ts';
import { loadRuleCatalogue, registryWithText } from './models/rule-catalogue.ts';
import { SessionModel } from './models/session-model.ts';
import { paletteProperties } from '../../../shared/light.ts';
import './styles.css';

// The palette's custom properties on the page root (CSSOM: a strict style-src is no obstacle).
for (const [name, value] of Object.entries(paletteProperties())) document.documentElement.style.setProperty(name, value);

function saveFile(file: { blob: Blob; filename: string }) {
  const url = URL.createObjectURL(file.blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

let session: SessionModel | null = null;
const api = createApiClient({
  http: dashboardHttp(),
  getToken: () => session?.token.peek() ?? null,
  onUnauthorized: () => session?.expire(),
  prefetched: takePrefetched,
});
session = new SessionModel({ api, storage: window.sessionStorage, prefs: window.localStorage });
const nav = new NavigationModel(window);
// Its own chunk, fetched while /me and /summary are in flight.
const catalogue = loadRuleCatalogue(() =>
  Promise.all([import('../../../shared/rules/index.ts'), import('../../../shared/rules/text/index.ts')]).then(([mod, text]) => registryWithText(mod, text)));
const overview = new OverviewModel({ api, catalogue, unitNames: session.unitNames });
const announcement = signal('');
const models: Models = {
  api,
  session,
  nav,
  catalogue,
  overview,
  objections: new ObjectionsModel({ api, onSettled: () => { void overview.reload(); } }),
  caseDetail: new CaseModel({ api, catalogue, unitNames: session.unitNames }),
  prosecutor: new ProsecutorModel({ api, unitNames: session.unitNames }),
  reports: new ReportsModel({ api, save: saveFile, currentQuarter: shanghaiQuarter(new Date()) }),
  calendar: new CalendarModel({ api }),
  notices: new NoticesModel({ api }),
  rectification: new RectificationModel({ api }),
  leaders: new LeadersModel({ api, save: saveFile, currentMonth: shanghaiMonth(new Date()) }),
  evaluation: new EvaluationModel({ api, save: saveFile }),
  assessments: new AssessmentsModel({ api }),
  audit: new AuditModel({ api }),
  training: new TrainingRecordsModel({ api }),
  announce: (text) => { announcement.value = ''; queueMicrotask(() => { announcement.value = text; }); },
};

effect(() => {
  const lang = session.lang.value;
  document.documentElement.lang = htmlLang(lang);
  document.title = translate(lang, 'appTitle');
});

void session.restore();
// With a token kept from earlier in this tab, fetch the overview alongside /me instead of after it:
// one round trip less before the first render. A refused token ends the session either way (401).
if (session.token.peek() && nav.route.peek().name === 'overview') {
  void overview.load({ year: nav.year.peek(), unit: nav.unit.peek() });
}

const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  render(<ModelsContext.Provider value={models}><App announcement={announcement} /></ModelsContext.Provider>, root);
}
