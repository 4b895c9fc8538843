// Migration 005 on a ledger made before it (both dialects): existing users are not leaders and keep
// their tokens; case_activity and notices start empty and work through the store.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createStore } from '../../../companion/db/store.ts';
import { activity } from '../loop-helpers.ts';
import { dialects, oldLedgers } from './migration-helpers.ts';

describe.each(dialects)('migration 005 on an existing ledger (%s)', (dialect) => {
  const open = oldLedgers();

  it('keeps users (not leaders, same tokens) and adds empty case_activity and notices that take rows per user', async () => {
    const { connection, db, migrateUpTo } = await open(dialect, '004-ledger-integrity');
    const at = '2025-03-01T00:00:00.000Z';
    await db.insertInto('units').values({ code: '3201', name: '市院', parent_code: null, created_at: at }).execute();
    const u1 = randomUUID();
    const u2 = randomUUID();
    for (const id of [u1, u2]) {
      await db.insertInto('users').values({ id, name: id, role: 'prosecutor', unit_code: '3201', token_hash: `h-${id}`, created_at: at, revoked_at: null, demo: 0 }).execute();
    }
    await migrateUpTo('005-loop');
    const users = await db.selectFrom('users').select(['id', 'leader', 'token_hash']).orderBy('id').execute();
    expect(users.map((u) => Number(u.leader))).toEqual([0, 0]);
    expect(users.map((u) => u.token_hash).sort()).toEqual([`h-${u1}`, `h-${u2}`].sort());

    const store = createStore(connection);
    const a = activity({ caseNumber: 'C1' });
    expect(await store.caseActivity.ingest({ id: u1, unitCode: '3201' }, [a], new Date('2025-06-15T02:00:00Z'))).toEqual({ accepted: 1, duplicates: 0 });
    expect(await store.caseActivity.ingest({ id: u2, unitCode: '3201' }, [a], new Date('2025-06-15T02:00:00Z'))).toEqual({ accepted: 1, duplicates: 0 });
    expect(await store.caseActivity.ingest({ id: u1, unitCode: '3201' }, [a], new Date('2025-06-15T02:00:00Z'))).toEqual({ accepted: 0, duplicates: 1 });
    expect(await store.caseActivity.handler({ all: true }, 'C1')).toMatchObject({ unitCode: '3201' });
    expect((await store.notices.page({ all: true }, { limit: 10, offset: 0 }, '2025-06-15')).total).toBe(0);
  });
});
