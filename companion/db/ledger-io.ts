// The ledger's hot-path reads and writes (ingest: store events, read a prosecutor's cases, write
// defects, move totals), in three forms with the same meaning:
// - kyselyIo: Kysely statements, on either dialect (outside the ingest: objections, corrections);
// - postgresIo: on PostgreSQL (the ingest), statements prepared on the server whose text does not
//   depend on the row count, rows as JSON, the totals in one statement; it opens the transaction
//   (with the author's lock) and commits it, two round trips per batch;
// - sqliteIo: on SQLite, one prepared statement per shape run row by row on the better-sqlite3
//   connection Kysely's transaction is open on. better-sqlite3 runs a prepared statement in a few
//   microseconds, where building a multi-row statement with Kysely, compiling it and preparing its
//   SQL anew (its text differs with every row count) cost more than SQLite's own work (issue 12).
// kyselyIo and sqliteIo run inside the caller's transaction and do not commit.
import { sql, type Kysely } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';
import type { Database, DefectsTable, EventsTable } from './schema.ts';
import { literal, PREPARED_MARK, serverQuery, serverStatement } from './connection.ts';
import { chunks } from './sql.ts';

export type DefectRow = DefectsTable;
export type EventRead = Pick<EventsTable, 'id' | 'kind' | 'case_number' | 'rule_id' | 'rule_version' | 'occurrence_key' | 'light' | 'points' | 'due' | 'observed_at' | 'procedure' | 'objection_reason' | 'demo'>;

export interface FigureRow { defects: number; points: number; rectified: number; voided: number; voided_points: number }
export type TotalRow = FigureRow & { year: number; month: number; unit_code: string; user_id: string; rule_id: string };
export type RollupWrite = FigureRow & { year: number; unit_code: string; key: string | number };
export interface CaseRow { year: number; case_number: string; procedure: string; user_id: string; unit_code: string; defects: number; points: number }
export interface PointRow { year: number; case_number: string; points: number }

/** The deltas one ledger write adds to the pre-aggregated tables. */
export interface TotalsDelta {
  totals: TotalRow[];
  /** Per rollup table (migration 008): its key column and the rows to add. */
  rollups: Array<{ table: 'total_by_user' | 'total_by_rule' | 'total_by_month'; key: 'user_id' | 'rule_id' | 'month'; rows: RollupWrite[] }>;
  cases: CaseRow[];
  points: PointRow[];
}

export interface LedgerIo {
  /** Inserts the events not stored yet (by user and id); answers the ids inserted. */
  insertEvents(rows: readonly EventsTable[]): Promise<Set<string>>;
  /** One prosecutor's non-training events and defects in these cases. */
  readCases(userId: string, caseNumbers: readonly string[]): Promise<{ events: EventRead[]; defects: DefectRow[] }>;
  writeDefects(inserts: readonly DefectRow[], updates: readonly DefectRow[]): Promise<void>;
  addTotals(delta: TotalsDelta): Promise<void>;
  /** writeDefects then addTotals in one go, where a form can (PostgreSQL: one statement, one round trip). */
  writeChanges?(inserts: readonly DefectRow[], updates: readonly DefectRow[], delta: TotalsDelta): Promise<void>;
  /**
   * Where a form holds writes back to send them with its next statement (PostgreSQL): sends them.
   * Called before any statement the caller runs on the transaction by itself.
   */
  flush?(): Promise<void>;
}

const EVENT_COLUMNS = ['id', 'kind', 'case_number', 'rule_id', 'rule_version', 'occurrence_key', 'light', 'points', 'due', 'observed_at',
  'received_at', 'procedure', 'training', 'objection_reason', 'user_id', 'unit_code', 'demo', 'message_id', 'client_points'] as const;
const EVENT_READ = ['id', 'kind', 'case_number', 'rule_id', 'rule_version', 'occurrence_key', 'light', 'points', 'due', 'observed_at',
  'procedure', 'objection_reason', 'demo'] as const;
