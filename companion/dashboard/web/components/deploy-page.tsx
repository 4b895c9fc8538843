// 扩展部署 (administrators): the packaged release the companion serves, and the policy files made
// for it (GET /extension/policies/*, docs/deploy.md), each shown and downloadable.
import { useSignal, useSignalEffect } from '@preact/signals';
import { z } from 'zod';
import { useModels, useT } from '../context.ts';
import { pick } from '../i18n.ts';
import { asApiError, idle, type Resource } from '../models/resource.ts';
import { ResourceView } from './common.tsx';

const Localized = z.object({ zh: z.string(), en: z.string() });
const PolicyIndexSchema = z.object({
  version: z.string(),
  extensionId: z.string(),
  geckoId: z.string(),
  updateUrl: z.string(),
  companionUrl: z.string(),
  hosts: z.array(z.string()),
  createdAt: z.string(),
  rollbackOf: z.string().optional(),
  releases: z.array(z.object({ version: z.string(), createdAt: z.string(), rollbackOf: z.string().optional() })),
  files: z.array(z.object({ name: z.string(), url: z.string(), title: Localized, installTo: z.string() })),
});
type PolicyIndex = z.infer<typeof PolicyIndexSchema>;
interface Loaded { index: PolicyIndex; texts: Record<string, string> }

/** Saves text the page already holds (fetched with the bearer token) as a file. */
function save(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/octet-stream' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function DeployPage() {
  const { api, session } = useModels();
  const t = useT();
  const lang = session.lang.value;
  const admin = session.me.value?.user.role === 'admin';
  const state = useSignal<Resource<Loaded>>(idle);

  const load = async () => {
    state.value = { status: 'loading', data: state.value.data } as Resource<Loaded>;
    try {
      const index = await api.getJson('/extension/policies', PolicyIndexSchema);
      const texts: Record<string, string> = {};
      for (const f of index.files) texts[f.name] = await (await api.downloadPath(f.url)).blob.text();
      state.value = { status: 'ready', data: { index, texts } } as Resource<Loaded>;
    } catch (err) {
      state.value = { status: 'error', error: asApiError(err), data: undefined } as Resource<Loaded>;
    }
  };
  useSignalEffect(() => {
    if (admin && state.peek().status === 'idle') void load();
  });

  return (
    <>
      <div class="page-head">
        <h1 tabIndex={-1}>{t('deployTitle')}</h1>
      </div>
      <p class="panel-hint">{t('deployIntro')}</p>
      {!admin ? <p data-testid="deploy-admin-only">{t('deployAdminOnly')}</p> : (
        <ResourceView resource={state.value} onRetry={() => void load()}>
          {({ index, texts }) => (
            <>
              <section class="panel" aria-labelledby="h-deploy-release">
                <h2 id="h-deploy-release">{t('deployRelease')}</h2>
                <dl class="deploy-facts" data-testid="deploy-release">
                  <dt>{t('deployVersion')}</dt><dd>{index.version}{index.rollbackOf ? ` (${t('deployRollbackOf', { version: index.rollbackOf })})` : ''}</dd>
                  <dt>{t('deployExtensionId')}</dt><dd><code data-testid="deploy-id">{index.extensionId}</code></dd>
                  <dt>{t('deployUpdateUrl')}</dt><dd><code>{index.updateUrl}</code></dd>
                  <dt>{t('deployCompanionUrl')}</dt><dd><code>{index.companionUrl}</code></dd>
                  <dt>{t('deployHosts')}</dt><dd><code>{index.hosts.join('  ')}</code></dd>
                  <dt>{t('deployReleases')}</dt><dd>{index.releases.map((r) => r.version).join('、')}</dd>
                </dl>
                <p><a href="/extension/caselight.crx" download>{t('deployDownloadCrx')}</a></p>
              </section>
              {index.files.map((f) => (
                <section class="panel" key={f.name} aria-labelledby={`h-deploy-${f.name}`} data-testid={`deploy-file-${f.name}`}>
                  <h2 id={`h-deploy-${f.name}`}>{pick(lang, f.title)} <code>{f.name}</code></h2>
                  <p class="panel-hint">{t('deployInstallTo')}<code>{f.installTo}</code></p>
                  <p>
                    <button type="button" class="button-secondary" onClick={() => save(f.name, texts[f.name] ?? '')} data-testid={`deploy-download-${f.name}`}>
                      {t('deployDownload', { name: f.name })}
                    </button>
                  </p>
                  <pre class="deploy-file">{texts[f.name]}</pre>
                </section>
              ))}
            </>
          )}
        </ResourceView>
      )}
    </>
  );
}
