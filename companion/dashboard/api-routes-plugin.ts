// Build-time derivation of the endpoint table's method and path for zod-free code. The dashboard's
// boot (web/api/prefetch.ts) starts /me and /summary before the app's code — zod, the schemas,
// Preact — is even evaluated; importing shared/api/endpoints.ts there would put all of that in front
// of the first request. So the boot imports `virtual:caselight-api-routes`, which this plugin fills
// from shared/api/endpoints.ts when the bundle is built (and when Vitest loads the module): the table
// stays the only place that names a path, and the boot chunk stays a few hundred bytes.
// The table is loaded through Vite's module runner when the module is asked for, not imported here,
// so the configs that use this plugin stay loadable on their own.
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';

export const API_ROUTES_MODULE = 'virtual:caselight-api-routes';
const resolved = `\0${API_ROUTES_MODULE}`;
const table = resolve(import.meta.dirname, '../../shared/api/endpoints.ts');

type Table = typeof import('../../shared/api/endpoints.ts');

export function apiRoutes(): Plugin {
  return {
    name: 'caselight-api-routes',
    resolveId: (id) => (id === API_ROUTES_MODULE ? resolved : undefined),
    async load(id) {
      if (id !== resolved) return undefined;
      this.addWatchFile(table);
      const { module } = await runnerImport<Table>(table, { configFile: false, logLevel: 'error' });
      return `export const API_PREFIX = ${JSON.stringify(module.API_PREFIX)};\nexport const ROUTES = ${JSON.stringify(module.routeTable())};\n`;
    },
  };
}