const DEFECT_COLUMNS = ['id', 'user_id', 'unit_code', 'case_number', 'rule_id', 'occurrence_key', 'rule_version', 'procedure', 'points', 'due',
  'first_observed_at', 'year', 'month', 'source_event_id', 'rectified_at', 'voided', 'void_reason', 'voided_at', 'demo'] as const;
const FIGURES = ['defects', 'points', 'rectified', 'voided', 'voided_points'] as const;
/** Column types for json_to_recordset (PostgreSQL), in EVENT_COLUMNS / DEFECT_COLUMNS order. */
const INT_COLUMNS = new Set(['rule_version', 'points', 'training', 'demo', 'client_points', 'year', 'month', 'voided']);
const definition = (columns: readonly string[]) => columns.map((c) => `${c} ${INT_COLUMNS.has(c) ? 'int' : 'text'}`).join(', ');
const EVENT_DEFINITION = definition(EVENT_COLUMNS);
const DEFECT_DEFINITION = definition(DEFECT_COLUMNS);

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');
const addAll = (table: string, columns: readonly string[]) => columns.map((c) => `${c} = ${table}.${c} + excluded.${c}`).join(', ');

/** The events of `rows` just inserted (not training), as readCases answers them: read from memory, not back from the database. */
function insertedReads(rows: readonly EventsTable[], inserted: ReadonlySet<string>, into: EventRead[]): EventRead[] {
  for (const e of rows) {
    if (e.training !== 0 || !inserted.has(e.id)) continue;
    into.push({
      id: e.id, kind: e.kind, case_number: e.case_number, rule_id: e.rule_id, rule_version: e.rule_version, occurrence_key: e.occurrence_key,
      light: e.light, points: e.points, due: e.due, observed_at: e.observed_at, procedure: e.procedure, objection_reason: e.objection_reason, demo: e.demo,
    });
  }
  return into;
}

/** What an ingest's insertEvents read along with its insert, for the readCases right after (re-deriving the batch's cases). */
interface Prefetch { userId: string; cases: Set<string>; events: EventRead[]; defects: DefectRow[] }

/** The prefetch, when it covers these cases of this author; the reads filtered to them. */
function fromPrefetch(pre: Prefetch | undefined, userId: string, list: readonly string[]): { events: EventRead[]; defects: DefectRow[] } | undefined {
  if (!pre || pre.userId !== userId || !list.every((c) => pre.cases.has(c))) return undefined;
  if (list.length === pre.cases.size) return { events: pre.events, defects: pre.defects };
  const wanted = new Set(list);
  return { events: pre.events.filter((e) => wanted.has(e.case_number)), defects: pre.defects.filter((d) => wanted.has(d.case_number)) };
}

