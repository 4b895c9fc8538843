import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Extension build: WXT with srcDir extension/ (see docs/architecture.md).
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  publicDir: 'extension/public',
  manifestVersion: 3,
  vite: () => ({ plugins: [preact({ prerender: { enabled: false } })] }),
  manifest: {
    name: 'CaseLight 办案亮灯',
    description: '在案件业务系统中实时亮灯提示程序瑕疵 / Live procedural-defect lights for case systems',
    default_locale: 'zh_CN',
    permissions: ['storage', 'alarms', 'scripting'],
    host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
  },
});
