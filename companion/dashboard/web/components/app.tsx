// The shell: sign-in gate, top bar, the page for the current route, and a polite live region.
import { useSignalEffect } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { useModels, useT } from '../context.ts';
import { CalendarBanner, CalendarPage } from './calendar-page.tsx';
import { CasePage } from './case-page.tsx';
import { DeployPage } from './deploy-page.tsx';
import { Loading } from './common.tsx';
import { Header } from './header.tsx';
import { NoticesPage } from './notices-page.tsx';
import { ObjectionsPage } from './objections-page.tsx';
import { OverviewPage } from './overview-page.tsx';
import { ProsecutorPage } from './prosecutor-page.tsx';
import { RectificationPage } from './rectification-page.tsx';
import { ChiefsPage, EvaluationPage, LeadersPage } from './evaluation-pages.tsx';
import { AssessmentsPage } from './assessments-page.tsx';
import { AuditPage } from './audit-page.tsx';
import { ReportsPage } from './reports-page.tsx';
import { SignIn } from './sign-in.tsx';
import { TrainingPage } from './training-page.tsx';

export function App(props: { announcement: { value: string } }) {
  const { session } = useModels();
  const status = session.status.value;
  if (status === 'checking' && !session.me.value) {
    return <main id="main" class="boot-main"><Loading /></main>;
  }
  if (status !== 'signed-in') return <SignIn />;
  return <SignedIn announcement={props.announcement} />;
}

function SignedIn(props: { announcement: { value: string } }) {
  const { nav, calendar, session } = useModels();
  const t = useT();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // After an in-app navigation, move focus to the new page's heading, as a page load would (screen readers, keyboard).
  useSignalEffect(() => {
    void nav.place.value.pathname;
    if (first.current) { first.current = false; return; }
    queueMicrotask(() => {
      main.current?.querySelector<HTMLElement>('h1')?.focus({ preventScroll: false });
      window.scrollTo(0, 0);
    });
  });

  // Everyone signed in learns of a holiday year still to load (the header's warning).
  useSignalEffect(() => {
    if (calendar.state.value.status === 'idle') void calendar.load();
  });

  // A trainer sees their 训练记录 whatever the address: nothing of the ledger.
  const route = session.trainingOnly.value ? { name: 'training-records' as const } : nav.route.value;
  return (
    <>
      <a class="skip-link" href="#main">{t('skipToMain')}</a>
      <Header />
      <main id="main" ref={main} tabIndex={-1}>
        <CalendarBanner />
        {route.name === 'overview' && <OverviewPage />}
        {route.name === 'prosecutor' && <ProsecutorPage id={route.id} />}
        {route.name === 'case' && <CasePage caseNumber={route.caseNumber} />}
        {route.name === 'objections' && <ObjectionsPage />}
        {route.name === 'reports' && <ReportsPage />}
        {route.name === 'calendar' && <CalendarPage />}
        {route.name === 'training-records' && <TrainingPage />}
        {route.name === 'deploy' && <DeployPage />}
        {route.name === 'notices' && <NoticesPage />}
        {route.name === 'rectification' && <RectificationPage />}
        {route.name === 'leaders' && <LeadersPage />}
        {route.name === 'evaluation' && <EvaluationPage />}
        {route.name === 'chiefs' && <ChiefsPage />}
        {route.name === 'assessments' && <AssessmentsPage />}
        {route.name === 'audit' && <AuditPage />}
        {route.name === 'not-found' && <h1 tabIndex={-1}>{t('notFoundPage')}</h1>}
      </main>
      <div class="visually-hidden" role="status" aria-live="polite" data-testid="announcer">{props.announcement.value}</div>
    </>
  );
}