/** The hot path on SQLite: prepared statements on the connection the transaction is open on. */
export function sqliteIo(raw: BetterSqlite3.Database): LedgerIo {
  // raw.prepare is cached by SQL text (connection.ts), so these are prepared once per connection.
  const insertEvent = raw.prepare(`insert into events (${EVENT_COLUMNS.join(', ')}) values (${placeholders(EVENT_COLUMNS.length)})
    on conflict (user_id, id) do nothing`);
  const eventsOf = raw.prepare(`select ${EVENT_READ.join(', ')} from events
    where user_id = ? and case_number in (select value from json_each(?)) and training = 0`);
  const defectsOf = raw.prepare(`select * from defects where user_id = ? and case_number in (select value from json_each(?))`);
  const insertDefect = raw.prepare(`insert into defects (${DEFECT_COLUMNS.join(', ')}) values (${placeholders(DEFECT_COLUMNS.length)})`);
  const updateDefect = raw.prepare(`update defects set ${DEFECT_COLUMNS.slice(1).map((c) => `${c} = ?`).join(', ')} where id = ?`);
  const upsertTotal = raw.prepare(`insert into defect_totals (year, month, unit_code, user_id, rule_id, ${FIGURES.join(', ')})
    values (${placeholders(10)}) on conflict (year, unit_code, user_id, rule_id, month) do update set ${addAll('defect_totals', FIGURES)}`);
  const upsertRollup = {
    total_by_user: raw.prepare(`insert into total_by_user (year, unit_code, user_id, ${FIGURES.join(', ')}) values (${placeholders(8)})
      on conflict (year, unit_code, user_id) do update set ${addAll('total_by_user', FIGURES)}`),
    total_by_rule: raw.prepare(`insert into total_by_rule (year, unit_code, rule_id, ${FIGURES.join(', ')}) values (${placeholders(8)})
      on conflict (year, unit_code, rule_id) do update set ${addAll('total_by_rule', FIGURES)}`),
    total_by_month: raw.prepare(`insert into total_by_month (year, unit_code, month, ${FIGURES.join(', ')}) values (${placeholders(8)})
      on conflict (year, unit_code, month) do update set ${addAll('total_by_month', FIGURES)}`),
  };
  const upsertCase = raw.prepare(`insert into case_totals (year, case_number, procedure, user_id, unit_code, defects, points) values (${placeholders(7)})
    on conflict (year, case_number, procedure, user_id, unit_code) do update set ${addAll('case_totals', ['defects', 'points'])}`);
  const upsertPoints = raw.prepare(`insert into case_points (year, case_number, points) values (?, ?, ?)
    on conflict (year, case_number) do update set points = case_points.points + excluded.points`);

  // An ingested batch (one author) reads the author's stored events and defects in its cases just
  // before inserting, and adds what it inserted from memory: the rows it just wrote are not read
  // back (on a batch of new cases the read finds nothing). Used once, by the readCases right after.
  let prefetched: Prefetch | undefined;
  const read = (userId: string, caseNumbers: readonly string[]) => {
    const list = JSON.stringify(caseNumbers);
    return { events: eventsOf.all(userId, list) as EventRead[], defects: defectsOf.all(userId, list) as DefectRow[] };
  };
  return {
    async insertEvents(rows) {
      prefetched = undefined;
      const userId = rows.length > 0 ? rows[0].user_id : '';
      const single = rows.length > 0 && rows.every((r) => r.user_id === userId);
      const cases = single ? [...new Set(rows.filter((r) => r.training === 0).map((r) => r.case_number))] : [];
      const stored = single ? read(userId, cases) : undefined;
      const inserted = new Set<string>();
      for (const r of rows) {
        const values = EVENT_COLUMNS.map((c) => r[c]);
        if (insertEvent.run(values).changes === 1) inserted.add(r.id);
      }
      if (stored) prefetched = { userId, cases: new Set(cases), events: insertedReads(rows, inserted, stored.events), defects: stored.defects };
      return inserted;
    },
    async readCases(userId, caseNumbers) {
      const list = [...new Set(caseNumbers)];
      const pre = fromPrefetch(prefetched, userId, list);
      prefetched = undefined;
      return pre ?? read(userId, list);
    },
    async writeDefects(inserts, updates) {
      prefetched = undefined;
      for (const d of inserts) insertDefect.run(DEFECT_COLUMNS.map((c) => d[c]));
      for (const d of updates) updateDefect.run([...DEFECT_COLUMNS.slice(1).map((c) => d[c]), d.id]);
    },
    async addTotals(delta) {
      prefetched = undefined;
      for (const t of delta.totals) upsertTotal.run(t.year, t.month, t.unit_code, t.user_id, t.rule_id, t.defects, t.points, t.rectified, t.voided, t.voided_points);
      for (const r of delta.rollups) {
        const st = upsertRollup[r.table];
        for (const t of r.rows) st.run(t.year, t.unit_code, t.key, t.defects, t.points, t.rectified, t.voided, t.voided_points);
      }
      for (const c of delta.cases) upsertCase.run(c.year, c.case_number, c.procedure, c.user_id, c.unit_code, c.defects, c.points);
      for (const p of delta.points) upsertPoints.run(p.year, p.case_number, p.points);
    },
  };
}

