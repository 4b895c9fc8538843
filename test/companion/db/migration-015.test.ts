// Migration 015 (the rule and month rollups without their covering copies) on a ledger made before
// it (both dialects): tallies in every grouping and scope answer the same before and after; the two
// indexes are gone and the prosecutor's (014) stays; on SQLite an ingest that moves the figures of
// existing rollup rows writes, of the rollups, only their own tables and the prosecutor index's
// (counted in the WAL).
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Scope } from '../../../companion/db/scope.ts';
import { createStore } from '../../../companion/db/store.ts';
import type { TallyGroup } from '../../../shared/api/index.ts';
import { event, NOW } from '../helpers.ts';
import { addProsecutors, addUnitTree, dialects, oldLedgers } from './migration-helpers.ts';

const RULES = ['prosecution-review-1m', 'notice-suspect-counsel-3d', 'family-notification-24h', 'interrogation-within-24h'];

/** The pages a WAL holds frames of (its header is 32 bytes, each frame a 24-byte header and a page). */
function walPages(file: string): Set<number> {
  const wal = readFileSync(file);
  const pages = new Set<number>();
  if (wal.length < 32) return pages;
  const pageSize = wal.readUInt32BE(8);
  for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) pages.add(wal.readUInt32BE(at));
  return pages;
}

describe.each(dialects)('migration 015 on an existing ledger (%s)', (dialect) => {
  const open = oldLedgers();

  it('drops the rule and month rollups\' copies; tallies answer the same, and figure updates write only the rollups themselves', async () => {
    const { connection, db, migrateUpTo } = await open(dialect, '014-prosecutor-order');
    await addUnitTree(db);
    const users = [['11111111-1111-4111-8111-111111111111', '3201'], ['22222222-2222-4222-8222-222222222222', '320102'], ['33333333-3333-4333-8333-333333333333', '320102']] as const;
    await addProsecutors(db, users);
    const store = createStore(connection);
    const batch = (i: number, round: number) => RULES.flatMap((ruleId, r) => [1, 3, 5].map((month) => event({
      caseNumber: `C-${round}-${i}-${r}-${month}`, ruleId, occurrenceKey: `k${month}`, points: 2 + r + i, observedAt: `2025-0${month}-1${r}T10:00:00+08:00`,
    })));
    for (const [i, [id, unit]] of users.entries()) {
      expect(await store.events.ingest({ id, unitCode: unit }, batch(i, 0), { now: NOW })).toMatchObject({ accepted: RULES.length * 3, rejected: [] });
    }
    const scopes: Scope[] = [{ all: true }, { all: false, unitCodes: ['320102'] }, { all: false, unitCodes: ['3201', '320102'] }];
    const groups: TallyGroup[] = ['rule', 'month', 'quarter', 'unit', 'prosecutor'];
    const tallies = async () => {
      const out = [];
      for (const scope of scopes) for (const g of groups) out.push(await store.defects.tallies(scope, 2025, g));
      return out;
    };
    const before = await tallies();
    expect(before[0].totals.defects).toBe(users.length * RULES.length * 3);

    await migrateUpTo('999');
    expect(await tallies()).toEqual(before);

    const names = dialect === 'sqlite'
      ? (await sql<{ name: string }>`select name from sqlite_master where type = 'index'`.execute(db)).rows.map((r) => r.name)
      : (await sql<{ name: string }>`select indexname as name from pg_indexes where schemaname = current_schema()`.execute(db)).rows.map((r) => r.name);
    expect(names).toContain('total_by_user_key_order');
    expect(names).not.toContain('total_by_rule_key_order');
    expect(names).not.toContain('total_by_month_key_order');
    if (dialect !== 'sqlite') return;

    // The same prosecutors, rules, months and units again (new cases): every rollup row exists, so
    // only figures move. The WAL after a truncating checkpoint holds exactly the pages this ingest wrote.
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
    for (const [i, [id, unit]] of users.entries()) {
      expect(await store.events.ingest({ id, unitCode: unit }, batch(i, 1), { now: NOW })).toMatchObject({ accepted: RULES.length * 3 });
    }
    const written = walPages(`${connection.file}-wal`);
    const owners = (await sql<{ name: string; pageno: number }>`select name, pageno from dbstat`.execute(db)).rows;
    const touched = new Set(owners.filter((o) => written.has(o.pageno)).map((o) => o.name));
    expect(touched).toContain('events');
    expect([...touched].filter((n) => n.includes('total_by_')).sort()).toEqual(['total_by_month', 'total_by_rule', 'total_by_user', 'total_by_user_key_order']);
    expect((await store.defects.tallies({ all: true }, 2025, 'rule')).totals.defects).toBe(2 * users.length * RULES.length * 3);
  });
});
