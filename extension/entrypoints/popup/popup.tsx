// The popup's view.
import { formatCivil } from '../../../shared/calendar';
import { ruleText } from '../../../shared/rules/text';
import { locale, pick, t } from '../../i18n';
import { lightText } from '../../components/present';
import type { CentralPublic } from '../../settings';
import { connectedLine, type Connection } from '../../background/connection';
import type { PopupModel } from './model';
import { LoopPopup, type LoopPopupModel } from '../../loop/popup-loop';

/** When the central configuration was last fetched, and the last error in words. */
export function CentralLine({ central, quietError = false }: { central: CentralPublic; /** the cause is already said beside its field */ quietError?: boolean }) {
  return (
    <p class="muted" data-testid="central-status">
      {central.fetchedAt ? t('popup.central', { at: new Date(central.fetchedAt).toLocaleString() }) : t('popup.centralNever')}
      {central.error && !quietError ? <span class="error"> · {pick(central.error)}</span> : null}
      {central.problems.map((p, i) => <span key={i} class="error"> · {pick(p)}</span>)}
    </p>
  );
}

/** "已连接：张三 · 检察官 · 秦州区院 · 3分钟前同步", or what is wrong. */
export function ConnectionLine({ connection, lastSyncAt, now, testId = 'connection-line' }: { connection: Connection; lastSyncAt: string | null; now: Date; testId?: string }) {
  return connection.ok
    ? <p class="ok" data-testid={testId}>{connectedLine(locale.value, connection, lastSyncAt, now)}</p>
    : <p class="error" data-testid={testId}>{t('popup.notConnected', { reason: pick(connection.message) })}</p>;
}

export function Popup({ model, openOptions, loop }: { model: PopupModel; openOptions: () => void; loop?: LoopPopupModel }) {
  const s = model.summary.value;
  const sync = model.sync.value;
  return (
    <main data-testid="popup" lang={locale.value}>
      <h1>{t('popup.title')}</h1>
      {model.connection.value && <ConnectionLine connection={model.connection.value} lastSyncAt={sync?.lastSuccessAt ?? null} now={model.now()} />}
      {model.loaded.value && model.missingYears.value.length > 0 && (
        <p class="warn" role="alert" data-testid="calendar-warning">
          {t('popup.calendarMissing', { years: model.missingYears.value.join(locale.value === 'en' ? ', ' : '、') })}
        </p>
      )}
      {!model.loaded.value ? null : s === null ? (
        <p class="muted" data-testid="popup-empty">{t('popup.noPage')}</p>
      ) : (
        <>
          {s.training && <p class="banner">{t('panel.training')}</p>}
          <div class="muted">
            {t('popup.adapter')}：<span data-testid="popup-adapter">{model.adapterNames.value.join('、')}</span>
          </div>
          {s.caseNumber && (
            <div class="muted">
              {t('panel.case')}：{s.caseNumber}
            </div>
          )}
          <div class="counts" data-testid="popup-counts">
            {(['red', 'yellow', 'green', 'grey'] as const).map((l) => (
              <span key={l} class={l} data-count={l}>
                {t(`light.${l}`)} {s.counts[l]}
              </span>
            ))}
          </div>
          {model.points.value > 0 && <div>{t('popup.points', { points: model.points.value })}</div>}
          <ul>
            {s.findings
              .filter((f) => f.light === 'red' || f.light === 'yellow')
              .slice(0, 8)
              .map((f) => {
                const title = ruleText(f.ruleId)?.title;
                return (
                  <li key={f.occurrenceKey} class={f.light}>
                    {lightText(locale.value, f)} · {title ? pick(title) : f.ruleId}
                    {f.due ? ` (${t('card.due')} ${formatCivil(f.due, locale.value === 'en' ? 'en' : 'zh')})` : ''}
                  </li>
                );
              })}
          </ul>
        </>
      )}
      {loop && <LoopPopup model={loop} />}
      {sync && (
        <p class="muted">
          {t('popup.sync', { n: sync.pending })}
          {sync.lastError ? <span class="error"> · {pick(sync.lastError.message)}</span> : null}
        </p>
      )}
      {model.settings.value && <CentralLine central={model.settings.value.central} />}
      <div class="row">
        <button type="button" onClick={openOptions}>
          {t('popup.options')}
        </button>
      </div>
    </main>
  );
}