/** The same through Kysely, on either dialect. */
export function kyselyIo(trx: Kysely<Database>): LedgerIo {
  return {
    async insertEvents(rows) {
      const inserted = new Set<string>();
      for (const part of chunks(rows, 250)) {
        const r = await trx.insertInto('events').values(part).onConflict((oc) => oc.columns(['user_id', 'id']).doNothing()).returning('id').execute();
        for (const { id } of r) inserted.add(id);
      }
      return inserted;
    },
    async readCases(userId, caseNumbers) {
      const events: EventRead[] = [];
      const defects: DefectRow[] = [];
      for (const part of chunks([...new Set(caseNumbers)], 400)) {
        events.push(...await trx.selectFrom('events').select([...EVENT_READ])
          .where('user_id', '=', userId).where('training', '=', 0).where('case_number', 'in', part).execute());
        defects.push(...await trx.selectFrom('defects').selectAll().where('user_id', '=', userId).where('case_number', 'in', part).execute());
      }
      return { events, defects };
    },
    async writeDefects(inserts, updates) {
      for (const part of chunks(inserts, 500)) await trx.insertInto('defects').values(part).execute();
      for (const d of updates) {
        const { id, ...rest } = d;
        await trx.updateTable('defects').set(rest).where('id', '=', id).execute();
      }
    },
    async addTotals(delta) {
      for (const part of chunks(delta.totals, 1000)) {
        await trx.insertInto('defect_totals').values(part)
          .onConflict((oc) => oc.columns(['year', 'unit_code', 'user_id', 'rule_id', 'month']).doUpdateSet((eb) => ({
            defects: eb('defect_totals.defects', '+', eb.ref('excluded.defects')),
            points: eb('defect_totals.points', '+', eb.ref('excluded.points')),
            rectified: eb('defect_totals.rectified', '+', eb.ref('excluded.rectified')),
            voided: eb('defect_totals.voided', '+', eb.ref('excluded.voided')),
            voided_points: eb('defect_totals.voided_points', '+', eb.ref('excluded.voided_points')),
          })))
          .execute();
      }
      for (const r of delta.rollups) {
        for (const part of chunks(r.rows, 1000)) {
          const values = part.map(({ key, ...f }) => ({ ...f, [r.key]: key }));
          // The table name varies over the three rollups, whose shapes differ only in the key column.
          await (trx as unknown as Kysely<Record<string, FigureRow & { year: number; unit_code: string; user_id?: string; rule_id?: string; month?: number }>>).insertInto(r.table).values(values)
            .onConflict((oc) => oc.columns(['year', 'unit_code', r.key]).doUpdateSet({
              defects: sql<number>`${sql.ref(`${r.table}.defects`)} + excluded.defects`,
              points: sql<number>`${sql.ref(`${r.table}.points`)} + excluded.points`,
              rectified: sql<number>`${sql.ref(`${r.table}.rectified`)} + excluded.rectified`,
              voided: sql<number>`${sql.ref(`${r.table}.voided`)} + excluded.voided`,
              voided_points: sql<number>`${sql.ref(`${r.table}.voided_points`)} + excluded.voided_points`,
            }))
            .execute();
        }
      }
      for (const part of chunks(delta.cases, 1000)) {
        await trx.insertInto('case_totals').values(part)
          .onConflict((oc) => oc.columns(['year', 'case_number', 'procedure', 'user_id', 'unit_code']).doUpdateSet((eb) => ({
            defects: eb('case_totals.defects', '+', eb.ref('excluded.defects')),
            points: eb('case_totals.points', '+', eb.ref('excluded.points')),
          })))
          .execute();
      }
      for (const part of chunks(delta.points, 1000)) {
        await trx.insertInto('case_points').values(part)
          .onConflict((oc) => oc.columns(['year', 'case_number']).doUpdateSet((eb) => ({
            points: eb('case_points.points', '+', eb.ref('excluded.points')),
          })))
          .execute();
      }
    },
  };
}

