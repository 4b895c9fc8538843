// The first-run demo gives issue 11's reports something to show: a leader's cases month by month
// (one 疑难复杂, one open defect), a rigid negative in one unit, and both chief attributions.
import { afterEach, describe, expect, it } from 'vitest';
import { EvaluationReportSchema, LeadersReportSchema } from '../../../shared/api/index.ts';
import { seedDemo } from '../../../companion/demo/seed.ts';
import { startCompanion, type RunningCompanion } from '../../e2e/harness.ts';

const NOW = new Date('2026-06-15T04:00:00Z');

describe('the demo data of the leaders and evaluation reports', () => {
  let companion: RunningCompanion | undefined;
  afterEach(async () => { await companion?.close(); companion = undefined; });

  it('shows a leader’s month, the units’ evaluation and each chief attribution', async () => {
    companion = await startCompanion({ now: () => NOW });
    const seeded = await seedDemo(companion.store, { dataDir: companion.dataDir, now: NOW });
    const city = seeded!.users.find((u) => u.name.startsWith('市院案管部'))!;
    const get = async (path: string) => {
      const res = await fetch(`${companion!.url}/api/v1${path}`, { headers: { authorization: `Bearer ${city.token}` } });
      expect(res.status).toBe(200);
      return res.json() as Promise<unknown>;
    };

    const leaders = LeadersReportSchema.parse(await get('/reports/leaders?year=2026&month=6'));
    const liu = leaders.rows.find((r) => r.userName === '东城区院 刘检察长（演示）');
    expect(liu).toBeDefined();
    expect(liu!.accepted).toBeGreaterThan(0);
    expect(liu!.share).not.toBeNull();
    expect(liu!.difficult).toBeGreaterThan(0);
    expect(liu!.openDefects).toBe(1);
    expect(liu!.months.filter((m) => m.accepted > 0).length).toBeGreaterThan(3);

    const evaluation = EvaluationReportSchema.parse(await get('/reports/evaluation?year=2026'));
    expect(evaluation.units.map((u) => u.unitCode).sort()).toEqual(['990101', '990102']);
    const west = evaluation.units.find((u) => u.unitCode === '990102')!;
    expect(west.values.find((v) => v.indicatorId === 'overdue-custody')?.class).toBe('negative');
    expect(west.figures.cases).toBeGreaterThan(0);
    const chiefs = new Map(evaluation.chiefs.map((c) => [c.unitCode, c]));
    expect(chiefs.get('990101')?.attributedTo?.userName).toBe('东城区院 刘检察长（演示）');
    expect(chiefs.get('990102')?.attributedTo?.userName).toBe('西城区院 孙检察长（演示）');
    expect(chiefs.get('990102')?.holders.map((h) => [h.userName, h.days])).toEqual([['西城区院 孙检察长（演示）', 245], ['西城区院 钱检察长（演示）', 120]]);
  });
});
