// Every schema of the contract: strict objects, no personal data, and JSON Schema for the OpenAPI document.
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  AdaptersUpdateSchema, CalendarOverridesSchema, ObjectionCreateSchema, ObjectionDecisionSchema, QuarterlyReportQuerySchema,
  RuleConfigUpdateSchema, TallyQuerySchema, endpoints,
} from '../../../shared/api/index.ts';
import { trainingSystemAdapter } from '../../../shared/adapters/index.ts';

type Json = { [k: string]: unknown };

function walkObjects(node: unknown, visit: (o: Json, path: string) => void, path = '$'): void {
  if (Array.isArray(node)) { node.forEach((n, i) => walkObjects(n, visit, `${path}[${i}]`)); return; }
  if (typeof node !== 'object' || node === null) return;
  const o = node as Json;
  if (o.type === 'object' && o.properties) visit(o, path);
  for (const [k, v] of Object.entries(o)) walkObjects(v, visit, `${path}.${k}`);
}

const schemasOf = () => endpoints.flatMap((e) => [
  ...(e.params ? [[`${e.method} ${e.path} params`, e.params] as const] : []),
  ...(e.query ? [[`${e.method} ${e.path} query`, e.query] as const] : []),
  ...(e.body ? [[`${e.method} ${e.path} body`, e.body] as const] : []),
  [`${e.method} ${e.path} response`, e.response.schema] as const,
]);

/** Names of fields that would carry a suspect's or victim's identity or the facts of a case. */
const personal = /suspect|victim|defendant|birth|idcard|identity|address|phone|fact|crime|charge/i;

describe('shared/api schemas', () => {
  it.each(schemasOf())('%s: every object is strict (unknown keys rejected)', (_name, schema) => {
    walkObjects(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), (o, path) => {
      // Records (maps keyed by rule id, field id, point kind) have no fixed properties.
      if (o.additionalProperties !== false && Object.keys(o.properties as Json).length > 0) throw new Error(`${path} is not strict`);
    });
  });

  it.each(schemasOf())('%s: names no personal data or case facts', (_name, schema) => {
    walkObjects(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), (o, path) => {
      for (const key of Object.keys(o.properties as Json)) expect(`${path}.${key}`).not.toMatch(personal);
    });
  });

  it('declares each method and path once', () => {
    const keys = endpoints.map((e) => `${e.method} ${e.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('validates tally queries from query strings', () => {
    expect(TallyQuerySchema.parse({ groupBy: 'unit', year: '2025' })).toEqual({ groupBy: 'unit', year: 2025 });
    expect(TallyQuerySchema.safeParse({ groupBy: 'suspect' }).success).toBe(false);
    expect(TallyQuerySchema.safeParse({ groupBy: 'unit', year: '1999' }).success).toBe(false);
    expect(TallyQuerySchema.safeParse({ groupBy: 'unit', sort: 'x' }).success).toBe(false);
  });

  it('defaults the report format to JSON and accepts csv and xlsx', () => {
    expect(QuarterlyReportQuerySchema.parse({ year: '2025', quarter: '2' })).toEqual({ year: 2025, quarter: 2, format: 'json' });
    expect(QuarterlyReportQuerySchema.safeParse({ year: '2025', quarter: '5' }).success).toBe(false);
    expect(QuarterlyReportQuerySchema.safeParse({ year: '2025', quarter: '1', format: 'pdf' }).success).toBe(false);
  });

  it('requires objection and decision reasons', () => {
    expect(ObjectionCreateSchema.safeParse({ defectId: '0b6f2f0e-8f3c-4a8e-9c1a-2d6b7a1f3e55', reason: '' }).success).toBe(false);
    expect(ObjectionDecisionSchema.safeParse({ decision: 'accepted', reason: '属实' }).success).toBe(true);
    expect(ObjectionDecisionSchema.safeParse({ decision: 'maybe', reason: '属实' }).success).toBe(false);
  });

  it('rejects duplicate rule ids, adapter ids and calendar dates', () => {
    const thresholds = { prosecution: 40, other: 30, prosecutionProcedures: ['prosecution-review'] };
    const rule = { ruleId: 'prosecution-review-1m', enabled: true, points: { 'in-custody': 8 }, warningDays: 5 };
    expect(RuleConfigUpdateSchema.safeParse({ rules: [rule], thresholds }).success).toBe(true);
    expect(RuleConfigUpdateSchema.safeParse({ rules: [rule, rule], thresholds }).success).toBe(false);
    expect(AdaptersUpdateSchema.safeParse({ adapters: [trainingSystemAdapter] }).success).toBe(true);
    expect(AdaptersUpdateSchema.safeParse({ adapters: [trainingSystemAdapter, trainingSystemAdapter] }).success).toBe(false);
    const day = { date: '2025-10-11', kind: 'workday' as const };
    expect(CalendarOverridesSchema.safeParse({ overrides: [day] }).success).toBe(true);
    expect(CalendarOverridesSchema.safeParse({ overrides: [day, day] }).success).toBe(false);
  });

  it('serves adapters in the format shared/adapters defines (unknown case fields rejected)', () => {
    const bad = { ...trainingSystemAdapter, fields: { notAField: { label: '某字段' } } };
    expect(AdaptersUpdateSchema.safeParse({ adapters: [bad] }).success).toBe(false);
  });
});
