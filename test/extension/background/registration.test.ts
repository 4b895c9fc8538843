import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_FILE, DYNAMIC_SCRIPT_ID, dynamicOrigins, reconcileRegistration } from '../../../extension/background/registration';
import type { ResolvedAdapter } from '../../../extension/settings';

const adapter = (match: string[]): ResolvedAdapter => ({
  source: 'user',
  adapter: { id: `a${match.length}`, name: 'x', version: 1, match, fields: { acceptedOn: { label: '受理日期' } } },
});

function fakeApi(granted: string[]) {
  const registered: { id: string; matches?: string[] }[] = [];
  const calls: string[] = [];
  return {
    registered,
    calls,
    permissions: { contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.includes(o)) },
    scripting: {
      getRegisteredContentScripts: async () => registered.map((r) => ({ ...r })),
      registerContentScripts: async (scripts: object[]) => {
        calls.push('register');
        registered.push(...(scripts as { id: string; matches: string[] }[]));
      },
      unregisterContentScripts: async () => {
        calls.push('unregister');
        registered.length = 0;
      },
    },
  };
}

describe('dynamic content-script registration', () => {
  it('asks only for hosts the manifest does not cover, without ports', () => {
    expect(dynamicOrigins([adapter(['http://127.0.0.1/training/*', 'http://10.1.2.3:8080/ajxx/*', 'https://*.jcy.gov.cn/*'])])).toEqual([
      'http://10.1.2.3/*',
      'https://*.jcy.gov.cn/*',
    ]);
  });

  it('adds the hosts policy lists in allowedHosts (the case system, set without a rebuild)', async () => {
    expect(dynamicOrigins([adapter(['http://10.1.2.3/*'])], ['http://*.jcy/*', 'http://10.1.2.9:8080/*', 'http://127.0.0.1/*', 'not a pattern'])).toEqual([
      'http://*.jcy/*',
      'http://10.1.2.3/*',
      'http://10.1.2.9/*',
    ]);
    const api = fakeApi(['http://*.jcy/*']);
    const r = await reconcileRegistration(api, [], ['http://*.jcy/*', 'http://10.1.2.9/*']);
    expect(r).toEqual({ granted: ['http://*.jcy/*'], pending: ['http://10.1.2.9/*'] });
    expect(api.registered).toEqual([expect.objectContaining({ id: DYNAMIC_SCRIPT_ID, matches: ['http://*.jcy/*'] })]);
  });

  it('registers granted hosts only and reports the ones waiting for permission', async () => {
    const api = fakeApi(['http://10.1.2.3/*']);
    const r = await reconcileRegistration(api, [adapter(['http://10.1.2.3/*', 'http://10.9.9.9/*'])]);
    expect(r).toEqual({ granted: ['http://10.1.2.3/*'], pending: ['http://10.9.9.9/*'] });
    expect(api.registered).toEqual([
      expect.objectContaining({ id: DYNAMIC_SCRIPT_ID, matches: ['http://10.1.2.3/*'], js: [CONTENT_SCRIPT_FILE], allFrames: true, matchOriginAsFallback: true }),
    ]);
  });

  it('changes nothing when the registration is already right, and unregisters when no host is left', async () => {
    const api = fakeApi(['http://10.1.2.3/*']);
    await reconcileRegistration(api, [adapter(['http://10.1.2.3/*'])]);
    await reconcileRegistration(api, [adapter(['http://10.1.2.3/*'])]);
    expect(api.calls).toEqual(['register']);
    await reconcileRegistration(api, []);
    expect(api.calls).toEqual(['register', 'unregister']);
    expect(api.registered).toEqual([]);
  });
});
