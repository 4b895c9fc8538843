// Builds the supervisor dashboard (web/) into dist/, which companion/dashboard/router.ts serves at /.
// Run from the repository root: vite build --config companion/dashboard/vite.config.ts
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { apiRoutes } from './api-routes-plugin.ts';

const here = import.meta.dirname;

/**
 * The entry (boot.ts) is tiny: it starts /me and /summary, then imports the app (main.tsx). The app's
 * files are named in <head> too, so the browser downloads them before those API calls occupy the
 * companion, and compiles them while it waits (bench/dashboard.ts shows the timeline).
 */
function preloadApp(): Plugin {
  return {
    name: 'caselight-preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const main = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isDynamicEntry && c.name === 'main');
        if (!main || main.type !== 'chunk') return [];
        const css = [...(main.viteMetadata?.importedCss ?? [])];
        const entry = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry)?.fileName;
        const modules = [main.fileName, ...main.imports].filter((file) => file !== entry);
        return [
          ...modules.map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' as const })),
          ...css.map((file) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: `/${file}` }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}

export default defineConfig({
  root: resolve(here, 'web'),
  base: '/',
  publicDir: false,
  plugins: [preact({ prerender: { enabled: false }, devToolsEnabled: false }), preloadApp(), apiRoutes()],
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
