// Demo 社会危险性量化评估 (issue 11): a few arrest-review cases per demo prosecutor, assessed with the
// built-in instrument, most decided with their band and some against it, so the dashboard's
// 社会危险性 page shows something on a first start. Ids and figures only, like the real ones.
import { randomUUID } from 'node:crypto';
import type { AssessmentRecord } from '../../shared/api/index.ts';
import { BUILT_IN_INSTRUMENT as I, NO_CONDITIONS, againstBand, assess, type ArrestDecision } from '../../shared/assessment/index.ts';
import type { Store } from '../db/store.ts';
import { prng } from './prng.ts';

const DAY = 86_400_000;

export async function seedDemoAssessments(store: Store, authors: ReadonlyArray<{ id: string; unitCode: string; district: string }>, now: Date, year: number): Promise<void> {
  const random = prng(20210501);
  let serial = 500;
  for (const author of authors) {
    const records: AssessmentRecord[] = [];
    for (let c = 0; c < 4; c++) {
      const itemIds = I.items.filter(() => random() < 0.12).map((i) => i.id);
      const tenYears = random() < 0.1;
      const result = assess(I, itemIds, { ...NO_CONDITIONS, evidenceOfCrime: true, penalty: tenYears ? 'ten-years-plus' : 'imprisonment' });
      const follow: ArrestDecision = result.suggests === 'no-arrest' ? 'no-arrest' : result.suggests === 'arrest' ? 'arrest' : random() < 0.5 ? 'arrest' : 'no-arrest';
      const decision: ArrestDecision = random() < 0.2 ? (follow === 'arrest' ? 'no-arrest' : 'arrest') : follow;
      records.push({
        id: randomUUID(), caseNumber: `演示${author.district}检刑捕受〔${year}〕${++serial}号`, instrumentVersion: I.version, itemIds, score: result.score,
        band: result.band, decision, againstBand: againstBand(result.suggests, decision), training: false,
        assessedAt: new Date(now.getTime() - Math.floor(random() * 30 + 1) * DAY).toISOString(),
      });
    }
    await store.assessments.ingest(author, records, now);
  }
}
