// The rows the access rules work on (units, the user a token resolves to), the Scope a caller
// reads within, and that Scope as a WHERE condition. `auth/` decides *which* scope a caller gets
// from these rows; the query layer only applies it. Nothing here imports `auth/`.
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Role } from '../../shared/api/index.ts';

/** A row of `units`. */
export interface UnitRow { code: string; name: string; parent_code: string | null }

/** The active user a bearer token resolves to, with their unit's name. */
export interface Principal {
  id: string;
  name: string;
  role: Role;
  unitCode: string;
  unitName: string;
}

/** `all`, or the unit codes a caller may see, and for prosecutors their own user id on top. */
export type Scope = { all: true } | { all: false; unitCodes: string[]; userId?: string };

export function canSeeUnit(scope: Scope, unitCode: string): boolean {
  return scope.all || scope.unitCodes.includes(unitCode);
}

/** A Scope as a WHERE condition over a table's unit and user columns. */
export function scopeCondition(scope: Scope, unitColumn: string, userColumn: string): Expression<SqlBool> {
  if (scope.all) return sql<SqlBool>`1 = 1`;
  if (scope.unitCodes.length === 0) return sql<SqlBool>`1 = 0`;
  const inUnits = sql<SqlBool>`${sql.ref(unitColumn)} in (${sql.join(scope.unitCodes)})`;
  return scope.userId === undefined ? inUnits : sql<SqlBool>`${inUnits} and ${sql.ref(userColumn)} = ${scope.userId}`;
}
