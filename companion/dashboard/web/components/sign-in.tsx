// 登录: the bearer token an administrator issued; it is checked with GET /me before it is kept.
import { useSignal } from '@preact/signals';
import { useModels, useT } from '../context.ts';
import { pick } from '../i18n.ts';
import { LanguageSwitch } from './header.tsx';

export function SignIn() {
  const { session } = useModels();
  const t = useT();
  const token = useSignal('');
  const missing = useSignal(false);
  const checking = session.checking.value;
  const error = session.error.value;
  const lang = session.lang.value;
  const describedBy = ['token-help', missing.value ? 'token-missing' : '', error ? 'sign-in-error' : ''].filter(Boolean).join(' ');

  return (
    <main id="main" class="sign-in">
      <div class="sign-in-card">
        <div class="sign-in-top">
          <p class="brand" aria-hidden="true"><span class="brand-light" />{t('appShort')}</p>
          <LanguageSwitch />
        </div>
        <h1>{t('signInTitle')}</h1>
        <p class="muted">{t('signInIntro')}</p>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            missing.value = token.value.trim() === '';
            if (!missing.value) void session.signIn(token.value);
          }}
        >
          <label for="token">{t('tokenLabel')}</label>
          <input
            id="token"
            name="token"
            type="password"
            autoComplete="off"
            spellcheck={false}
            required
            aria-invalid={missing.value || error !== null}
            aria-describedby={describedBy}
            value={token.value}
            onInput={(e) => { token.value = e.currentTarget.value; }}
            data-testid="token"
          />
          <p id="token-help" class="field-meta">{t('tokenHelp')}</p>
          {missing.value && <p id="token-missing" class="field-error" role="alert">{t('tokenRequired')}</p>}
          {error && <p id="sign-in-error" class="field-error" role="alert" data-testid="sign-in-error">{pick(lang, error)}</p>}
          <button type="submit" class="button-primary button-wide" disabled={checking} data-testid="sign-in">
            {checking ? t('signingIn') : t('signIn')}
          </button>
        </form>
      </div>
    </main>
  );
}
