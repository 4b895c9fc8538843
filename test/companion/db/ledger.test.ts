// The ledger repositories on SQLite and (with TEST_DATABASE_URL) PostgreSQL: idempotent ingest,
// derivation from events, objections voiding points, and pre-aggregated totals that always equal
// what the defects say.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DefectEvent } from '../../../shared/api/index.ts';
import { contribution, defectKey, deriveDefects, addFigures, zeroFigures, normalizeInstant, type BookedDefect, type Figures, type LedgerEvent } from '../../../shared/ledger/index.ts';
import { scopeOf } from '../../../companion/auth/scope.ts';
import { backends, defaultPoints, event, ingest, seedWorld, setRuleConfig, type TestStore, type World } from '../helpers.ts';

describe.each(backends)('ledger repositories ($name)', (backend) => {
  let t: TestStore;
  let w: World;
  beforeEach(async () => {
    t = await backend.open();
    w = await seedWorld(t.store);
  });
  afterEach(async () => { await t.cleanup(); });

  /** defect_totals summed per (year, unit, user, rule), next to the same sums recomputed from defects. */
  async function totalsAgainstDefects() {
    const totals = await t.store.db.selectFrom('defect_totals').selectAll().execute();
    const defects = await t.store.db.selectFrom('defects').selectAll().execute();
    const stored = new Map<string, Figures>();
    for (const r of totals) {
      const k = `${r.year}|${r.month}|${r.unit_code}|${r.user_id}|${r.rule_id}`;
      const f = { defects: Number(r.defects), points: Number(r.points), rectified: Number(r.rectified), voided: Number(r.voided), voidedPoints: Number(r.voided_points) };
      if (f.defects !== 0 || f.points !== 0 || f.rectified !== 0 || f.voided !== 0 || f.voidedPoints !== 0) stored.set(k, f);
    }
    const expected = new Map<string, Figures>();
    for (const d of defects) {
      const k = `${d.year}|${d.month}|${d.unit_code}|${d.user_id}|${d.rule_id}`;
      expected.set(k, addFigures(expected.get(k) ?? zeroFigures(), contribution({ points: d.points, rectified: d.rectified_at !== null, voided: d.voided === 1 })));
    }
    const cases = await t.store.db.selectFrom('case_totals').selectAll().execute();
    const casePoints = new Map<string, number>();
    for (const c of cases) casePoints.set(c.case_number, (casePoints.get(c.case_number) ?? 0) + Number(c.points));
    const expectedCasePoints = new Map<string, number>();
    for (const d of defects) expectedCasePoints.set(d.case_number, (expectedCasePoints.get(d.case_number) ?? 0) + (d.voided ? 0 : d.points));
    const perCase = new Map<string, number>();
    for (const r of await t.store.db.selectFrom('case_points').selectAll().execute()) if (Number(r.points) !== 0) perCase.set(r.case_number, (perCase.get(r.case_number) ?? 0) + Number(r.points));
    expect(perCase).toEqual(new Map([...expectedCasePoints].filter(([, p]) => p !== 0)));
    return { stored, expected, casePoints, expectedCasePoints };
  }

  it('stores a batch once: the same batch again answers duplicates and changes nothing', async () => {
    const batch = [event(), event({ kind: 'rectified', light: 'green', points: 0, observedAt: '2025-04-09T09:00:00+08:00' }), event({ caseNumber: 'C2', points: 6 })];
    expect(await ingest(t.store, w.east1, batch)).toMatchObject({ accepted: 3, duplicates: 0, rejected: [] });
    const before = await totalsAgainstDefects();
    expect(await ingest(t.store, w.east1, batch)).toMatchObject({ accepted: 0, duplicates: 3, rejected: [] });
    expect(await t.store.events.count()).toBe(3);
    expect(await t.store.defects.count()).toBe(2);
    expect(await totalsAgainstDefects()).toEqual(before);
  });

  it('answers each of many concurrent batches for itself, duplicates across them included', async () => {
    const shared = event({ caseNumber: 'SHARED' });
    const posts = Array.from({ length: 12 }, (_, i) => {
      const who = [w.east1, w.east2, w.west1][i % 3];
      return ingest(t.store, who, [event({ caseNumber: `K-${i}` }), event({ caseNumber: `K-${i}`, ruleId: 'notice-suspect-counsel-3d', points: 6 }), ...(who === w.east1 ? [shared] : [])]);
    });
    const results = await Promise.all(posts);
    expect(results.reduce((s, r) => s + r.accepted, 0)).toBe(25);
    expect(results.reduce((s, r) => s + r.duplicates, 0)).toBe(3);
    expect(await t.store.defects.count()).toBe(25);
    const check = await totalsAgainstDefects();
    expect(check.stored).toEqual(check.expected);
  });

  it('counts a repeated id inside one batch as a duplicate', async () => {
    const e = event();
    expect(await ingest(t.store, w.east1, [e, e])).toMatchObject({ accepted: 1, duplicates: 1, rejected: [] });
  });

  it('accrues points once per (case, rule, occurrence) however often it is seen red', async () => {
    await ingest(t.store, w.east1, [event(), event({ observedAt: '2025-04-06T09:00:00+08:00', points: 4 })]);
    await ingest(t.store, w.east1, [event({ observedAt: '2025-04-07T09:00:00+08:00' })]);
    const { rows, totals } = await t.store.defects.tallies({ all: true }, 2025, 'rule');
    expect(totals).toMatchObject({ defects: 1, points: 8 });
    expect(rows).toHaveLength(1);
  });

  it('books the defect to the author from the token and their unit, per prosecutor', async () => {
    await ingest(t.store, w.east1, [event()]);
    await ingest(t.store, w.west1, [event()]);
    const { rows } = await t.store.defects.tallies({ all: true }, 2025, 'unit');
    expect(rows.map((r) => [r.key, r.points]).sort()).toEqual([['320102', 8], ['320105', 8]]);
  });

  it('keeps training events apart: stored, never a defect, never in a tally', async () => {
    await ingest(t.store, w.east1, [event({ training: true }), event({ training: true, caseNumber: 'T2' })]);
    expect(await t.store.events.count({ training: true })).toBe(2);
    expect(await t.store.defects.count()).toBe(0);
    expect((await t.store.defects.tallies({ all: true }, 2025, 'prosecutor')).totals.points).toBe(0);
  });

  it('rectifies whatever order the events arrive in', async () => {
    await ingest(t.store, w.east1, [event({ kind: 'rectified', light: 'green', points: 0, observedAt: '2025-04-09T09:00:00+08:00' })]);
    expect(await t.store.defects.count()).toBe(0);
    await ingest(t.store, w.east1, [event()]);
    const { defects } = await t.store.defects.caseDefects({ all: true }, '苏检刑诉受〔2025〕1号');
    expect(defects[0]).toMatchObject({ points: 8, rectifiedAt: '2025-04-09T01:00:00.000Z' });
    expect((await t.store.defects.tallies({ all: true }, 2025, 'unit')).totals).toMatchObject({ defects: 1, rectified: 1, points: 8, rectificationRate: 1 });
  });

  it('keeps a booked defect in its year when an earlier red observation arrives late (the booking stands)', async () => {
    await ingest(t.store, w.east1, [event({ observedAt: '2025-01-02T09:00:00+08:00' })]);
    await ingest(t.store, w.east1, [event({ observedAt: '2024-12-30T09:00:00+08:00', messageId: 'late', points: 6 })]);
    expect((await t.store.defects.tallies({ all: true }, 2024, 'unit')).totals.defects).toBe(0);
    expect((await t.store.defects.tallies({ all: true }, 2025, 'unit')).totals).toMatchObject({ defects: 1, points: 8 });
    const [d] = (await t.store.defects.caseDefects({ all: true }, '苏检刑诉受〔2025〕1号')).defects;
    expect(d).toMatchObject({ points: 8, year: 2025, firstObservedAt: '2025-01-02T01:00:00.000Z' });
    const check = await totalsAgainstDefects();
    expect(check.stored).toEqual(check.expected);
  });

  it('files an objected event as a pending objection, once; an accepted decision voids the points and keeps the reason', async () => {
    const objected = event({ kind: 'objected', objectionReason: '期满日为节假日，未在押，依法顺延', observedAt: '2025-04-05T10:00:00+08:00' });
    await ingest(t.store, w.east1, [event(), objected]);
    await ingest(t.store, w.east1, [objected]);
    const [pending, ...more] = await t.store.objections.list({ all: true }, { status: 'pending' });
    expect(more).toEqual([]);
    expect(pending).toMatchObject({ reason: '期满日为节假日，未在押，依法顺延', points: 8, userId: w.east1.id, status: 'pending' });

    const sup = { id: w.eastSupervisor.id, name: w.eastSupervisor.name, role: 'supervisor' as const, unitCode: '320102', unitName: '东区院' };
    const decided = await t.store.objections.decide(sup, scopeOf(sup, await t.store.units.list()), pending.id, 'accepted', '核实属实', new Date('2025-04-10T00:00:00Z'));
    expect(decided).toMatchObject({ ok: true, objection: { status: 'accepted', decidedBy: w.eastSupervisor.id, decisionReason: '核实属实' } });
    const { defects } = await t.store.defects.caseDefects({ all: true }, '苏检刑诉受〔2025〕1号');
    expect(defects[0]).toMatchObject({ voided: true, voidReason: '核实属实', points: 8, objection: { status: 'accepted' } });
    expect((await t.store.defects.tallies({ all: true }, 2025, 'unit')).totals).toMatchObject({ points: 0, voided: 1, voidedPoints: 8 });
    // Re-deriving after more events keeps the void.
    await ingest(t.store, w.east1, [event({ kind: 'rectified', light: 'green', points: 0, observedAt: '2025-04-12T09:00:00+08:00' })]);
    expect((await t.store.defects.tallies({ all: true }, 2025, 'unit')).totals).toMatchObject({ points: 0, voided: 1, rectified: 1 });
    expect(await t.store.objections.decide(sup, scopeOf(sup, await t.store.units.list()), pending.id, 'rejected', '再议')).toEqual({ ok: false, code: 'already-decided' });
  });

  it('flags cases at or over their threshold: 公诉 >= 40, others >= 30', async () => {
    // Four outcomes weighed at 10 and one at 9 by the central configuration.
    const R = ['prosecution-review-1m', 'notice-suspect-counsel-3d', 'plea-agreement-counsel-present', 'plea-audio-video', 'interrogation-within-24h'] as const;
    const M = ['late-in-custody', 'missing', 'no-counsel', 'hearing-not-recorded', 'late'] as const;
    await setRuleConfig(t.store, R.map((ruleId, i) => ({ ruleId, points: { [M[i]]: i === 4 ? 9 : 10 } })), new Date('2025-01-01T00:00:00Z'));
    const red = (caseNumber: string, i: number, procedure: string) => event({ caseNumber, ruleId: R[i], messageId: M[i], procedure });
    await ingest(t.store, w.east1, [
      red('P-39', 0, 'prosecution-review'), red('P-39', 1, 'prosecution-review'), red('P-39', 2, 'prosecution-review'), red('P-39', 4, 'prosecution-review'),
      red('P-40', 0, 'prosecution-review'), red('P-40', 1, 'prosecution-review'), red('P-40', 2, 'prosecution-review'), red('P-40', 3, 'arrest-review'),
      red('A-30', 0, 'arrest-review'), red('A-30', 1, 'arrest-review'), red('A-30', 2, 'arrest-review'),
    ]);
    await ingest(t.store, w.east2, [red('A-29', 0, 'arrest-review'), red('A-29', 1, 'arrest-review'), red('A-29', 4, 'arrest-review')]);
    const thresholds = await t.store.settings.thresholds();
    const { total, cases: over } = await t.store.defects.overThreshold({ all: true }, 2025, thresholds);
    expect(total).toBe(2);
    expect(over.map((c) => [c.caseNumber, c.kind, c.totalPoints])).toEqual([['P-40', 'prosecution', 40], ['A-30', 'other', 30]]);
    expect(over[0].prosecutors).toEqual([{ id: w.east1.id, name: w.east1.name }]);
    // A page: the order and the total stay those of the whole list.
    expect(await t.store.defects.overThreshold({ all: true }, 2025, thresholds, { limit: 1, offset: 1 }))
      .toMatchObject({ total: 2, cases: [{ caseNumber: 'A-30', kind: 'other', totalPoints: 30 }] });
    expect(await t.store.defects.overThreshold({ all: true }, 2025, thresholds, { limit: 5, offset: 7 })).toEqual({ total: 2, cases: [] });
  });

  it('applies migrations once', async () => {
    const again = await t.store.migrate();
    expect(again.results).toEqual([]);
  });

  it('keeps the pre-aggregated totals equal to the defects and the defects equal to the derivation, for any arrival order', async () => {
    const cases = ['C-1', 'C-2', 'C-3'];
    const rules = ['prosecution-review-1m', 'notice-suspect-counsel-3d'];
    const arbEvent = fc.record({
      who: fc.constantFrom('east1', 'east2', 'west1') as fc.Arbitrary<'east1' | 'east2' | 'west1'>,
      caseNumber: fc.constantFrom(...cases),
      ruleId: fc.constantFrom(...rules),
      occurrenceKey: fc.constantFrom('2025-03-01', '2025-05-01'),
      kind: fc.constantFrom('observed', 'observed', 'rectified', 'objected') as fc.Arbitrary<DefectEvent['kind']>,
      light: fc.constantFrom('red', 'red', 'green', 'yellow') as fc.Arbitrary<DefectEvent['light']>,
      points: fc.integer({ min: 0, max: 100 }),
      day: fc.integer({ min: 0, max: 190 }),
      training: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    });
    let run = 0;
    await fc.assert(fc.asyncProperty(fc.array(arbEvent, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 7 }), fc.boolean(), async (specs, batchSize, decide) => {
      run++;
      const events = specs.map((s) => ({
        who: s.who,
        e: event({
          caseNumber: `${s.caseNumber}#${run}`, ruleId: s.ruleId, occurrenceKey: s.occurrenceKey, kind: s.kind,
          light: s.kind === 'rectified' ? 'green' : s.light, points: s.light === 'red' ? s.points : 0, training: s.training,
          observedAt: new Date(Date.UTC(2024, 11, 1) + s.day * 86_400_000 + run).toISOString(),
          ...(s.kind === 'objected' ? { objectionReason: '异议理由' } : {}),
        }),
      }));
      // The model: each user's defects booked batch by batch in arrival order, at the points the rule books.
      const model = { east1: new Map<string, BookedDefect>(), east2: new Map<string, BookedDefect>(), west1: new Map<string, BookedDefect>() };
      const seen = { east1: [] as LedgerEvent[], east2: [] as LedgerEvent[], west1: [] as LedgerEvent[] };
      const booked = (e: DefectEvent): LedgerEvent => ({ ...e, observedAt: normalizeInstant(e.observedAt), points: e.light === 'red' ? defaultPoints(e.ruleId) : 0 });
      for (let i = 0; i < events.length; i += batchSize) {
        for (const who of ['east1', 'east2', 'west1'] as const) {
          const part = events.slice(i, i + batchSize).filter((x) => x.who === who).map((x) => x.e);
          if (part.length === 0) continue;
          expect((await ingest(t.store, w[who], part)).rejected).toEqual([]);
          seen[who].push(...part.filter((e) => !e.training).map(booked));
          for (const d of deriveDefects(seen[who], model[who])) model[who].set(defectKey(d), d);
        }
      }
      if (decide) {
        const units = await t.store.units.list();
        const city = { id: w.citySupervisor.id, name: '', role: 'supervisor' as const, unitCode: '3201', unitName: '' };
        for (const [i, o] of (await t.store.objections.list({ all: true }, { status: 'pending' })).entries()) {
          await t.store.objections.decide(city, scopeOf(city, units), o.id, i % 2 === 0 ? 'accepted' : 'rejected', '理由');
        }
      }
      for (const who of ['east1', 'east2', 'west1'] as const) {
        const expected = deriveDefects(seen[who], model[who]).map((d) => `${d.caseNumber}|${d.ruleId}|${d.occurrenceKey}|${d.points}|${d.firstObservedAt}|${d.rectifiedAt}`).sort();
        const rows = await t.store.db.selectFrom('defects').selectAll().where('user_id', '=', w[who].id).where('case_number', 'like', `%#${run}`).execute();
        expect(rows.map((d) => `${d.case_number}|${d.rule_id}|${d.occurrence_key}|${d.points}|${d.first_observed_at}|${d.rectified_at}`).sort()).toEqual(expected);
      }
      const check = await totalsAgainstDefects();
      expect(check.stored).toEqual(check.expected);
      expect(check.casePoints).toEqual(check.expectedCasePoints);
    }), { numRuns: backend.name === 'postgres' ? 12 : 25 });
  });

  if (backend.name === 'postgres') {
    it('stores a batch once when two instances post it at the same moment', async () => {
      const rules = ['prosecution-review-1m', 'notice-suspect-counsel-3d', 'plea-audio-video'];
      const batch = Array.from({ length: 50 }, (_, i) => event({ caseNumber: `PAR-${i % 7}`, ruleId: rules[i % 3] }));
      const results = await Promise.all([ingest(t.store, w.east1, batch), ingest(t.store, w.east1, batch), ingest(t.store, w.east1, batch)]);
      expect(results.reduce((s, r) => s + r.accepted, 0)).toBe(50);
      const check = await totalsAgainstDefects();
      expect(check.stored).toEqual(check.expected);
    });
  }
});
