// What `npm run package` adds to the manifest of a packaged build (wxt.config.ts): the update URL
// of the companion that serves it (Chromium's gupdate update.xml, Firefox's updates.json) and, for
// Firefox, the add-on id. The unpacked development build gets neither.

/** Firefox add-on id (browser_specific_settings.gecko.id); fixed: Firefox keys storage and policy by it. */
export const GECKO_ID = 'caselight@caselight.local';

/**
 * Firefox's built-in data-collection consent (gecko.data_collection_permissions, required for new
 * add-ons): what the extension sends to the unit's companion. Case numbers, rule ids, dates and
 * points are read from the case system's pages, i.e. website content; suspect names and case facts
 * never leave the browser (docs/sync.md), and no browsing history is sent.
 */
export const GECKO_DATA_COLLECTION = { required: ['websiteContent'] } as const;

/** The gecko block of a Firefox manifest: add-on id, data consent, and the update URL when packaged. */
export function geckoSettings(updateUrl?: string): Record<string, unknown> {
  return { id: GECKO_ID, ...(updateUrl ? { update_url: updateUrl } : {}), data_collection_permissions: { required: [...GECKO_DATA_COLLECTION.required] } };
}

/** Path of the Chromium update manifest on the companion. */
export const UPDATE_XML_PATH = '/extension/update.xml';
/** Path of the Firefox update manifest on the companion. */
export const UPDATES_JSON_PATH = '/extension/updates.json';

/** The companion's public base URL without a trailing slash; throws on anything but http(s). */
export function normaliseBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`CASELIGHT_PUBLIC_URL: not a URL (got ${JSON.stringify(raw)})`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`CASELIGHT_PUBLIC_URL: must be http:// or https:// (got ${JSON.stringify(raw)})`);
  if (url.search || url.hash) throw new Error(`CASELIGHT_PUBLIC_URL: no query or fragment (got ${JSON.stringify(raw)})`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

export function packageManifestExtras(browser: string, baseUrl: string | undefined): Record<string, unknown> {
  if (!baseUrl) return {};
  const base = normaliseBaseUrl(baseUrl);
  if (browser === 'firefox') {
    return { browser_specific_settings: { gecko: geckoSettings(`${base}${UPDATES_JSON_PATH}`) } };
  }
  return { update_url: `${base}${UPDATE_XML_PATH}` };
}

/**
 * A packaged build is installed by policy only, so it holds every http(s) host up front: a
 * force-installed extension gets them without a prompt, the policy's ExtensionSettings
 * runtime_allowed_hosts narrow them, and the content script runs only where managed allowedHosts
 * and adapters say. The development build keeps the narrow manifest and asks per host.
 */
export const PACKAGE_HOST_PERMISSIONS: readonly string[] = ['http://*/*', 'https://*/*'];

/** The built manifest turned into the packaged one (what wxt.config.ts does when CASELIGHT_PACKAGE_BASE_URL is set). */
export function packagedManifest(manifest: Record<string, unknown>, browser: string, baseUrl: string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...manifest, ...packageManifestExtras(browser, baseUrl), host_permissions: [...PACKAGE_HOST_PERMISSIONS] };
  delete out.optional_host_permissions;
  return out;
}