/**
 * Rows of one table from one JSON text (PostgreSQL), each row an array of its values in the order of
 * `columns` ("name type, …"): jsonb parses the text once and indexes an array in constant time,
 * where json_to_recordset over objects lexed the text twice (validation, then the records) and the
 * keys made up ~60 % of it (issue 12).
 */
const records = (param: string, columns: string) => `(select ${columns.split(', ').map((c, i) => {
  const [name, type] = c.split(' ');
  return type === 'text' ? `e->>${i} as ${name}` : `(e->>${i})::${type} as ${name}`;
}).join(', ')} from jsonb_array_elements(${param}::jsonb) e) as t`;
/** Rows as the JSON arrays records() reads, in EVENT_COLUMNS / DEFECT_COLUMNS order. */
const eventValues = (r: EventsTable) => [r.id, r.kind, r.case_number, r.rule_id, r.rule_version, r.occurrence_key, r.light, r.points, r.due, r.observed_at,
  r.received_at, r.procedure, r.training, r.objection_reason, r.user_id, r.unit_code, r.demo, r.message_id, r.client_points];
const defectValues = (d: DefectRow) => [d.id, d.user_id, d.unit_code, d.case_number, d.rule_id, d.occurrence_key, d.rule_version, d.procedure, d.points, d.due,
  d.first_observed_at, d.year, d.month, d.source_event_id, d.rectified_at, d.voided, d.void_reason, d.voided_at, d.demo];
// The two lists above are written out for speed; they must follow the column lists (checked once, here).
for (const [columns, values] of [[EVENT_COLUMNS, eventValues], [DEFECT_COLUMNS, defectValues]] as Array<[readonly string[], (row: never) => unknown[]]>) {
  const probe = Object.fromEntries(columns.map((c) => [c, c])) as never;
  if (values(probe).join() !== columns.join()) throw new Error(`ledger-io: row values out of column order (${columns.join()})`);
}
const FIGURE_TYPES = FIGURES.map((f) => `${f} int`).join(', ');

/**
 * One author's batch: stores the events not stored yet, and reads the author's events and defects
 * in the batch's cases ($1 events as JSON, $2 the author, $3 the cases). The statement's snapshot
 * is from before its insert, so the table gives the events stored before; the ones it inserts are
 * taken from the batch in memory (not sent back).
 */
const INSERT_AND_READ = `with src as (select * from ${records('$1', EVENT_DEFINITION)}),
  ins as (insert into events (${EVENT_COLUMNS.join(', ')}) select * from src on conflict (user_id, id) do nothing returning id)
  select
    (select coalesce(json_agg(id), '[]') from ins) as inserted,
    (select coalesce(json_agg(x), '[]') from (
      select ${EVENT_READ.join(', ')} from events where user_id = $2 and case_number = any($3::text[]) and training = 0
    ) x) as events,
    (select coalesce(json_agg(d), '[]') from defects d where user_id = $2 and case_number = any($3::text[])) as defects`;

/**
 * The defects written and every totals table they move, one statement of data-modifying CTEs; its
 * text by which parts a write has (new defects, changed defects, totals), each part's rows one JSON
 * parameter in the order of the parts.
 */
