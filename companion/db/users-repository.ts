// Users with a role and a unit. A token is made and shown once at creation; only its hash is kept.
import { randomUUID } from 'node:crypto';
import { CompiledQuery, type Kysely, type Selectable } from 'kysely';
import type { Role } from '../../shared/api/index.ts';
import { scopeCondition, type Principal, type Scope } from './scope.ts';
import { hashToken, newToken } from './tokens.ts';
import type { Database, UsersTable } from './schema.ts';

export type UserRow = Omit<Selectable<UsersTable>, 'token_hash'>;

export type AddUserResult = { ok: true; user: UserRow; token: string } | { ok: false; code: 'no-unit' };

const columns = ['id', 'name', 'role', 'unit_code', 'created_at', 'revoked_at', 'demo', 'leader'] as const;

export function createUsersRepository(db: Kysely<Database>) {
  // Every API request looks its token up: the statement is built and compiled once, and each
  // lookup runs it with the token's hash (building and compiling it per request cost ~2 % of the
  // ingest's CPU; issue 12).
  const byToken = db.selectFrom('users')
    .innerJoin('units', 'units.code', 'users.unit_code')
    .select(['users.id', 'users.name', 'users.role', 'users.unit_code', 'units.name as unit_name'])
    .where('users.token_hash', '=', '')
    .where('users.revoked_at', 'is', null)
    .compile();
  if (byToken.parameters.length !== 1) throw new Error('findByToken: expected one parameter (the token hash)');
  type ByToken = { id: string; name: string; role: Role; unit_code: string; unit_name: string };
  return {
    async add(input: { name: string; role: Role; unitCode: string; demo?: boolean; leader?: boolean; token?: string }, now: Date = new Date()): Promise<AddUserResult> {
      const unit = await db.selectFrom('units').select('code').where('code', '=', input.unitCode).executeTakeFirst();
      if (!unit) return { ok: false, code: 'no-unit' };
      const token = input.token ?? newToken();
      const user: UserRow = {
        id: randomUUID(), name: input.name, role: input.role, unit_code: input.unitCode,
        created_at: now.toISOString(), revoked_at: null, demo: input.demo ? 1 : 0, leader: input.leader ? 1 : 0,
      };
      await db.insertInto('users').values({ ...user, token_hash: hashToken(token) }).execute();
      return { ok: true, user, token };
    },

    /** The active user holding this token, with their unit's name; undefined when unknown or revoked. */
    async findByToken(token: string): Promise<Principal | undefined> {
      const row = (await db.executeQuery<ByToken>(CompiledQuery.raw(byToken.sql, [hashToken(token)]))).rows[0];
      return row && { id: row.id, name: row.name, role: row.role, unitCode: row.unit_code, unitName: row.unit_name };
    },

    async get(id: string): Promise<UserRow | undefined> {
      return db.selectFrom('users').select(columns).where('id', '=', id).executeTakeFirst();
    },

    async list(scope: Scope = { all: true }): Promise<UserRow[]> {
      return db.selectFrom('users').select(columns)
        .where(scopeCondition(scope, 'unit_code', 'id'))
        .orderBy('unit_code').orderBy('name').orderBy('id')
        .execute();
    },

    /** Revokes a user's token; false when there is no such active user. */
    async revoke(id: string, now: Date = new Date()): Promise<boolean> {
      const r = await db.updateTable('users').set({ revoked_at: now.toISOString() })
        .where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },

    async count(): Promise<number> {
      const r = await db.selectFrom('users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      return Number(r.n);
    },
  };
}
export type UsersRepository = ReturnType<typeof createUsersRepository>;
