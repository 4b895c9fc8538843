import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Extension build: WXT with srcDir extension/ (see docs/architecture.md, docs/extension.md).
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  publicDir: 'extension/public',
  manifestVersion: 3,
  vite: () => ({ plugins: [preact({ prerender: { enabled: false } })] }),
  hooks: {
    // The content script never runs a zod schema (see extension/build/zod-inert.ts): keep zod out
    // of its bundle so it stays within 60 KB gzipped. The background and pages get real zod.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      config.resolve ??= {};
      const alias = { find: /^zod$/, replacement: resolve(import.meta.dirname, 'extension/build/zod-inert.ts') };
      const existing = config.resolve.alias;
      config.resolve.alias = Array.isArray(existing) ? [...existing, alias] : [...Object.entries(existing ?? {}).map(([find, replacement]) => ({ find, replacement: replacement as string })), alias];
    },
  },
  manifest: {
    name: 'CaseLight 办案亮灯',
    description: '在案件业务系统中实时亮灯提示程序瑕疵 / Live procedural-defect lights for case systems',
    default_locale: 'zh_CN',
    permissions: ['storage', 'alarms', 'scripting'],
    // Covered out of the box (any port). Other hosts are asked for when an adapter adds them.
    host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // Enterprise policy (chrome.storage.managed); see docs/configuration.md.
    storage: { managed_schema: 'managed-schema.json' },
    action: { default_title: 'CaseLight 办案亮灯' },
  },
});
