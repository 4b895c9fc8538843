// 节假日安排: which years' State Council arrangements are loaded, and (administrators) entering a
// year's holidays and make-up working days as ranges, with a preview of what they do to due dates.
import { useSignalEffect } from '@preact/signals';
import { formatCivil } from '../../../../shared/calendar/index.ts';
import { useModels, useT } from '../context.ts';
import { pick } from '../i18n.ts';
import { DataTable, ErrorNotice, Link, ResourceView, type Column } from './common.tsx';
import type { PreviewRow } from '../models/calendar-model.ts';

/** The warning every signed-in user sees while a needed year is not loaded; administrators get the steps. */
export function CalendarBanner() {
  const { calendar, session, nav } = useModels();
  const t = useT();
  const missing = calendar.missingYears.value;
  if (missing.length === 0) return null;
  const admin = session.me.value?.user.role === 'admin';
  const years = missing.join(session.lang.value === 'zh' ? '、' : ', ');
  return (
    <div class="notice notice-warn calendar-banner" role="alert" data-testid="calendar-banner">
      <p>{t('calendarMissing', { years })}</p>
      {admin && (
        <>
          <p data-testid="calendar-steps">{t('calendarMissingSteps')}</p>
          {nav.route.value.name !== 'calendar' && <p><Link to={{ name: 'calendar' }} class="button-secondary">{t('calendarGoLoad')}</Link></p>}
        </>
      )}
    </div>
  );
}

export function CalendarPage() {
  const { calendar, session, announce } = useModels();
  const t = useT();
  const lang = session.lang.value;
  useSignalEffect(() => { void calendar.load(); });
  const admin = session.me.value?.user.role === 'admin';
  const bundled = calendar.bundledYears.value;
  const entered = calendar.enteredYears.value;
  const year = calendar.editYear.value;
  const problems = calendar.problems.value;
  const span = (ys: readonly number[]) => (ys.length === 0 ? t('calendarNone') : ys.length > 2 && ys[ys.length - 1] - ys[0] === ys.length - 1 ? `${ys[0]}—${ys[ys.length - 1]}` : ys.join('、'));
  const date = (d: string) => formatCivil(d, lang);
  const columns: Column<PreviewRow>[] = [
    { header: t('colStart'), rowHeader: true, cell: (r) => date(r.start) },
    { header: t('colPeriod'), cell: (r) => (r.period.unit === 'month' ? t('periodMonth') : t('periodDays', { n: r.period.amount })) },
    { header: t('colBefore'), cell: (r) => date(r.before) },
    { header: t('colAfter'), cell: (r) => <strong class={r.after === r.before ? undefined : 'changed'}>{date(r.after)}</strong> },
  ];
  const yearChoices = [...new Set([year, ...calendar.missingYears.value, ...entered, Math.max(...bundled, ...entered) + 1])].sort((a, b) => a - b);

  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>{t('calendarTitle')}</h1>
      </div>
      <p class="panel-hint">{t('calendarIntro', { from: bundled[0], to: bundled[bundled.length - 1] })}</p>
      <ResourceView resource={calendar.state.value} onRetry={() => void calendar.load()}>
        {() => (
          <div class="grid-2">
            <section class="panel" aria-labelledby="h-cal-edit">
              <h2 id="h-cal-edit">{t('calendarEditTitle')}</h2>
              <p data-testid="calendar-loaded">{t('calendarLoaded', { bundled: span(bundled), entered: span(entered) })}</p>
              {!admin ? (
                <p class="notice notice-info">{t('calendarAdminOnly')}</p>
              ) : (
                <form onSubmit={(e) => {
                  e.preventDefault();
                  void calendar.save().then((ok) => { if (ok && calendar.lastSaved.peek()) announce(pick(lang, calendar.lastSaved.peek()!)); });
                }}>
                  <div class="field-inline">
                    <label for="cal-year">{t('calendarYear')}</label>
                    <select id="cal-year" value={String(year)} onChange={(e) => calendar.chooseYear(Number(e.currentTarget.value))} data-testid="calendar-year">
                      {yearChoices.map((y) => <option key={y} value={String(y)}>{y}</option>)}
                    </select>
                  </div>
                  <label for="cal-holidays">{t('calendarHolidays')}</label>
                  <textarea id="cal-holidays" rows={7} value={calendar.holidaysText.value} aria-invalid={problems.length > 0}
                    onInput={(e) => { calendar.holidaysText.value = e.currentTarget.value; }} data-testid="calendar-holidays" />
                  <label for="cal-workdays">{t('calendarWorkdays')}</label>
                  <textarea id="cal-workdays" rows={4} value={calendar.workdaysText.value} aria-invalid={problems.length > 0}
                    onInput={(e) => { calendar.workdaysText.value = e.currentTarget.value; }} data-testid="calendar-workdays" />
                  <label for="cal-note">{t('calendarNote')}</label>
                  <input id="cal-note" type="text" maxLength={200} value={calendar.note.value}
                    onInput={(e) => { calendar.note.value = e.currentTarget.value; }} />
                  {problems.length > 0 && (
                    <ul class="notice notice-error" role="alert" data-testid="calendar-problems">
                      {problems.map((p, i) => <li key={i}>{t(p.id, p.params)}</li>)}
                    </ul>
                  )}
                  <p class="button-row">
                    <button type="submit" class="button-primary" disabled={!calendar.canSave.value} data-testid="calendar-save">
                      {calendar.saving.value ? t('calendarSaving') : t('calendarSave', { year })}
                    </button>
                  </p>
                  {calendar.saveError.value && <ErrorNotice error={calendar.saveError.value} />}
                  {calendar.lastSaved.value && <p class="notice notice-ok" role="status" data-testid="calendar-saved">{pick(lang, calendar.lastSaved.value)}</p>}
                </form>
              )}
            </section>
            <section class="panel" aria-labelledby="h-cal-preview">
              <h2 id="h-cal-preview">{t('calendarPreview')}</h2>
              {calendar.preview.value.length === 0 ? (
                <p class="panel-hint">{t('calendarPreviewEmpty')}</p>
              ) : (
                <DataTable caption={t('calendarPreview')} captionHidden columns={columns} rows={calendar.preview.value} rowKey={(r) => `${r.start}:${r.period.unit}`} testId="table-calendar-preview" />
              )}
            </section>
          </div>
        )}
      </ResourceView>
    </>
  );
}