function writeDefinition(inserts: boolean, updates: boolean, rollups: TotalsDelta['rollups'] | undefined): string {
  let n = 0;
  const param = () => `$${++n}`;
  const parts: string[] = [];
  if (inserts) parts.push(`d_insert as (insert into defects (${DEFECT_COLUMNS.join(', ')}) select * from ${records(param(), DEFECT_DEFINITION)})`);
  if (updates) {
    parts.push(`d_update as (update defects d set ${DEFECT_COLUMNS.slice(1).map((c) => `${c} = u.${c}`).join(', ')}
      from (select * from ${records(param(), DEFECT_DEFINITION)}) as u where d.id = u.id)`);
  }
  if (rollups) {
    parts.push(`totals as (insert into defect_totals (year, month, unit_code, user_id, rule_id, ${FIGURES.join(', ')})
      select * from ${records(param(), `year int, month int, unit_code text, user_id text, rule_id text, ${FIGURE_TYPES}`)}
      on conflict (year, unit_code, user_id, rule_id, month) do update set ${addAll('defect_totals', FIGURES)})`);
    for (const r of rollups) {
      parts.push(`r_${r.table} as (insert into ${r.table} (year, unit_code, ${r.key}, ${FIGURES.join(', ')})
        select * from ${records(param(), `year int, unit_code text, key ${r.key === 'month' ? 'int' : 'text'}, ${FIGURE_TYPES}`)}
        on conflict (year, unit_code, ${r.key}) do update set ${addAll(r.table, FIGURES)})`);
    }
    parts.push(`cases as (insert into case_totals (year, case_number, procedure, user_id, unit_code, defects, points)
      select * from ${records(param(), 'year int, case_number text, procedure text, user_id text, unit_code text, defects int, points int')}
      on conflict (year, case_number, procedure, user_id, unit_code) do update set ${addAll('case_totals', ['defects', 'points'])})`);
    parts.push(`points as (insert into case_points (year, case_number, points)
      select * from ${records(param(), 'year int, case_number text, points int')}
      on conflict (year, case_number) do update set points = case_points.points + excluded.points)`);
  }
  return `with ${parts.join(',\n')} select 1`;
}

/** What a postgresIo batch needs besides reads and writes: the transaction it opens and ends. */
export interface PostgresBatchIo extends LedgerIo {
  flush(): Promise<void>;
  /** Sends what is pending and commits. */
  commit(): Promise<void>;
}

/**
 * The hot path on PostgreSQL. Statements are prepared on the server once per connection and run
 * by `execute` in simple-protocol texts (connection.ts, serverQuery), so a text can carry several:
 * a batch is two round trips, (begin, the author's lock, one statement that stores the events and
 * reads the author's events and defects in the batch's cases) and (one statement that writes the
 * defects and moves every totals table, commit) (issue 12; five round trips before, nine before
 * that, ~12 with Kysely statements). The transaction is opened by the first text this sends (the
 * lock before the reading statement: its snapshot then sees whatever the author's previous holder
 * of the lock committed); the write is held back until the next text (flush() before any statement
 * run on `trx` other than through this io) and commit() sends it with the commit. `trx` is one
 * connection (Kysely's db.connection()): the caller rolls back on a failure.
 */
