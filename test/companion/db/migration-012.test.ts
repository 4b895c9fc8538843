// Migration 012 (rollup indexes in group-key order) on a ledger made before it (both dialects): the
// tallies answer the same rows before and after, the indexes exist, and on SQLite a province-wide
// tally by rule or month reads its index in key order instead of sorting every unit's rows.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Scope } from '../../../companion/db/scope.ts';
import { createStore } from '../../../companion/db/store.ts';
import type { TallyGroup } from '../../../shared/api/index.ts';
import { event, NOW } from '../helpers.ts';
import { addProsecutors, addUnitTree, dialects, oldLedgers } from './migration-helpers.ts';

const RULES = ['prosecution-review-1m', 'notice-suspect-counsel-3d', 'family-notification-24h', 'interrogation-within-24h'];

describe.each(dialects)('migration 012 on an existing ledger (%s)', (dialect) => {
  const open = oldLedgers();

  it('adds (year, key, unit) indexes to total_by_rule and total_by_month; tallies answer the same', async () => {
    const { connection, db, migrateUpTo } = await open(dialect, '008-rollups');
    await addUnitTree(db);
    const users = [['u1', '3201'], ['u2', '320102'], ['u3', '320102']] as const;
    await addProsecutors(db, users);
    const store = createStore(connection);
    for (const [i, [id, unit]] of users.entries()) {
      const events = RULES.flatMap((ruleId, r) => [1, 3, 5].map((month) => event({
        caseNumber: `C-${i}-${r}-${month}`, ruleId, occurrenceKey: `k${month}`, observedAt: `2025-0${month}-1${r}T10:00:00+08:00`,
      })));
      expect(await store.events.ingest({ id, unitCode: unit }, events, { now: NOW })).toMatchObject({ accepted: events.length, rejected: [] });
    }
    const scopes: Scope[] = [{ all: true }, { all: false, unitCodes: ['320102'] }];
    const groups: TallyGroup[] = ['rule', 'month', 'quarter', 'unit', 'prosecutor'];
    const before = [];
    for (const scope of scopes) for (const g of groups) before.push(await store.defects.tallies(scope, 2025, g));
    expect(before[0].totals.defects).toBe(users.length * RULES.length * 3);

    await migrateUpTo('014-prosecutor-order');
    const after = [];
    for (const scope of scopes) for (const g of groups) after.push(await store.defects.tallies(scope, 2025, g));
    expect(after).toEqual(before);

    const names = dialect === 'sqlite'
      ? (await sql<{ name: string }>`select name from sqlite_master where type = 'index'`.execute(db)).rows.map((r) => r.name)
      : (await sql<{ name: string }>`select indexname as name from pg_indexes where schemaname = current_schema()`.execute(db)).rows.map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['total_by_rule_key_order', 'total_by_month_key_order']));
    if (dialect === 'sqlite') {
      for (const [table, key, index] of [['total_by_rule', 'rule_id', 'total_by_rule_key_order'], ['total_by_month', 'month', 'total_by_month_key_order']]) {
        const plan = (await sql<{ detail: string }>`explain query plan select ${sql.ref(key)}, sum(points) from ${sql.table(table)} where year = ${2025} and 1 = 1 group by ${sql.ref(key)}`.execute(db)).rows.map((r) => r.detail).join('\n');
        expect(plan).toContain(`COVERING INDEX ${index}`);
        expect(plan).not.toContain('TEMP B-TREE');
      }
    }
  });
});
