// The options page's view.
import { locale, pick, t } from '../../i18n';
import type { OptionsModel } from './model';
import { CentralLine } from '../popup/popup';
import { ROLE_WORDS } from '../../background/connection';

function Locked({ on }: { on: boolean }) {
  return on ? <span class="locked"> {t('options.locked')}</span> : null;
}

/** Who the token signs in as, the companion's version and the last sync; a problem not tied to one field. */
function ConnectionResult({ model }: { model: OptionsModel }) {
  const c = model.connection.value;
  if (!c) return null;
  if (!c.ok) {
    // A wrong token or address is shown beside its field only.
    return c.field ? null : <p class="error" role="alert" data-testid="connection-result">{pick(c.message)}</p>;
  }
  const zh = locale.value !== 'en';
  const at = model.lastSyncAt.value;
  return (
    <div class="connection" role="status" data-testid="connection-result">
      <p class="ok">{zh ? '已连接：' : 'Connected: '}<strong>{c.user.name}</strong> · {ROLE_WORDS[c.user.role][zh ? 'zh' : 'en']} · {c.user.unitName}</p>
      <p class="muted">
        {c.version ? t('options.version', { version: c.version }) : null}
        {c.version ? ' · ' : null}
        {at ? t('options.lastSync', { at: new Date(at).toLocaleString(zh ? 'zh-CN' : 'en') }) : t('options.neverSynced')}
      </p>
    </div>
  );
}

export function Options({ model }: { model: OptionsModel }) {
  const s = model.settings.value;
  const locked = model.locked.value;
  const notice = model.notice.value;
  return (
    <main lang={locale.value}>
      <h1>{t('options.title')}</h1>
      {notice && (
        <p class={notice.kind === 'ok' ? 'ok' : 'error'} role="status" data-testid="options-notice">
          {notice.text}
        </p>
      )}
      <section>
        <label>
          <span>
            {t('options.companionUrl')}
            <Locked on={locked.has('companionUrl')} />
          </span>
          <input
            type="url"
            name="companionUrl"
            value={model.companionUrl.value}
            disabled={locked.has('companionUrl')}
            aria-invalid={model.urlError.value ? true : undefined}
            aria-describedby={model.urlError.value ? 'url-error' : undefined}
            onInput={(e) => (model.companionUrl.value = e.currentTarget.value)}
          />
          {model.urlError.value && <span id="url-error" class="field-error" data-testid="url-error">{pick(model.urlError.value)}</span>}
        </label>
        <label>
          <span>
            {t('options.token')}
            <Locked on={locked.has('token')} />
          </span>
          <input
            type="password"
            name="token"
            autoComplete="off"
            placeholder={s?.hasToken ? t('options.tokenSet') : ''}
            value={model.token.value}
            disabled={locked.has('token')}
            aria-invalid={model.tokenError.value ? true : undefined}
            aria-describedby={model.tokenError.value ? 'token-error' : undefined}
            onInput={(e) => (model.token.value = e.currentTarget.value)}
          />
          {model.tokenError.value && <span id="token-error" class="field-error" role="alert" data-testid="token-error">{pick(model.tokenError.value)}</span>}
        </label>
        <label class="inline">
          <input
            type="checkbox"
            name="trainingMode"
            checked={model.trainingMode.value}
            disabled={locked.has('trainingMode')}
            onChange={(e) => (model.trainingMode.value = e.currentTarget.checked)}
          />
          <span>{t('options.trainingMode')}</span>
          <Locked on={locked.has('trainingMode')} />
        </label>
        <label>
          <span>
            {t('options.locale')}
            <Locked on={locked.has('locale')} />
          </span>
          <select
            name="locale"
            value={model.locale.value}
            disabled={locked.has('locale')}
            onChange={(e) => (model.locale.value = e.currentTarget.value === 'en' ? 'en' : 'zh-CN')}
          >
            <option value="zh-CN">中文（简体）</option>
            <option value="en">English</option>
          </select>
        </label>
        <div class="inline">
          <button type="button" onClick={() => void model.save()}>
            {t('options.save')}
          </button>
          <button type="button" onClick={() => void model.testConnection()} aria-busy={model.testing.value} data-testid="test-connection">
            {model.testing.value ? t('options.testing') : t('options.test')}
          </button>
        </div>
        <ConnectionResult model={model} />
      </section>

      <h2>{t('options.central')}</h2>
      <section data-testid="central">
        {s && (
          <>
            <CentralLine central={s.central} quietError={model.tokenError.value !== null || model.urlError.value !== null} />
            <p class="muted">{t('options.central.counts', { rules: s.central.counts.rules, adapters: s.central.counts.adapters, overrides: s.central.counts.calendarOverrides })}</p>
          </>
        )}
        <button type="button" onClick={() => void model.refreshCentral()}>
          {t('options.central.refresh')}
        </button>
      </section>

      <h2>{t('options.adapters')}</h2>
      <section>
        <ul class="adapters" data-testid="adapter-list">
          {s?.adapters.map(({ source, adapter }) => (
            <li key={`${source}:${adapter.id}`}>
              <span class="name">
                {adapter.name} <span class="muted">({adapter.id} v{adapter.version})</span>
                <span class="muted"> {adapter.match.join(', ')}</span>
              </span>
              <span class="tag">{t(source === 'built-in' ? 'options.adapters.builtIn' : source === 'managed' ? 'options.adapters.managed' : source === 'central' ? 'options.adapters.central' : source === 'draft' ? 'options.adapters.draft' : 'options.adapters.user')}</span>
              {source === 'user' && (
                <button type="button" onClick={() => void model.removeAdapter(adapter.id)}>
                  {t('options.adapters.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
        {s && s.rejectedAdapters.length > 0 && (
          <div class="error">
            {t('options.adapters.rejected')}
            {s.rejectedAdapters.map((r, i) => (
              <div key={i}>
                {r.id ?? '?'}: {r.errors.map((e) => `${e.path} ${locale.value === 'en' ? e.en : e.zh}`).join('; ')}
              </div>
            ))}
          </div>
        )}
        {model.pending.value.length > 0 && (
          <p class="error" data-testid="pending-hosts">
            {t('options.adapters.needsPermission', { hosts: model.pending.value.join(', ') })}{' '}
            <button type="button" onClick={() => void model.grant(model.pending.value)}>
              {t('options.adapters.grant')}
            </button>
          </p>
        )}
        <p class="muted">{t('options.adapters.help')}</p>
        <textarea
          name="adapterJson"
          aria-label={t('options.adapters')}
          value={model.importText.value}
          onInput={(e) => (model.importText.value = e.currentTarget.value)}
        />
        {model.importErrors.value.length > 0 && (
          <div class="error" data-testid="adapter-errors">
            {model.importErrors.value.join('\n')}
          </div>
        )}
        <div class="inline">
          <button type="button" onClick={() => void model.importAdapter()}>
            {t('options.adapters.import')}
          </button>
          <label class="inline">
            <span>{t('options.adapters.file')}</span>
            <input
              type="file"
              accept="application/json,.json"
              onChange={async (e) => {
                // Reading the file loses the click's user gesture: show the text, the Import click asks for permission.
                const file = e.currentTarget.files?.[0];
                if (file) model.importText.value = await file.text();
              }}
            />
          </label>
        </div>
      </section>
    </main>
  );
}
