// Migration 008 (rollups): tallies read total_by_user / total_by_rule / total_by_month, kept in step
// on every ledger write. On random ledgers (both dialects) every grouping in every kind of scope
// must equal the figures computed directly from the defects; and on a ledger made before 008 the
// backfilled rollups must equal a GROUP BY over the totals it had.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Scope } from '../../../companion/db/scope.ts';
import { createStore } from '../../../companion/db/store.ts';
import { prng } from '../../../companion/demo/prng.ts';
import type { TallyGroup } from '../../../shared/api/index.ts';
import { addFigures, contribution, monthKey, quarterKey, quarterOfMonth, zeroFigures, type Figures } from '../../../shared/ledger/index.ts';
import { backends, event, ingest, NOW, seedWorld, type Person } from '../helpers.ts';
import { dialects, oldLedgers } from './migration-helpers.ts';
const RULES = ['prosecution-review-1m', 'notice-suspect-counsel-3d', 'family-notification-24h', 'interrogation-within-24h', 'plea-audio-video'];
const GROUPS: TallyGroup[] = ['prosecutor', 'unit', 'rule', 'month', 'quarter'];

interface DefectFacts { user_id: string; unit_code: string; rule_id: string; year: number; month: number; points: number; rectified_at: string | null; voided: number }

/** Tally figures per group key computed straight from the defects (no totals, no rollups). */
function direct(defects: readonly DefectFacts[], scope: Scope, year: number, groupBy: TallyGroup): Map<string, Figures> {
  const out = new Map<string, Figures>();
  for (const d of defects) {
    if (d.year !== year) continue;
    if (!scope.all && (!scope.unitCodes.includes(d.unit_code) || (scope.userId !== undefined && scope.userId !== d.user_id))) continue;
    const key = groupBy === 'prosecutor' ? d.user_id : groupBy === 'unit' ? d.unit_code : groupBy === 'rule' ? d.rule_id
      : groupBy === 'month' ? monthKey(year, d.month) : quarterKey(year, quarterOfMonth(d.month));
    out.set(key, addFigures(out.get(key) ?? zeroFigures(), contribution({ points: d.points, rectified: d.rectified_at !== null, voided: d.voided === 1 })));
  }
  return out;
}

