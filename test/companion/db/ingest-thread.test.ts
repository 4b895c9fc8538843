// The SQLite writer thread (companion/db/ingest-writer.ts, ingest-worker.ts): batches are stored on
// the thread's own connection to the ledger file and are read back through the main one; a thread
// that ends with a batch in flight leaves that batch all stored or not at all, and the next batch
// starts a new thread; transactions of the main thread that read and then write (an administrator's
// correction) run beside the thread's commits without failing (both begin IMMEDIATE).
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { event, ingest, NOW, seedWorld, type TestStore, backends } from '../helpers.ts';

const sqlite = backends.find((b) => b.name === 'sqlite');
if (!sqlite) throw new Error('SQLite backend missing');

/** One prosecutor's batch: `cases` cases with red observations of two rules each. */
const batch = (prefix: string, cases: number) => Array.from({ length: cases }, (_, i) => [
  event({ caseNumber: `${prefix}-${i}`, ruleId: 'prosecution-review-1m' }),
  event({ caseNumber: `${prefix}-${i}`, ruleId: 'notice-suspect-counsel-3d', occurrenceKey: '2025-03-05', due: '2025-03-08', observedAt: '2025-03-10T09:00:00+08:00' }),
]).flat();

describe('the SQLite writer thread', () => {
  let t: TestStore | undefined;
  afterEach(async () => { await t?.cleanup(); t = undefined; });

  it('stores batches on its own connection; the main connection reads them at once', async () => {
    t = await sqlite.open();
    const { store } = t;
    expect(store.connection.ingestWriter).toBeDefined();
    const w = await seedWorld(store);
    const results = await Promise.all([w.east1, w.east2, w.west1].map((p, i) => ingest(store, p, batch(`A${i}`, 20))));
    for (const r of results) expect(r).toMatchObject({ accepted: 40, duplicates: 0, rejected: [] });
    expect(await store.events.count()).toBe(120);
    const tally = await store.defects.tallies({ all: true }, 2025, 'rule');
    expect(tally.totals.defects).toBe(120);
  });

  it('leaves a batch in flight when the thread ends all stored or not at all, and starts a new thread for the next', async () => {
    t = await sqlite.open();
    const { store } = t;
    const w = await seedWorld(store);
    const writer = store.connection.ingestWriter;
    if (!writer) throw new Error('no writer thread');
    await ingest(store, w.east1, batch('B', 5));
    const events = batch('C', 200);
    const inFlight = ingest(store, w.east1, events).then(() => 'stored' as const, () => 'failed' as const);
    await new Promise((r) => setImmediate(r));
    await writer.terminate();
    const outcome = await inFlight;
    const stored = (await store.events.has(events.map((e) => e.id))).size;
    expect(stored).toBe(outcome === 'stored' ? events.length : 0);
    const defects = await store.db.selectFrom('defects').select((eb) => eb.fn.countAll<number>().as('n')).where('case_number', 'like', 'C-%').executeTakeFirstOrThrow();
    expect(Number(defects.n)).toBe(outcome === 'stored' ? 400 : 0);

    expect(await ingest(store, w.east1, batch('D', 5))).toMatchObject({ accepted: 10, rejected: [] });
    if (outcome === 'failed') expect(await ingest(store, w.east1, events)).toMatchObject({ accepted: 400, duplicates: 0 });
    const tally = await store.defects.tallies({ all: true }, 2025, 'rule');
    expect(tally.totals.defects).toBe(10 + 400 + 10);
  });

  it('runs the main thread\'s read-then-write transactions beside its commits', async () => {
    t = await sqlite.open();
    const { store } = t;
    const w = await seedWorld(store);
    await ingest(store, w.east1, batch('E', 30));
    const ids = (await store.db.selectFrom('defects').select('id').where('case_number', 'like', 'E-%').execute()).map((r) => r.id);
    expect(ids).toHaveLength(60);
    const posts = Array.from({ length: 30 }, (_, i) => ingest(store, [w.east2, w.west1][i % 2], batch(`F${i}`, 10)));
    const corrections = ids.map((id, i) => store.corrections.correct(
      { id: w.admin.id, name: w.admin.name, role: 'admin', unitCode: w.admin.unitCode, unitName: '' }, { all: true }, id, 1 + (i % 5), `复核更正 ${randomUUID()}`, NOW,
    ));
    const [posted, corrected] = await Promise.all([Promise.all(posts), Promise.all(corrections)]);
    for (const r of posted) expect(r).toMatchObject({ accepted: 20, rejected: [] });
    expect(corrected.filter((c) => !c.ok).map((c) => !c.ok && c.code).filter((c) => c !== 'unchanged')).toEqual([]);
    const tally = await store.defects.tallies({ all: true }, 2025, 'rule');
    expect(tally.totals.defects).toBe(60 + 30 * 20);
  });
});
