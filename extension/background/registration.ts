// Host coverage: 127.0.0.1 and localhost are in the manifest; any other host an adapter matches, or
// that policy lists in allowedHosts (managed storage: the case system's hosts, e.g. http://*.jcy/*,
// set without a rebuild), gets the content script registered at run time (chrome.scripting), once
// its permission is granted (a packaged, force-installed build holds every http(s) host).
import { toPermissionOrigin } from '../../shared/adapters/parse';
import type { ResolvedAdapter } from '../settings';

/** The manifest's static content-script matches (wxt.config.ts / caselight.content). */
export const STATIC_MATCHES: readonly string[] = ['http://127.0.0.1/*', 'http://localhost/*'];
export const DYNAMIC_SCRIPT_ID = 'caselight-dynamic';
/** Where WXT writes the content script entrypoint `caselight.content`: the bootstrap, in every frame. */
export const CONTENT_SCRIPT_FILE = 'content-scripts/caselight.js';
/**
 * Where WXT writes the unlisted script `checker` (not in the manifest): the page reader, engine and
 * overlay, injected by the background only into frames an adapter matches.
 */
export const CHECKER_FILE = '/checker.js';

/** Permission origins (port-less, path `/*`) of adapters' and policy's hosts the manifest does not cover. */
export function dynamicOrigins(adapters: readonly ResolvedAdapter[], allowedHosts: readonly string[] = []): string[] {
  const out = new Set<string>();
  for (const pattern of [...adapters.flatMap(({ adapter }) => adapter.match), ...allowedHosts]) {
    const origin = toPermissionOrigin(pattern);
    if (origin && !STATIC_MATCHES.includes(origin)) out.add(origin);
  }
  return [...out].sort();
}

export interface RegistrationApi {
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  scripting: {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string; matches?: string[] }[]>;
    registerContentScripts(scripts: object[]): Promise<void>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  };
}

/**
 * Registers the content script for every granted dynamic origin (and nothing else); returns the
 * origins still waiting for permission. Idempotent: runs on every worker start, settings change
 * and permission change.
 */
export async function reconcileRegistration(api: RegistrationApi, adapters: readonly ResolvedAdapter[], allowedHosts: readonly string[] = []) {
  const wanted = dynamicOrigins(adapters, allowedHosts);
  const granted: string[] = [];
  const pending: string[] = [];
  for (const origin of wanted) ((await api.permissions.contains({ origins: [origin] })) ? granted : pending).push(origin);
  const current = await api.scripting.getRegisteredContentScripts({ ids: [DYNAMIC_SCRIPT_ID] });
  const have = [...(current[0]?.matches ?? [])].sort();
  if (have.join('\n') !== granted.join('\n')) {
    if (current.length > 0) await api.scripting.unregisterContentScripts({ ids: [DYNAMIC_SCRIPT_ID] });
    if (granted.length > 0) {
      await api.scripting.registerContentScripts([
        {
          id: DYNAMIC_SCRIPT_ID,
          matches: granted,
          js: [CONTENT_SCRIPT_FILE],
          allFrames: true,
          // about:blank / srcdoc sub-forms of a covered page (match_about_blank is manifest-only).
          matchOriginAsFallback: true,
          runAt: 'document_idle',
          persistAcrossSessions: true,
        },
      ]);
    }
  }
  return { granted, pending };
}
