// Builds the supervisor dashboard (web/) into dist/, which companion/dashboard/router.ts serves at /.
// Run from the repository root: vite build --config companion/dashboard/vite.config.ts
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

const here = import.meta.dirname;

export default defineConfig({
  root: resolve(here, 'web'),
  base: '/',
  publicDir: false,
  plugins: [preact({ prerender: { enabled: false }, devToolsEnabled: false })],
  build: {
    outDir: resolve(here, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    // The companion's CSP is script-src 'self': no inline scripts, no eval.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    reportCompressedSize: false,
  },
  server: {
    // `vite --config companion/dashboard/vite.config.ts` for UI work against a running companion.
    proxy: { '/api': 'http://127.0.0.1:8787' },
  },
});