describe.each(backends)('rollup tallies equal a direct computation over the defects (%s)', (backend) => {
  it('for every grouping, in province, unit-subtree and own scope, after random ingests, rectifications and voids', async () => {
    const t = await backend.open();
    try {
      const w = await seedWorld(t.store);
      const people: Person[] = [w.east1, w.east2, w.eastSub, w.west1, w.eastSupervisor];
      const random = prng(12);
      const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
      for (let batch = 0; batch < 12; batch++) {
        const who = pick(people);
        const events = [];
        for (let i = 0; i < 15; i++) {
          const ruleId = pick(RULES);
          const year = random() < 0.7 ? 2025 : 2024;
          const month = 1 + Math.floor(random() * (year === 2025 ? 5 : 12));
          const day = String(1 + Math.floor(random() * 27)).padStart(2, '0');
          const observedAt = `${year}-${String(month).padStart(2, '0')}-${day}T10:00:00+08:00`;
          const base = { caseNumber: `R-${Math.floor(random() * 20)}`, ruleId, occurrenceKey: `${year}-${month}`, observedAt, procedure: pick(['prosecution-review', 'arrest-review']) as 'prosecution-review' };
          events.push(event(base));
          if (random() < 0.3) events.push(event({ ...base, kind: 'rectified', light: 'green', points: 0, messageId: undefined, observedAt: `${year}-${String(month).padStart(2, '0')}-${day}T12:00:00+08:00` }));
        }
        await ingest(t.store, who, events);
      }
      // Void a few defects through accepted objections.
      const admin = { id: w.admin.id, name: w.admin.name, role: w.admin.role, unitCode: w.admin.unitCode, unitName: '市院' };
      const some = await t.store.db.selectFrom('defects').select(['id', 'user_id']).where('user_id', '=', w.east1.id).where('points', '>', 0).limit(3).execute();
      for (const d of some) {
        const filed = await t.store.objections.file({ id: w.east1.id, name: w.east1.name, role: 'prosecutor', unitCode: w.east1.unitCode, unitName: '东' }, d.id, '理由', NOW);
        if (!filed.ok) throw new Error(filed.code);
        const decided = await t.store.objections.decide(admin, { all: true }, filed.objection.id, 'accepted', '同意', NOW);
        expect(decided.ok).toBe(true);
      }
      const defects = await t.store.db.selectFrom('defects').select(['user_id', 'unit_code', 'rule_id', 'year', 'month', 'points', 'rectified_at', 'voided']).execute() as DefectFacts[];
      expect(defects.filter((d) => d.voided === 1)).toHaveLength(some.length);
      expect(new Set(defects.map((d) => d.unit_code)).size).toBeGreaterThan(2);

      const scopes: Scope[] = [
        { all: true },
        { all: false, unitCodes: [w.eastSupervisor.unitCode, w.eastSub.unitCode] },
        { all: false, unitCodes: [w.west1.unitCode] },
        { all: false, unitCodes: [w.east1.unitCode], userId: w.east1.id },
      ];
      for (const scope of scopes) {
        for (const year of [2024, 2025]) {
          for (const groupBy of GROUPS) {
            const { rows, totals } = await t.store.defects.tallies(scope, year, groupBy);
            const want = direct(defects, scope, year, groupBy);
            const got = new Map(rows.filter((r) => r.defects !== 0 || groupBy === 'prosecutor' || groupBy === 'unit' || groupBy === 'rule')
              .map((r) => [r.key, { defects: r.defects, points: r.points, rectified: r.rectified, voided: r.voided, voidedPoints: r.voidedPoints }]));
            expect(got, `${JSON.stringify(scope)} ${year} ${groupBy}`).toEqual(want);
            const sum = [...want.values()].reduce((a, f) => addFigures(a, f), zeroFigures());
            expect(totals).toMatchObject(sum);
            if (groupBy === 'prosecutor' || groupBy === 'unit' || groupBy === 'rule') {
              // By points, then defects, then key (code points), as the direct computation sorts them.
              const order = [...want].sort(([ka, a], [kb, b]) => b.points - a.points || b.defects - a.defects || (ka < kb ? -1 : ka > kb ? 1 : 0)).map(([k]) => k);
              expect(rows.map((r) => r.key), `${JSON.stringify(scope)} ${year} ${groupBy} order`).toEqual(order);
            }
            // Pages of two, and one past the end: together the same rows; each with the count and figures of all.
            const paged = [];
            for (let offset = 0; offset <= rows.length + 2; offset += 2) {
              const p = await t.store.defects.tallies(scope, year, groupBy, { limit: 2, offset });
              expect(p.total).toBe(rows.length);
              expect(p.totals).toEqual(totals);
              paged.push(...p.rows);
            }
            expect(paged, `${JSON.stringify(scope)} ${year} ${groupBy} pages`).toEqual(rows);
            if (groupBy === 'prosecutor') {
              for (const [i, r] of rows.entries()) {
                const one = await t.store.defects.tallies(scope, year, groupBy, { limit: 1, offset: 0, user: r.key });
                expect(one).toEqual({ rows: [r], totals, total: rows.length, rank: i + 1 });
              }
              const outside = await t.store.defects.tallies(scope, year, groupBy, { limit: 1, offset: 0, user: '00000000-0000-4000-8000-000000000000' });
              expect(outside).toEqual({ rows: [], totals, total: rows.length, rank: null });
            }
          }
          // The summary's breakdown reads the same rollups: the same rows as the three tallies.
          const b = await t.store.defects.breakdown(scope, year);
          expect(b.byUnit).toEqual((await t.store.defects.tallies(scope, year, 'unit')).rows);
          expect(b.byProsecutor).toEqual((await t.store.defects.tallies(scope, year, 'prosecutor')).rows);
          expect(b.byRule).toEqual((await t.store.defects.tallies(scope, year, 'rule')).rows);
          expect(b.totals).toMatchObject([...direct(defects, scope, year, 'rule').values()].reduce((a, f) => addFigures(a, f), zeroFigures()));
        }
      }
    } finally {
      await t.cleanup();
    }
  });
});

describe.each(backends)('the prosecutor tally sums a prosecutor booked in two units (%s)', (backend) => {
  it('answers one row per prosecutor, whose figures are the sum over the units, in province scope; one unit in that unit\'s scope', async () => {
    const t = await backend.open();
    try {
      const w = await seedWorld(t.store);
      // Booked to east, then (after a move) to west: the defects keep the unit they were booked to.
      const east = await t.store.events.ingest({ id: w.east1.id, unitCode: w.east1.unitCode }, [event({ caseNumber: 'MOVE-1', points: 6 })], { now: NOW });
      const west = await t.store.events.ingest({ id: w.east1.id, unitCode: w.west1.unitCode },
        [event({ caseNumber: 'MOVE-2', ruleId: 'prosecution-review-1m', occurrenceKey: 'k2' })], { now: NOW });
      expect(east.accepted + west.accepted).toBe(2);
      const units = await t.store.db.selectFrom('total_by_user').select('unit_code').where('user_id', '=', w.east1.id).execute();
      expect(new Set(units.map((u) => u.unit_code))).toEqual(new Set([w.east1.unitCode, w.west1.unitCode]));
      const booked = await t.store.db.selectFrom('defects').select(['points', 'unit_code']).where('user_id', '=', w.east1.id).execute();
      expect(booked).toHaveLength(2);

      const province = await t.store.defects.tallies({ all: true }, 2025, 'prosecutor');
      const mine = province.rows.filter((r) => r.key === w.east1.id);
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ label: w.east1.name, defects: 2, points: booked.reduce((s, d) => s + d.points, 0) });
      const westOnly = await t.store.defects.tallies({ all: false, unitCodes: [w.west1.unitCode] }, 2025, 'prosecutor');
      expect(westOnly.rows.filter((r) => r.key === w.east1.id)).toEqual([
        expect.objectContaining({ defects: 1, points: booked.find((d) => d.unit_code === w.west1.unitCode)?.points }),
      ]);
    } finally {
      await t.cleanup();
    }
  });
});

