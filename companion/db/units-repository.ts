// Units (单位): codes with a parent, forming the hierarchy supervisors see down through.
import type { Kysely } from 'kysely';
import type { UnitRow } from './scope.ts';
import type { Database } from './schema.ts';

export type AddUnitResult = { ok: true; unit: UnitRow } | { ok: false; code: 'exists' | 'no-parent' };

export function createUnitsRepository(db: Kysely<Database>) {
  return {
    async list(): Promise<UnitRow[]> {
      return db.selectFrom('units').select(['code', 'name', 'parent_code']).orderBy('code').execute();
    },

    async get(code: string): Promise<UnitRow | undefined> {
      return db.selectFrom('units').select(['code', 'name', 'parent_code']).where('code', '=', code).executeTakeFirst();
    },

    async add(unit: { code: string; name: string; parentCode?: string | null }, now: Date = new Date()): Promise<AddUnitResult> {
      return db.transaction().execute(async (trx) => {
        const existing = await trx.selectFrom('units').select('code').where('code', '=', unit.code).executeTakeFirst();
        if (existing) return { ok: false, code: 'exists' } as const;
        if (unit.parentCode) {
          const parent = await trx.selectFrom('units').select('code').where('code', '=', unit.parentCode).executeTakeFirst();
          if (!parent) return { ok: false, code: 'no-parent' } as const;
        }
        const row = { code: unit.code, name: unit.name, parent_code: unit.parentCode ?? null };
        await trx.insertInto('units').values({ ...row, created_at: now.toISOString() }).execute();
        return { ok: true, unit: row } as const;
      });
    },
  };
}
export type UnitsRepository = ReturnType<typeof createUnitsRepository>;
