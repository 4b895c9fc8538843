// Cases over threshold: on random ledgers (both dialects), every scope's answer — the province-wide
// one read from case_points, the scoped one summed from case_totals — must equal the cases computed
// directly from the defects (points that count, kind from the scoped defects' procedures), in the
// same order, a page at a time, for thresholds either way round and without 公诉 procedures.
import { describe, expect, it } from 'vitest';
import type { Scope } from '../../../companion/db/scope.ts';
import { prng } from '../../../companion/demo/prng.ts';
import type { Thresholds } from '../../../shared/api/index.ts';
import { backends, event, ingest, NOW, seedWorld, type Person } from '../helpers.ts';

const RULES = ['prosecution-review-1m', 'notice-suspect-counsel-3d', 'family-notification-24h', 'interrogation-within-24h', 'plea-audio-video', 'file-review-3-workdays'];

interface Facts { case_number: string; user_id: string; unit_code: string; procedure: string; year: number; points: number; voided: number }

function direct(defects: readonly Facts[], scope: Scope, year: number, t: Thresholds) {
  const cases = new Map<string, { points: number; defects: number; prosecution: boolean }>();
  for (const d of defects) {
    if (d.year !== year) continue;
    if (!scope.all && (!scope.unitCodes.includes(d.unit_code) || (scope.userId !== undefined && scope.userId !== d.user_id))) continue;
    const c = cases.get(d.case_number) ?? { points: 0, defects: 0, prosecution: false };
    c.points += d.voided === 1 ? 0 : d.points;
    c.defects += 1;
    if (t.prosecutionProcedures.includes(d.procedure)) c.prosecution = true;
    cases.set(d.case_number, c);
  }
  return [...cases].filter(([, c]) => c.points >= (c.prosecution ? t.prosecution : t.other))
    .sort(([ka, a], [kb, b]) => b.points - a.points || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .map(([caseNumber, c]) => ({ caseNumber, totalPoints: c.points, defects: c.defects, kind: c.prosecution ? 'prosecution' : 'other' }));
}

describe.each(backends)('cases over threshold equal a direct computation over the defects (%s)', (backend) => {
  it('in province, subtree, unit and own scope, for several thresholds, whole and in pages', async () => {
    const t = await backend.open();
    try {
      const w = await seedWorld(t.store);
      const people: Person[] = [w.east1, w.east2, w.eastSub, w.west1];
      const random = prng(31);
      const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
      for (let batch = 0; batch < 16; batch++) {
        const who = pick(people);
        const events = [];
        for (let i = 0; i < 14; i++) {
          const day = String(1 + Math.floor(random() * 27)).padStart(2, '0');
          // A third of the cases are only ever 审查逮捕; the others mix both procedures.
          const n = Math.floor(random() * 50);
          events.push(event({
            caseNumber: `T-${n}`, ruleId: pick(RULES), occurrenceKey: `k${Math.floor(random() * 3)}`, points: 1 + Math.floor(random() * 12),
            observedAt: `2025-0${1 + Math.floor(random() * 5)}-${day}T10:00:00+08:00`,
            procedure: (n % 3 === 0 ? 'arrest-review' : pick(['prosecution-review', 'arrest-review'])) as 'prosecution-review',
          }));
        }
        await ingest(t.store, who, events);
      }
      // Void a few through accepted objections: their points no longer count.
      const admin = { id: w.admin.id, name: w.admin.name, role: w.admin.role, unitCode: w.admin.unitCode, unitName: '市院' };
      const some = await t.store.db.selectFrom('defects').select(['id', 'user_id', 'unit_code']).where('user_id', '=', w.east1.id).where('points', '>', 0).limit(4).execute();
      for (const d of some) {
        const filed = await t.store.objections.file({ id: w.east1.id, name: w.east1.name, role: 'prosecutor', unitCode: w.east1.unitCode, unitName: '东' }, d.id, '理由', NOW);
        if (!filed.ok) throw new Error(filed.code);
        expect((await t.store.objections.decide(admin, { all: true }, filed.objection.id, 'accepted', '同意', NOW)).ok).toBe(true);
      }
      const defects = await t.store.db.selectFrom('defects').select(['case_number', 'user_id', 'unit_code', 'procedure', 'year', 'points', 'voided']).execute() as Facts[];
      const everyUnit = ['3201', '320102', '32010201', '320105'];
      const scopes: Scope[] = [
        { all: true },
        { all: false, unitCodes: everyUnit },
        { all: false, unitCodes: ['320102', '32010201'] },
        { all: false, unitCodes: ['320105'] },
        { all: false, unitCodes: [w.east1.unitCode], userId: w.east1.id },
      ];
      const configs: Thresholds[] = [
        { prosecution: 40, other: 30, prosecutionProcedures: ['prosecution-review'] },
        { prosecution: 25, other: 45, prosecutionProcedures: ['prosecution-review'] },
        { prosecution: 40, other: 35, prosecutionProcedures: [] },
      ];
      let seen = 0;
      for (const th of configs) {
        for (const scope of scopes) {
          const want = direct(defects, scope, 2025, th);
          seen += want.length;
          const whole = await t.store.defects.overThreshold(scope, 2025, th);
          const label = `${JSON.stringify(scope)} ${JSON.stringify(th)}`;
          expect(whole.total, label).toBe(want.length);
          expect(whole.cases.map((c) => ({ caseNumber: c.caseNumber, totalPoints: c.totalPoints, defects: c.defects, kind: c.kind })), label).toEqual(want);
          for (const c of whole.cases) expect(c.threshold).toBe(c.kind === 'prosecution' ? th.prosecution : th.other);
          const paged = [];
          for (let offset = 0; offset <= want.length + 3; offset += 3) {
            const p = await t.store.defects.overThreshold(scope, 2025, th, { limit: 3, offset });
            expect(p.total, `${label} @${offset}`).toBe(want.length);
            paged.push(...p.cases);
          }
          expect(paged, label).toEqual(whole.cases);
        }
        // Province-wide (case_points) and every unit named (case_totals) agree, names and units included.
        expect(await t.store.defects.overThreshold({ all: true }, 2025, th)).toEqual(await t.store.defects.overThreshold({ all: false, unitCodes: everyUnit }, 2025, th));
      }
      expect(seen).toBeGreaterThan(10);
      // Cases between the two thresholds of each kind, province-wide, so the kind decides them.
      const between = direct(defects, { all: true }, 2025, { prosecution: 1, other: 1, prosecutionProcedures: ['prosecution-review'] }).filter((c) => c.totalPoints >= 30 && c.totalPoints < 40);
      expect(new Set(between.map((c) => c.kind))).toEqual(new Set(['prosecution', 'other']));
    } finally {
      await t.cleanup();
    }
  });
});
