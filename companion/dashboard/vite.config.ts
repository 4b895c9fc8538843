// Builds the supervisor dashboard (web/) into dist/, which companion/dashboard/router.ts serves at /.
// Run from the repository root: vite build --config companion/dashboard/vite.config.ts
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';

const here = import.meta.dirname;

/**
 * boot.ts is its own tiny entry, loaded as an async module from <head>: it starts the overview's
 * /me and /summary while the main bundle is still downloading and compiling (bench/dashboard.ts).
 */
function bootFirst(): Plugin {
  return {
    name: 'caselight-boot-first',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const boot = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'boot');
        if (!boot || boot.type !== 'chunk') return [];
        // Its imports are shared with the main entry, which already modulepreloads them.
        return [{ tag: 'script', attrs: { type: 'module', async: true, crossorigin: true, src: `/${boot.fileName}` }, injectTo: 'head' }];
      },
    },
  };
}

export default defineConfig({
  root: resolve(here, 'web'),
  base: '/',
  publicDir: false,
  plugins: [preact({ prerender: { enabled: false }, devToolsEnabled: false }), bootFirst()],
  build: {
    outDir: resolve(here, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    // The companion's CSP is script-src 'self': no inline scripts, no eval.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    reportCompressedSize: false,
    rollupOptions: {
      input: { index: resolve(here, 'web', 'index.html'), boot: resolve(here, 'web', 'boot.ts') },
    },
  },
  server: {
    // `vite --config companion/dashboard/vite.config.ts` for UI work against a running companion.
    proxy: { '/api': 'http://127.0.0.1:8787' },
  },
});
