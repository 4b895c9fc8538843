// The PostgreSQL ingest's two round trips (ledger-io.ts postgresIo, postgres-ingest.ts): values
// travel as SQL literals inside multi-statement texts that execute statements prepared on the
// server (connection.ts serverQuery), the write is held back and sent with the commit. These tests
// hold the literals to what PostgreSQL reads back, the ledger of awkward case numbers to what the
// events say, and a batch whose held-back write fails to nothing stored at all.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { literal, serverQuery, serverStatement } from '../../../companion/db/connection.ts';
import { backends, event, ingest, seedWorld, type TestStore, type World } from '../helpers.ts';
import { pgUrl } from './migration-helpers.ts';

const AWKWARD = [
  '', "'", "''", '\\', '\\\\', '"', '\\"', "it's \"quoted\" \\ back", '{', '}', '{a,b}', ',', 'NULL', 'null', ' ', '  spaced  ',
  '$$', '$q$ dollar $q$', '*/', '/* caselight:server x */', 'line\nbreak', 'tab\there', '苏检刑诉受〔2025〕1号', '😀 emoji', 'e\u0301', ');drop table events;--',
];

describe.runIf(pgUrl)('PostgreSQL ingest in two round trips', () => {
  let t: TestStore;
  let world: World;
  beforeAll(async () => {
    const pg = backends.find((b) => b.name === 'postgres');
    if (!pg) throw new Error('no PostgreSQL backend');
    t = await pg.open();
    world = await seedWorld(t.store);
  });
  afterAll(async () => { await t?.cleanup(); });

  it('reads back every literal as the value it was made from, as text and in a text array', async () => {
    const name = serverStatement('select $1::text as one, $2::text[] as many, $3::int as n, $4::text as none');
    for (const s of AWKWARD) {
      const text = serverQuery([name], `execute ${name}(${literal(s)}, ${literal([s, 'x', s])}, ${literal(-42)}, ${literal(null)})`);
      const r = await sql.raw<{ one: string; many: string[]; n: number; none: null }>(text).execute(t.store.db);
      expect(r.rows).toEqual([{ one: s, many: [s, 'x', s], n: -42, none: null }]);
    }
    expect(() => literal(1.5)).toThrow();
  });

  it('books awkward case numbers and occurrence keys exactly, and a repeated batch only as duplicates', async () => {
    const usable = AWKWARD.filter((s) => s.trim() !== '' && !/[\n\t]/.test(s));
    const events = usable.flatMap((s, i) => [
      event({ caseNumber: `${s}#${i}`, occurrenceKey: `2025-03-0${(i % 9) + 1}${s}` }),
      event({ caseNumber: `${s}#${i}`, occurrenceKey: `2025-03-0${(i % 9) + 1}${s}`, light: 'green', points: 0, observedAt: '2025-04-20T09:00:00+08:00' }),
    ]);
    const first = await ingest(t.store, world.east1, events);
    expect(first).toMatchObject({ accepted: events.length, duplicates: 0, rejected: [] });
    const defects = await t.store.db.selectFrom('defects').select(['case_number', 'occurrence_key', 'rectified_at', 'points'])
      .where('user_id', '=', world.east1.id).orderBy('case_number').execute();
    expect(defects.map((d) => [d.case_number, d.occurrence_key]).sort()).toEqual(usable.map((s, i) => [`${s}#${i}`, `2025-03-0${(i % 9) + 1}${s}`]).sort());
    expect(defects.every((d) => d.rectified_at !== null && d.points === 8)).toBe(true);
    const again = await ingest(t.store, world.east1, events);
    expect(again).toMatchObject({ accepted: 0, duplicates: events.length, rejected: [] });
    const totals = await t.store.db.selectFrom('case_totals').select(['case_number', 'defects', 'points']).where('user_id', '=', world.east1.id).execute();
    expect(totals).toHaveLength(usable.length);
    expect(totals.every((c) => c.defects === 1 && c.points === 8)).toBe(true);
  });

  it('stores nothing of a batch whose write fails with the commit, and the connection goes on working', async () => {
    // The batch's last statement (defects and totals, sent with the commit) fails on this case number.
    await sql`create function refuse_case() returns trigger language plpgsql as $$
      begin if new.case_number = 'REFUSED' then raise exception 'refused by the test'; end if; return new; end $$`.execute(t.store.db);
    await sql`create trigger refuse_case before insert on case_points for each row execute function refuse_case()`.execute(t.store.db);
    try {
      const who = world.west1;
      const failing = [event({ caseNumber: 'OK-1' }), event({ caseNumber: 'REFUSED' })];
      // Every pooled connection, more than once: none keeps a half-open transaction or a lost statement.
      for (let i = 0; i < 10; i++) await expect(ingest(t.store, who, failing.map((e) => ({ ...e, id: crypto.randomUUID() })))).rejects.toThrow(/refused by the test/);
      const count = async (table: 'events' | 'defects' | 'case_totals') =>
        Number((await t.store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where('user_id', '=', who.id).executeTakeFirstOrThrow()).n);
      expect(await count('events')).toBe(0);
      expect(await count('defects')).toBe(0);
      expect(await count('case_totals')).toBe(0);
      for (let i = 0; i < 10; i++) {
        const r = await ingest(t.store, who, [event({ caseNumber: `OK-${i}` })]);
        expect(r.accepted).toBe(1);
      }
      expect(await count('events')).toBe(10);
      expect(await count('defects')).toBe(10);
    } finally {
      await sql`drop trigger refuse_case on case_points`.execute(t.store.db);
      await sql`drop function refuse_case()`.execute(t.store.db);
    }
  });
});
