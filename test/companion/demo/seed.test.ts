import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_RULES, seedDemo } from '../../../companion/demo/seed.ts';
import { rulesById } from '../../../shared/rules/index.ts';
import { startCompanion, type RunningCompanion } from '../../e2e/harness.ts';

describe('the first-run demo', () => {
  let companion: RunningCompanion | undefined;
  afterEach(async () => { await companion?.close(); companion = undefined; });

  it('books demo defects only against rules the catalogue implements, at the rules\' own points', async () => {
    companion = await startCompanion();
    const seeded = await seedDemo(companion.store, { dataDir: companion.dataDir, now: new Date('2026-06-15T04:00:00Z') });
    expect(seeded?.created).toBe(true);
    const admin = seeded!.users.find((u) => u.role === 'admin')!;

    const res = await fetch(`${companion.url}/api/v1/tallies?groupBy=rule&year=2026`, { headers: { authorization: `Bearer ${admin.token}` } });
    expect(res.status).toBe(200);
    const body = await res.json() as { rows: { key: string; points: number; defects: number }[] };
    expect(body.rows.length).toBeGreaterThan(3);
    for (const row of body.rows) {
      const rule = rulesById.get(row.key);
      expect(rule, `demo rule ${row.key} is not in the catalogue`).toBeDefined();
      expect(row.defects).toBeGreaterThan(0);
    }
    for (const { ruleId, points } of DEMO_RULES) {
      const rule = rulesById.get(ruleId);
      expect(rule, `demo rule ${ruleId} is not in the catalogue`).toBeDefined();
      expect(Object.values(rule!.meta.points as Record<string, number>), `${ruleId} points`).toContain(points);
    }
  });

  it('prints the same tokens again on a second start instead of seeding twice', async () => {
    companion = await startCompanion();
    const first = await seedDemo(companion.store, { dataDir: companion.dataDir });
    const second = await seedDemo(companion.store, { dataDir: companion.dataDir });
    expect(second?.created).toBe(false);
    expect(second?.users.map((u) => u.token)).toEqual(first?.users.map((u) => u.token));
  });
});
