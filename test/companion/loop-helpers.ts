// Fixtures for case activity and notices (issue 10).
import { randomUUID } from 'node:crypto';
import type { CaseActivity } from '../../shared/api/index.ts';
import type { Store } from '../../companion/db/store.ts';
import type { Person } from './helpers.ts';

/** A checked case page, as the extension reports it: ids and dates only. */
export function activity(overrides: Partial<CaseActivity> = {}): CaseActivity {
  return {
    id: randomUUID(), caseNumber: '苏检刑诉受〔2025〕1号', procedure: 'prosecution-review', acceptedOn: '2025-06-01',
    dueDates: ['2025-07-01', '2025-06-20'], inCustody: true, observedAt: '2025-06-15T09:00:00+08:00', ...overrides,
  };
}

/** Records that `who` checked the case (straight through the repository, as POST /case-activity does). */
export async function checked(store: Store, who: Person, caseNumber: string, observedAt = '2025-06-15T09:00:00+08:00') {
  await store.caseActivity.ingest({ id: who.id, unitCode: who.unitCode }, [activity({ caseNumber, observedAt })], new Date('2025-06-15T02:00:00Z'));
}