describe.each(dialects)('migration 008 on an existing ledger (%s)', (dialect) => {
  const open = oldLedgers();

  it('keeps every total and backfills the rollups from them; the next ingest moves both', async () => {
    const { connection, db, migrateUpTo } = await open(dialect, '007-shared-limits');
    const at = '2025-03-01T00:00:00.000Z';
    await db.insertInto('units').values([{ code: '3201', name: '市院', parent_code: null, created_at: at }, { code: '320102', name: '东', parent_code: '3201', created_at: at }]).execute();
    for (const [id, unit] of [['u1', '3201'], ['u2', '320102']]) {
      await db.insertInto('users').values({ id, name: id, role: 'prosecutor', unit_code: unit, token_hash: `h-${id}`, created_at: at, revoked_at: null, demo: 0 }).execute();
    }
    const random = prng(8);
    const totals = new Map<string, Record<string, string | number>>();
    for (let i = 0; i < 200; i++) {
      const [user_id, unit_code] = random() < 0.5 ? ['u1', '3201'] : ['u2', '320102'];
      const row = { year: 2024 + Math.floor(random() * 2), month: 1 + Math.floor(random() * 12), unit_code, user_id, rule_id: RULES[Math.floor(random() * RULES.length)] };
      const d = 1 + Math.floor(random() * 3);
      totals.set(JSON.stringify(row), { ...row, defects: d, points: Math.floor(random() * 30), rectified: Math.floor(random() * d), voided: 0, voided_points: 0 });
    }
    await db.insertInto('defect_totals').values([...totals.values()]).execute();
    await db.insertInto('case_totals').values({ year: 2025, case_number: 'C1', procedure: 'prosecution-review', user_id: 'u1', unit_code: '3201', defects: 2, points: 12 }).execute();

    await migrateUpTo('999');
    expect(await db.selectFrom('defect_totals').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).toMatchObject({ n: dialect === 'postgres' ? String(totals.size) : totals.size });
    expect(await db.selectFrom('case_totals').selectAll().execute()).toEqual([{ year: 2025, case_number: 'C1', procedure: 'prosecution-review', user_id: 'u1', unit_code: '3201', defects: 2, points: 12 }]);
    const compare = async () => {
      for (const [table, key] of [['total_by_user', 'user_id'], ['total_by_rule', 'rule_id'], ['total_by_month', 'month']] as const) {
        const want = (await sql<Record<string, unknown>>`select year, unit_code, ${sql.ref(key)} as k, sum(defects) as defects, sum(points) as points, sum(rectified) as rectified, sum(voided) as voided
          from defect_totals group by year, unit_code, ${sql.ref(key)} order by year, unit_code, k`.execute(db)).rows.map((r) => Object.values(r).map(String));
        const got = (await sql<Record<string, unknown>>`select year, unit_code, ${sql.ref(key)} as k, defects, points, rectified, voided
          from ${sql.table(table)} order by year, unit_code, k`.execute(db)).rows.map((r) => Object.values(r).map(String));
        expect(got, table).toEqual(want);
        expect(got.length).toBeGreaterThanOrEqual(4);
      }
    };
    await compare();
    const store = createStore(connection);
    const r = await store.events.ingest({ id: 'u2', unitCode: '320102' }, [event({ observedAt: '2025-04-05T09:00:00+08:00' })], { now: NOW });
    expect(r).toMatchObject({ accepted: 1 });
    await compare();
    const tally = await store.defects.tallies({ all: true }, 2025, 'rule');
    const direct2025 = [...totals.values()].filter((t) => t.year === 2025).reduce((s, t) => s + Number(t.points), 0);
    expect(tally.totals.points).toBe(direct2025 + 8);
  });
});
