import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { PACKAGE_HOST_PERMISSIONS, geckoSettings, packageManifestExtras } from './shared/deploy/package-manifest';

// `npm run package` (scripts/package.ts) sets CASELIGHT_PACKAGE_BASE_URL: the build then goes to
// .output/package/ (the unpacked build in .output/ that the tests load stays as it is) and its
// manifest points the browser's updater at the companion (update.xml / updates.json).
const packageBaseUrl = process.env.CASELIGHT_PACKAGE_BASE_URL;

// Extension build: WXT with srcDir extension/ (see docs/architecture.md, docs/extension.md).
export default defineConfig({
  srcDir: 'extension',
  outDir: packageBaseUrl ? '.output/package' : '.output',
  publicDir: 'extension/public',
  manifestVersion: 3,
  // The content script is injected into every frame: it carries rule logic, ids and lights only.
  // Rule and field wording lives in shared/rules/text and shared/case/field-text.ts, which its
  // modules never import (ESLint); the background sends it (`rules/text`). It carries no zod either:
  // shared/ builds its schemas only in *-schema.ts modules the content script never imports, and
  // shared/package.json declares shared/ free of import-time side effects, so barrels drop them.
  vite: () => ({ plugins: [preact({ prerender: { enabled: false } })] }),
  manifest: ({ browser }) => ({
    ...packageManifestExtras(browser, packageBaseUrl),
    ...(browser === 'firefox' && !packageBaseUrl ? { browser_specific_settings: { gecko: geckoSettings() } } : {}),
    name: 'CaseLight 办案亮灯',
    description: '在案件业务系统中实时亮灯提示程序瑕疵 / Live procedural-defect lights for case systems',
    default_locale: 'zh_CN',
    permissions: ['storage', 'alarms', 'scripting', 'notifications'],
    // Covered out of the box (any port). Other hosts are asked for when an adapter adds them. A
    // packaged build holds every http(s) host instead (shared/deploy/package-manifest.ts, docs/deploy.md).
    ...(packageBaseUrl
      ? { host_permissions: [...PACKAGE_HOST_PERMISSIONS] }
      : { host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'], optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    // Enterprise policy (chrome.storage.managed); see docs/configuration.md.
    storage: { managed_schema: 'managed-schema.json' },
    action: { default_title: 'CaseLight 办案亮灯' },
  }),
});
