// Who sees what: administrators everything; supervisors their unit and every unit below it;
// prosecutors (and trainers) only their own records.
import type { Principal, Scope, UnitRow } from '../db/scope.ts';
import { canSeeUnit } from '../db/scope.ts';

export type { Principal, Scope, UnitRow };
export { canSeeUnit };

/** The unit and all units below it (parent links), in breadth-first order. */
export function subtree(units: readonly UnitRow[], root: string): string[] {
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (u.parent_code === null) continue;
    const list = children.get(u.parent_code);
    if (list) list.push(u.code);
    else children.set(u.parent_code, [u.code]);
  }
  const out: string[] = [];
  const seen = new Set<string>();
  const queue = [root];
  while (queue.length > 0) {
    const code = queue.shift() as string;
    if (seen.has(code)) continue; // a parent cycle cannot be created through the CLI, but never loop
    seen.add(code);
    out.push(code);
    queue.push(...(children.get(code) ?? []));
  }
  return out;
}

export function scopeOf(principal: Principal, units: readonly UnitRow[]): Scope {
  if (principal.role === 'admin') return { all: true };
  if (principal.role === 'supervisor') return { all: false, unitCodes: subtree(units, principal.unitCode) };
  return { all: false, unitCodes: [principal.unitCode], userId: principal.id };
}

/** The units a caller may see, as listed by GET /me. */
export function visibleUnits(principal: Principal, units: readonly UnitRow[]): UnitRow[] {
  const scope = scopeOf(principal, units);
  if (scope.all) return [...units];
  const codes = new Set(scope.unitCodes);
  return units.filter((u) => codes.has(u.code));
}

/**
 * Narrows a scope to one unit and the units below it, or returns undefined when that unit is
 * outside what the caller may see (the route answers 403).
 */
export function narrowToUnit(scope: Scope, units: readonly UnitRow[], unitCode: string): Scope | undefined {
  if (!units.some((u) => u.code === unitCode)) return undefined;
  const below = subtree(units, unitCode);
  if (scope.all) return { all: false, unitCodes: below };
  if (!scope.unitCodes.includes(unitCode)) return undefined;
  const allowed = new Set(scope.unitCodes);
  return { ...scope, unitCodes: below.filter((c) => allowed.has(c)) };
}
