// The top bar: brand, main navigation, year and unit filters, language, who is signed in.
import { useEffect, useRef, useState } from 'preact/hooks';
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

type NavLabel = 'navOverview' | 'navObjections' | 'navNotices' | 'navRectification' | 'navAssessments' | 'navReports' | 'navLeaders'
  | 'navEvaluation' | 'navChiefs' | 'navCalendar' | 'navDeploy' | 'navAudit' | 'navTraining';
interface NavItem { route: Route; label: NavLabel; adminOnly?: boolean }
interface NavGroupEntry { group: string; label: 'navGroupMonitoring' | 'navGroupReports' | 'navGroupAdmin'; items: NavItem[] }

/**
 * The top bar's entries: the daily pages as tabs, the rest in three disclosure menus, so that the bar
 * stays one row at 1366×768 in both languages for every role (13 pages did not fit).
 */
export const NAV: (NavItem | NavGroupEntry)[] = [
  { route: { name: 'overview' }, label: 'navOverview' },
  { route: { name: 'objections' }, label: 'navObjections' },
  { group: 'monitoring', label: 'navGroupMonitoring', items: [
    { route: { name: 'notices' }, label: 'navNotices' },
    { route: { name: 'rectification' }, label: 'navRectification' },
  ] },
  { group: 'reports', label: 'navGroupReports', items: [
    { route: { name: 'reports' }, label: 'navReports' },
    { route: { name: 'leaders' }, label: 'navLeaders' },
    { route: { name: 'evaluation' }, label: 'navEvaluation' },
    { route: { name: 'chiefs' }, label: 'navChiefs' },
    { route: { name: 'assessments' }, label: 'navAssessments' },
  ] },
  { route: { name: 'training-records' }, label: 'navTraining' },
  { group: 'admin', label: 'navGroupAdmin', items: [
    { route: { name: 'calendar' }, label: 'navCalendar' },
    { route: { name: 'deploy' }, label: 'navDeploy', adminOnly: true },
    { route: { name: 'audit' }, label: 'navAudit', adminOnly: true },
  ] },
];

function isCurrent(tab: Route, current: Route): boolean {
  if (tab.name === 'overview') return current.name === 'overview' || current.name === 'prosecutor' || current.name === 'case';
  return tab.name === current.name;
}

/**
 * A disclosure menu of links (the WAI-ARIA disclosure navigation pattern, not role=menu): the button
 * says whether it is open (aria-expanded) and which of its pages is the current one; Escape closes it
 * and gives the focus back to the button; so do choosing a page, a click elsewhere and tabbing out.
 */
function NavGroup(props: { entry: NavGroupEntry; items: NavItem[]; route: Route }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const currentItem = props.items.find((item) => isCurrent(item.route, props.route));
  const menuId = `nav-menu-${props.entry.group}`;

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (wrap.current && !wrap.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);
  // A page chosen (here or by the browser's back button) closes the menu.
  useEffect(() => { setOpen(false); }, [props.route]);

  return (
    <div
      ref={wrap}
      class={currentItem ? 'tab tab-group tab-current' : 'tab tab-group'}
      data-testid={`nav-group-${props.entry.group}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) { e.preventDefault(); setOpen(false); button.current?.focus(); }
      }}
      onFocusOut={(e) => {
        // Tabbing out closes it; focus going nowhere (a click on plain text) is left to the pointer handler.
        if (open && e.relatedTarget instanceof Node && !wrap.current?.contains(e.relatedTarget)) setOpen(false);
      }}
    >
      <button ref={button} type="button" class="tab-button" aria-expanded={open} aria-controls={menuId} onClick={() => setOpen(!open)}>
        {t(props.entry.label)}
        {currentItem && <span class="visually-hidden">{t('navGroupCurrent', { page: t(currentItem.label) })}</span>}
        <span class="caret" aria-hidden="true" />
      </button>
      <ul id={menuId} class="tab-menu" hidden={!open}>
        {props.items.map((item) => {
          const current = isCurrent(item.route, props.route);
          return (
            <li key={item.label} class={current ? 'tab-current' : undefined}>
              <Link to={item.route} aria-current={current ? 'page' : undefined}>{t(item.label)}</Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
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
  const trainingOnly = session.trainingOnly.value;
  const shown: Route = trainingOnly ? { name: 'training-records' } : route;

  return (
    <header class="topbar">
      <div class="topbar-brand">
        <Link to={{ name: 'overview' }} class="brand"><span class="brand-light" aria-hidden="true" />{t('brand')}</Link>
      </div>
      <nav aria-label={t('mainNav')} class="tabs">
        {NAV.map((entry) => {
          const allowed = (item: NavItem) => (!item.adminOnly || me?.user.role === 'admin') && (!trainingOnly || item.route.name === 'training-records');
          if ('group' in entry) {
            const items = entry.items.filter(allowed);
            return items.length === 0 ? null : <NavGroup key={entry.group} entry={entry} items={items} route={shown} />;
          }
          if (!allowed(entry)) return null;
          const current = isCurrent(entry.route, shown);
          return (
            <span key={entry.label} class={current ? 'tab tab-current' : 'tab'}>
              <Link to={entry.route} aria-current={current && entry.route.name === route.name ? 'page' : undefined}>
                {t(entry.label)}
                {entry.label === 'navObjections' && pending ? <span class="badge" aria-label={`${pending}`}>{pending}</span> : null}
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
