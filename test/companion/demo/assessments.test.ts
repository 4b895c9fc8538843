// The first-run demo's 社会危险性量化评估: each demo prosecutor's arrest-review cases are assessed with
// the built-in instrument, every record one the companion would accept (score, band and againstBand
// consistent), and the dashboard's summary shows both district units with some decisions against
// the band.
import { afterEach, describe, expect, it } from 'vitest';
import { AssessmentSummarySchema } from '../../../shared/api/index.ts';
import { BUILT_IN_INSTRUMENT } from '../../../shared/assessment/index.ts';
import { seedDemo } from '../../../companion/demo/seed.ts';
import { inconsistencies } from '../../../companion/routes/assessments.ts';
import { startCompanion, type RunningCompanion } from '../../e2e/harness.ts';

describe('the demo assessments', () => {
  let companion: RunningCompanion | undefined;
  afterEach(async () => { await companion?.close(); companion = undefined; });

  it('are valid under the built-in instrument and show on the summary per district', async () => {
    companion = await startCompanion();
    const seeded = await seedDemo(companion.store, { dataDir: companion.dataDir, now: new Date('2026-06-15T04:00:00Z') });
    const rows = await companion.store.db.selectFrom('assessments').selectAll().execute();
    expect(rows).toHaveLength(16);
    for (const r of rows) {
      const record = { id: r.id, caseNumber: r.case_number, instrumentVersion: Number(r.instrument_version), itemIds: JSON.parse(r.item_ids) as string[], score: Number(r.score), band: r.band, decision: r.decision, againstBand: r.against_band === 1, training: false, assessedAt: r.assessed_at };
      expect(inconsistencies(record, BUILT_IN_INSTRUMENT), r.case_number).toEqual([]);
      expect(r.case_number).toMatch(/^演示[东西]检刑捕受〔2026〕\d+号$/);
    }
    const city = seeded!.users.find((u) => u.name.startsWith('市院案管部'))!;
    const res = await fetch(`${companion.url}/api/v1/assessments/summary?year=2026`, { headers: { authorization: `Bearer ${city.token}` } });
    const summary = AssessmentSummarySchema.parse(await res.json());
    expect(summary.units.map((u) => [u.unitCode, u.cases])).toEqual([['990101', 8], ['990102', 8]]);
    expect(summary.units.reduce((s, u) => s + u.againstBand, 0)).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.band)).size).toBeGreaterThan(1);
  });
});
