import { describe, expect, it } from 'vitest';
import { GECKO_ID, normaliseBaseUrl, packagedManifest, packageManifestExtras } from '../../../shared/deploy/package-manifest.ts';
import { runtimeHost } from '../../../companion/deploy/policies.ts';

describe('the packaged manifest', () => {
  const dev = { manifest_version: 3, name: 'CaseLight', version: '0.1.0', host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'], optional_host_permissions: ['http://*/*', 'https://*/*'] };

  it('points Chromium at update.xml and Firefox at updates.json under its add-on id', () => {
    expect(packageManifestExtras('chrome', 'http://10.1.2.3:8787/')).toEqual({ update_url: 'http://10.1.2.3:8787/extension/update.xml' });
    expect(packageManifestExtras('edge', 'http://10.1.2.3:8787')).toEqual({ update_url: 'http://10.1.2.3:8787/extension/update.xml' });
    expect(packageManifestExtras('firefox', 'http://10.1.2.3:8787/caselight')).toEqual({
      browser_specific_settings: { gecko: { id: GECKO_ID, update_url: 'http://10.1.2.3:8787/caselight/extension/updates.json', data_collection_permissions: { required: ['websiteContent'] } } },
    });
    expect(packageManifestExtras('chrome', undefined)).toEqual({});
  });

  it('holds every http(s) host as required and drops the optional ones', () => {
    const m = packagedManifest(dev, 'chrome', 'http://10.1.2.3:8787');
    expect(m.host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(m).not.toHaveProperty('optional_host_permissions');
    expect(m.version).toBe('0.1.0');
  });

  it('refuses a public URL that browsers could not use', () => {
    expect(() => normaliseBaseUrl('10.1.2.3:8787')).toThrow(/CASELIGHT_PUBLIC_URL/);
    expect(() => normaliseBaseUrl('ftp://10.1.2.3')).toThrow(/http/);
    expect(() => normaliseBaseUrl('http://10.1.2.3/?a=1')).toThrow(/query/);
  });

  it('turns match patterns into ExtensionSettings host patterns (no path, no port)', () => {
    expect(runtimeHost('http://*.jcy/*')).toBe('http://*.jcy');
    expect(runtimeHost('http://10.1.2.9:8080/ajxx/*')).toBe('http://10.1.2.9');
    expect(runtimeHost('*://*.jcy.gov.cn/*')).toBe('*://*.jcy.gov.cn');
    expect(runtimeHost('not a pattern')).toBeUndefined();
  });
});