export function postgresIo(trx: Kysely<Database>, author: { id: string }): PostgresBatchIo {
  // What insertEvents read along with the insert: one author's events and defects in the batch's
  // cases, as readCases answers them. Used once, by the readCases right after (re-deriving the
  // batch's cases); anything later reads afresh.
  let prefetched: Prefetch | undefined;
  // Statements to send ahead of the next one (the opening, a held-back write), and the server
  // statements they execute.
  let pending: string[] = ['begin', `select pg_advisory_xact_lock(hashtext(${literal(author.id)}))`];
  let pendingUses: string[] = [];
  const send = async <R>(uses: readonly string[], statements: readonly string[]): Promise<R[]> => {
    const text = serverQuery([...pendingUses, ...uses], [...pending, ...statements].join(';\n'));
    pending = [];
    pendingUses = [];
    return (await sql.raw<R>(text).execute(trx)).rows;
  };
  const flush = async () => {
    if (pending.length > 0) await send([], []);
  };
  // Rows travel as one JSON text each (records()): JSON.stringify is native, where node-postgres
  // escaped every element of ~20 array parameters in JavaScript (~10 % of the companion's CPU on
  // this path, issue 12); arrays of values, not objects, halve its time and the text's length.
  const json = <T>(rows: readonly T[], values: (row: T) => unknown[]) => literal(JSON.stringify(rows.map(values)));
  const writes = new Map<string, string>();
  const holdWrite = (inserts: readonly DefectRow[], updates: readonly DefectRow[], delta: TotalsDelta | undefined) => {
    const withTotals = delta !== undefined && (delta.totals.length > 0 || delta.cases.length > 0 || delta.points.length > 0);
    if (inserts.length === 0 && updates.length === 0 && !withTotals) return;
    const shape = `${inserts.length > 0 ? 1 : 0}${updates.length > 0 ? 1 : 0}${withTotals ? delta.rollups.map((r) => `${r.table}.${r.key}`).join(',') : ''}`;
    let name = writes.get(shape);
    if (name === undefined) {
      name = serverStatement(writeDefinition(inserts.length > 0, updates.length > 0, withTotals ? delta.rollups : undefined));
      writes.set(shape, name);
    }
    const values: string[] = [];
    if (inserts.length > 0) values.push(json(inserts, defectValues));
    if (updates.length > 0) values.push(json(updates, defectValues));
    if (withTotals) {
      values.push(json(delta.totals, (t) => [t.year, t.month, t.unit_code, t.user_id, t.rule_id, t.defects, t.points, t.rectified, t.voided, t.voided_points]));
      for (const r of delta.rollups) values.push(json(r.rows, (t) => [t.year, t.unit_code, t.key, t.defects, t.points, t.rectified, t.voided, t.voided_points]));
      values.push(json(delta.cases, (c) => [c.year, c.case_number, c.procedure, c.user_id, c.unit_code, c.defects, c.points]));
      values.push(json(delta.points, (p) => [p.year, p.case_number, p.points]));
    }
    pending.push(`execute ${name}(${values.join(', ')})`);
    pendingUses.push(name);
  };
  return {
    async insertEvents(rows) {
      prefetched = undefined;
      if (rows.length === 0) return new Set();
      const userId = rows[0].user_id;
      if (rows.some((r) => r.user_id !== userId)) {
        await flush();
        const r = await sql<{ id: string }>`insert into events (${sql.raw(EVENT_COLUMNS.join(', '))})
          select * from json_to_recordset(${JSON.stringify(rows)}::json) as t(${sql.raw(EVENT_DEFINITION)})
          on conflict (user_id, id) do nothing returning id`.execute(trx);
        return new Set(r.rows.map((x) => x.id));
      }
      // One author (an ingested batch): the insert, and the author's events and defects in the
      // batch's cases, in one round trip with the opening.
      const cases = [...new Set(rows.filter((r) => r.training === 0).map((r) => r.case_number))];
      const name = serverStatement(INSERT_AND_READ);
      const [row] = await send<{ inserted: string[]; events: EventRead[]; defects: DefectRow[] }>(
        [name], [`execute ${name}(${json(rows, eventValues)}, ${literal(userId)}, ${literal(cases)})`]);
      const inserted = new Set(row.inserted);
      prefetched = { userId, cases: new Set(cases), events: insertedReads(rows, inserted, row.events), defects: row.defects };
      return inserted;
    },
    async readCases(userId, caseNumbers) {
      const list = [...new Set(caseNumbers)];
      const pre = fromPrefetch(prefetched, userId, list);
      prefetched = undefined;
      if (pre) return pre;
      await flush();
      const events = await sql<EventRead>`${sql.raw(PREPARED_MARK)} select ${sql.raw(EVENT_READ.join(', '))} from events
        where user_id = ${userId} and case_number = any(${list}::text[]) and training = 0`.execute(trx);
      // Named columns, not *: a prepared statement's result must keep its shape.
      const defects = await sql<DefectRow>`${sql.raw(PREPARED_MARK)} select ${sql.raw(DEFECT_COLUMNS.join(', '))} from defects
        where user_id = ${userId} and case_number = any(${list}::text[])`.execute(trx);
      return { events: events.rows, defects: defects.rows };
    },
    async writeDefects(inserts, updates) {
      prefetched = undefined;
      holdWrite(inserts, updates, undefined);
    },
    async addTotals(delta) {
      prefetched = undefined;
      holdWrite([], [], delta);
    },
    async writeChanges(inserts, updates, delta) {
      prefetched = undefined;
      holdWrite(inserts, updates, delta);
    },
    flush,
    async commit() {
      await send([], ['commit']);
    },
  };
}
