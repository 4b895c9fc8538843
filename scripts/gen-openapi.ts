// Writes docs/openapi.json from the shared/api schemas and endpoint list (`npx tsx scripts/gen-openapi.ts`).
// test/companion/openapi.test.ts fails when the file is stale.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { API_PREFIX, ErrorBodySchema, InternalErrorBodySchema, endpoints, type Endpoint } from '../shared/api/index.ts';

export const OPENAPI_FILE = resolve(import.meta.dirname, '..', 'docs', 'openapi.json');

type Json = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Json {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json;
  return rest;
}

/** A path or query schema as OpenAPI parameters, one per property. */
function parameters(schema: z.ZodType | undefined, where: 'path' | 'query'): Json[] {
  if (!schema) return [];
  const s = jsonSchema(schema, 'input');
  const required = new Set((s.required as string[] | undefined) ?? []);
  return Object.entries((s.properties as Record<string, Json>) ?? {}).map(([name, p]) => ({
    name, in: where, required: where === 'path' || required.has(name), schema: p,
    ...(typeof p.description === 'string' ? { description: p.description } : {}),
  }));
}

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } } });

function operation(e: Endpoint): Json {
  const success: Json = { 'application/json': { schema: jsonSchema(e.response.schema, 'output') } };
  for (const type of e.alternatives ?? []) success[type] = { schema: { type: 'string', format: 'binary' } };
  const responses: Json = {
    [e.response.status]: { description: e.summary.en, content: success },
    400: errorResponse('Invalid request: `details` lists each bad field (`field`, `message`); `reason` says it in Chinese and English'),
    401: errorResponse('Missing, unknown or revoked bearer token'),
    403: errorResponse("The caller's role may not do this, or the data belongs to a unit or prosecutor outside their scope"),
  };
  if (e.method === 'post' && e.path.startsWith('/objections')) {
    responses[404] = errorResponse('No such defect or objection');
    responses[409] = errorResponse('Already objected, voided or decided');
  }
  if (e.body) responses[413] = errorResponse('Request body too large');
  responses[429] = errorResponse('Too many requests for this token');
  responses[500] = { description: 'Internal error (never with details)', content: { 'application/json': { schema: { $ref: '#/components/schemas/InternalError' } } } };
  return {
    operationId: `${e.method}${e.path.replace(/[:/-](\w)/g, (_m, c: string) => c.toUpperCase())}`,
    summary: e.summary.en,
    description: `${e.summary.zh}\n\nRoles: ${e.roles.join(', ')}.`,
    'x-roles': [...e.roles],
    tags: [e.path.split('/')[1]],
    security: [{ bearer: [] }],
    parameters: [...parameters(e.params, 'path'), ...parameters(e.query, 'query')],
    ...(e.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(e.body, 'input') } } } } : {}),
    responses,
  };
}

export function buildOpenApi(): Json {
  const paths: Record<string, Json> = {};
  for (const e of endpoints) {
    const path = API_PREFIX + e.path.replace(/:(\w+)/g, '{$1}');
    paths[path] = { ...(paths[path] ?? {}), [e.method]: operation(e) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'CaseLight 办案亮灯 companion API',
      version: '1',
      description: 'The defect ledger (办案瑕疵累计积分): the extension posts defect events; supervisors read tallies, cases over threshold, objections and the quarterly 晒案 list; administrators set rule points, adapters and calendar overrides. Generated from shared/api by scripts/gen-openapi.ts; see docs/api.md.',
    },
    servers: [{ url: 'http://127.0.0.1:8787' }],
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A token printed once by `npm run companion -- users add`' } },
      schemas: { ErrorBody: jsonSchema(ErrorBodySchema, 'output'), InternalError: jsonSchema(InternalErrorBodySchema, 'output') },
    },
  };
}

export const renderOpenApi = () => `${JSON.stringify(buildOpenApi(), null, 2)}\n`;

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  writeFileSync(OPENAPI_FILE, renderOpenApi());
  console.log(`wrote ${OPENAPI_FILE}`);
}
