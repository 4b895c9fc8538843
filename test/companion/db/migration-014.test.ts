// Migration 014 (the prosecutor tally and the cases over threshold in index order) on a ledger made
// before it (both dialects): tallies (every grouping, whole and paged, one prosecutor's rank) and
// cases over threshold answer the same before and after; the indexes exist, the old case_points
// index is gone, and on SQLite the province-wide prosecutor grouping and over-threshold page read
// their covering indexes without sorting every row.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Scope } from '../../../companion/db/scope.ts';
import { createStore } from '../../../companion/db/store.ts';
import type { TallyGroup } from '../../../shared/api/index.ts';
import { DEFAULT_THRESHOLDS } from '../../../shared/ledger/index.ts';
import { event, NOW } from '../helpers.ts';
import { addProsecutors, addUnitTree, dialects, oldLedgers } from './migration-helpers.ts';

const RULES = ['prosecution-review-1m', 'notice-suspect-counsel-3d', 'family-notification-24h', 'interrogation-within-24h'];

describe.each(dialects)('migration 014 on an existing ledger (%s)', (dialect) => {
  const open = oldLedgers();

  it('indexes total_by_user in (year, user, unit) order and case_points in (year, points, case) order; answers stay the same', async () => {
    const { connection, db, migrateUpTo } = await open(dialect, '012-tally-order');
    await addUnitTree(db);
    const ids = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222', '33333333-3333-4333-8333-333333333333'];
    const users = [[ids[0], '3201'], [ids[1], '320102'], [ids[2], '320102']] as const;
    await addProsecutors(db, users);
    const store = createStore(connection);
    for (const [i, [id, unit]] of users.entries()) {
      const events = RULES.flatMap((ruleId, r) => [1, 3, 5].map((month) => event({
        caseNumber: `C-${i}-${month === 5 ? 1 : month}`, ruleId, occurrenceKey: `k${month}`, points: 3 + r + i, observedAt: `2025-0${month}-1${r}T10:00:00+08:00`,
        procedure: month === 3 ? 'arrest-review' : 'prosecution-review',
      })));
      expect(await store.events.ingest({ id, unitCode: unit }, events, { now: NOW })).toMatchObject({ accepted: events.length, rejected: [] });
    }
    // The first prosecutor also booked in 东 (moved unit): one row, summed, province-wide.
    await store.events.ingest({ id: ids[0], unitCode: '320102' }, [event({ caseNumber: 'C-0-1', ruleId: 'plea-audio-video', points: 30 })], { now: NOW });

    const scopes: Scope[] = [{ all: true }, { all: false, unitCodes: ['320102'] }];
    const groups: TallyGroup[] = ['rule', 'month', 'quarter', 'unit', 'prosecutor'];
    const thresholds = [DEFAULT_THRESHOLDS, { prosecution: 12, other: 10, prosecutionProcedures: ['prosecution-review'] }];
    const answers = async () => {
      const out = [];
      for (const scope of scopes) {
        for (const g of groups) out.push(await store.defects.tallies(scope, 2025, g), await store.defects.tallies(scope, 2025, g, { limit: 2, offset: 1 }));
        for (const id of ids) out.push(await store.defects.tallies(scope, 2025, 'prosecutor', { limit: 1, offset: 0, user: id }));
        for (const th of thresholds) out.push(await store.defects.overThreshold(scope, 2025, th), await store.defects.overThreshold(scope, 2025, th, { limit: 1, offset: 1 }));
      }
      return out;
    };
    const before = await answers();
    const province = await store.defects.tallies({ all: true }, 2025, 'prosecutor');
    expect(province.rows.filter((r) => r.key === ids[0])).toHaveLength(1);
    expect(province.total).toBe(3);
    expect((await store.defects.overThreshold({ all: true }, 2025, DEFAULT_THRESHOLDS)).total).toBeGreaterThan(0);

    await migrateUpTo('014-prosecutor-order');
    expect(await answers()).toEqual(before);

    const names = dialect === 'sqlite'
      ? (await sql<{ name: string }>`select name from sqlite_master where type = 'index'`.execute(db)).rows.map((r) => r.name)
      : (await sql<{ name: string }>`select indexname as name from pg_indexes where schemaname = current_schema()`.execute(db)).rows.map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(['total_by_user_key_order', 'case_points_by_points_case']));
    expect(names).not.toContain('case_points_by_points');
    if (dialect === 'sqlite') {
      const plan = async (q: ReturnType<typeof sql>) => (await sql<{ detail: string }>`explain query plan ${q}`.execute(db)).rows.map((r) => r.detail).join('\n');
      const byUser = await plan(sql`select user_id, sum(points) as points from total_by_user where year = ${2025} and 1 = 1 group by user_id`);
      expect(byUser).toContain('COVERING INDEX total_by_user_key_order');
      expect(byUser).not.toContain('TEMP B-TREE');
      const page = await plan(sql`select cp.case_number, cp.points from case_points cp where cp.year = ${2025} and cp.points >= ${30} order by cp.points desc, cp.case_number limit 10`);
      expect(page).toContain('COVERING INDEX case_points_by_points_case');
      expect(page).not.toContain('TEMP B-TREE');
    }
  });
});
