// The top bar: brand, main navigation, year and unit filters, language, who is signed in.
import { useModels, useT } from '../context.ts';
import type { Route } from '../models/navigation-model.ts';
import { Link } from './common.tsx';

export function LanguageSwitch() {
  const { session } = useModels();
  const t = useT();
  const lang = session.lang.value;
  return (
    <button
      type="button"
      class="button-ghost"
      lang={lang === 'zh' ? 'en' : 'zh-CN'}
      aria-label={t('langSwitchLabel')}
      onClick={() => session.setLang(lang === 'zh' ? 'en' : 'zh')}
      data-testid="lang"
    >
      {t('langSwitch')}
    </button>
  );
}

const tabs: { route: Route; label: 'navOverview' | 'navObjections' | 'navNotices' | 'navRectification' | 'navAssessments' | 'navReports' | 'navLeaders' | 'navEvaluation' | 'navChiefs' | 'navCalendar' | 'navDeploy' | 'navTraining'; adminOnly?: boolean }[] = [
  { route: { name: 'overview' }, label: 'navOverview' },
  { route: { name: 'objections' }, label: 'navObjections' },
  { route: { name: 'notices' }, label: 'navNotices' },
  { route: { name: 'rectification' }, label: 'navRectification' },
  { route: { name: 'assessments' }, label: 'navAssessments' },
  { route: { name: 'reports' }, label: 'navReports' },
  { route: { name: 'leaders' }, label: 'navLeaders' },
  { route: { name: 'evaluation' }, label: 'navEvaluation' },
  { route: { name: 'chiefs' }, label: 'navChiefs' },
  { route: { name: 'calendar' }, label: 'navCalendar' },
  { route: { name: 'training-records' }, label: 'navTraining' },
  { route: { name: 'deploy' }, label: 'navDeploy', adminOnly: true },
];

function isCurrent(tab: Route, current: Route): boolean {
  if (tab.name === 'overview') return current.name === 'overview' || current.name === 'prosecutor' || current.name === 'case';
  return tab.name === current.name;
}

export function Header() {
  const { session, nav, overview } = useModels();
  const t = useT();
  const me = session.me.value;
  const route = nav.route.value;
  const unit = nav.unit.value;
  const options = session.unitOptions.value;
  const pending = overview.kpis.value?.pendingObjections ?? null;
  const unknownUnit = unit !== null && !options.some((o) => o.code === unit);

  return (
    <header class="topbar">
      <div class="topbar-brand">
        <Link to={{ name: 'overview' }} class="brand"><span class="brand-light" aria-hidden="true" />{t('appTitle')}</Link>
      </div>
      <nav aria-label={t('mainNav')} class="tabs">
        {tabs.filter((tab) => (!tab.adminOnly || me?.user.role === 'admin') && (!session.trainingOnly.value || tab.route.name === 'training-records')).map((tab) => {
          const current = isCurrent(tab.route, session.trainingOnly.value ? { name: 'training-records' } : route);
          return (
            <span key={tab.label} class={current ? 'tab tab-current' : 'tab'} aria-current={current && tab.route.name === route.name ? 'page' : undefined}>
              <Link to={tab.route}>
                {t(tab.label)}
                {tab.label === 'navObjections' && pending ? <span class="badge" aria-label={`${pending}`}>{pending}</span> : null}
              </Link>
            </span>
          );
        })}
      </nav>
      <form class="filters" aria-label={t('filters')} onSubmit={(e) => e.preventDefault()}>
        <label for="f-year">{t('year')}</label>
        <select id="f-year" value={String(nav.year.value)} onChange={(e) => nav.setYear(Number(e.currentTarget.value))} data-testid="year">
          {nav.years.value.map((y) => <option key={y} value={String(y)}>{y}</option>)}
        </select>
        {(session.hasSubUnits.value || unknownUnit) && (
          <>
            <label for="f-unit">{t('unit')}</label>
            <select id="f-unit" value={unit ?? ''} onChange={(e) => nav.setUnit(e.currentTarget.value || null)} data-testid="unit">
              <option value="">{t('allUnits')}</option>
              {options.map((o) => (
                <option key={o.code} value={o.code}>{'\u3000'.repeat(o.depth)}{o.name}</option>
              ))}
              {unknownUnit && <option value={unit}>{unit}</option>}
            </select>
          </>
        )}
      </form>
      <div class="topbar-user">
        <LanguageSwitch />
        {me && (
          <span class="user" data-testid="user" title={t('signedInAs', { name: me.user.name, unit: me.user.unitName })}>
            <span class="visually-hidden">{t('signedInAs', { name: me.user.name, unit: me.user.unitName })}</span>
            <span aria-hidden="true">{me.user.name}</span>
          </span>
        )}
        <button type="button" class="button-ghost" onClick={() => { session.signOut(); nav.startOver({ name: 'overview' }); }} data-testid="sign-out">{t('signOut')}</button>
      </div>
    </header>
  );
}
