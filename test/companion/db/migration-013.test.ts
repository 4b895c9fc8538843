// Migration 013 (defects_period as (year, unit_code, month)) on a ledger made before it (both
// dialects): the quarterly list and the tallies answer the same rows before and after, the index
// has its new columns, and on SQLite a unit's figures for a year seek (year, unit_code) in it.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Scope } from '../../../companion/db/scope.ts';
import { createStore } from '../../../companion/db/store.ts';
import { event, NOW } from '../helpers.ts';
import { addProsecutors, addUnitTree, dialects, oldLedgers } from './migration-helpers.ts';

const RULES = ['prosecution-review-1m', 'notice-suspect-counsel-3d', 'family-notification-24h'];

describe.each(dialects)('migration 013 on an existing ledger (%s)', (dialect) => {
  const open = oldLedgers();

  it('re-keys defects_period by (year, unit_code, month); the quarterly list and tallies answer the same', async () => {
    const { connection, db, migrateUpTo } = await open(dialect, '012-tally-order');
    await addUnitTree(db);
    const users = [['u1', '3201'], ['u2', '320102'], ['u3', '320102']] as const;
    await addProsecutors(db, users);
    const store = createStore(connection);
    for (const [i, [id, unit]] of users.entries()) {
      const events = RULES.flatMap((ruleId, r) => [1, 2, 5].map((month) => event({
        caseNumber: `C-${i}-${r}-${month}`, ruleId, occurrenceKey: `k${month}`, observedAt: `2025-0${month}-1${r}T10:00:00+08:00`,
      })));
      expect(await store.events.ingest({ id, unitCode: unit }, events, { now: NOW })).toMatchObject({ accepted: events.length, rejected: [] });
    }
    const scopes: Scope[] = [{ all: true }, { all: false, unitCodes: ['320102'] }, { all: false, unitCodes: ['320102'], userId: 'u2' }];
    const read = async () => {
      const out = [];
      for (const scope of scopes) {
        for (const quarter of [1, 2]) out.push(await store.defects.quarterlyReport(scope, 2025, quarter));
        out.push(await store.defects.tallies(scope, 2025, 'unit'));
      }
      return out;
    };
    const before = await read();
    expect(before[0]).toHaveLength(users.length * RULES.length * 2);
    expect(before[1]).toHaveLength(users.length * RULES.length);

    await migrateUpTo('999');
    expect(await read()).toEqual(before);

    const columns = dialect === 'sqlite'
      ? (await sql<{ name: string }>`select name from pragma_index_info('defects_period') order by seqno`.execute(db)).rows.map((r) => r.name)
      : (await sql<{ name: string }>`select a.attname as name from pg_index i join pg_class c on c.oid = i.indexrelid
          join pg_namespace n on n.oid = c.relnamespace and n.nspname = current_schema()
          join lateral unnest(i.indkey) with ordinality k(attnum, ord) on true
          join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
          where c.relname = 'defects_period' order by k.ord`.execute(db)).rows.map((r) => r.name);
    expect(columns).toEqual(['year', 'unit_code', 'month']);
    if (dialect === 'sqlite') {
      const plan = (await sql<{ detail: string }>`explain query plan select unit_code, count(*) from defects
        where unit_code in ('3201', '320102') and year = ${2025} and voided = 0 group by unit_code`.execute(db)).rows.map((r) => r.detail).join('\n');
      expect(plan).toContain('defects_period (year=? AND unit_code=?)');
    }
  });
});
