import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPENAPI_FILE, buildOpenApi, renderOpenApi } from '../../scripts/gen-openapi.ts';
import { endpoints } from '../../shared/api/index.ts';

describe('docs/openapi.json', () => {
  it('is up to date with shared/api (regenerate with `npx tsx scripts/gen-openapi.ts`)', () => {
    expect(readFileSync(OPENAPI_FILE, 'utf8'), 'docs/openapi.json is stale: run npx tsx scripts/gen-openapi.ts').toBe(renderOpenApi());
  });

  it('documents every endpoint with its roles and error answers', () => {
    const doc = buildOpenApi() as { paths: Record<string, Record<string, { 'x-roles': string[]; responses: Record<string, unknown> }>> };
    for (const e of endpoints) {
      const op = doc.paths[`/api/v1${e.path.replace(/:(\w+)/g, '{$1}')}`]?.[e.method];
      expect(op, `${e.method} ${e.path}`).toBeDefined();
      expect(op['x-roles']).toEqual([...e.roles]);
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining([String(e.response.status), '400', '401', '403', '500']));
    }
  });
});
