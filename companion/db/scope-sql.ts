// A Scope as a WHERE condition over a table's unit and user columns.
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Scope } from '../auth/scope.ts';

export function scopeCondition(scope: Scope, unitColumn: string, userColumn: string): Expression<SqlBool> {
  if (scope.all) return sql<SqlBool>`1 = 1`;
  if (scope.unitCodes.length === 0) return sql<SqlBool>`1 = 0`;
  const inUnits = sql<SqlBool>`${sql.ref(unitColumn)} in (${sql.join(scope.unitCodes)})`;
  return scope.userId === undefined ? inUnits : sql<SqlBool>`${inUnits} and ${sql.ref(userColumn)} = ${scope.userId}`;
}

/** Splits a list so one statement stays well under SQLite's and PostgreSQL's bound-parameter limits. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** PostgreSQL returns sum()/count() as bigint strings; SQLite as numbers. */
export const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
