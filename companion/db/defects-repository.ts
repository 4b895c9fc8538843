// Reading the ledger: tallies from the pre-aggregated totals, a case's defects, cases over the
// per-case threshold, and the quarterly 晒案 list. Every read is limited to the caller's scope.
import { sql, type Kysely } from 'kysely';
import type {
  CaseDefectsResponse, Defect, ObjectionStatus, OverThresholdCase, QuarterlyReportRow, TallyFigures, TallyGroup, TallyRow,
} from '../../shared/api/index.ts';
import {
  addFigures, caseKind, caseThreshold, isOverThreshold, ledgerPeriod, minThreshold, type CaseKind, monthKey, monthsOfQuarter, quarterKey, quarterOfMonth,
  rectificationRate, zeroFigures, type Figures, type Thresholds,
} from '../../shared/ledger/index.ts';
import { scopeCondition, type Scope } from './scope.ts';
import type { Dialect } from './connection.ts';
import type { Database } from './schema.ts';
import { chunks, num } from './sql.ts';

/** A page of a tally: `limit` rows after `offset`, or only `user`'s row (prosecutors). */
export interface TallyPage { limit: number; offset: number; user?: string }
export interface TallyPageResult { rows: TallyRow[]; totals: TallyFigures; total: number; rank?: number | null }
const ALL_ROWS: TallyPage = { limit: Number.MAX_SAFE_INTEGER, offset: 0 };

const withRate = (f: Figures): TallyFigures => ({ ...f, rectificationRate: rectificationRate(f.rectified, f.defects) });

const sumColumns = sql`sum(defects) as defects, sum(points) as points, sum(rectified) as rectified, sum(voided) as voided, sum(voided_points) as voided_points`;

interface SumRow { key: string | number; defects: unknown; points: unknown; rectified: unknown; voided: unknown; voided_points: unknown }
const figuresOf = (r: SumRow): Figures => ({
  defects: num(r.defects), points: num(r.points), rectified: num(r.rectified), voided: num(r.voided), voidedPoints: num(r.voided_points),
});

/** Latest objection per defect, open ones first: what a defect's objection status shows. */
async function objectionStatuses(db: Kysely<Database>, defectIds: readonly string[]): Promise<Map<string, { id: string; status: ObjectionStatus }>> {
  const out = new Map<string, { id: string; status: ObjectionStatus; filed: string }>();
  const rank = (s: ObjectionStatus) => (s === 'rejected' ? 0 : 1);
  for (const part of chunks(defectIds, 500)) {
    const rows = await db.selectFrom('objections').select(['id', 'defect_id', 'status', 'filed_at']).where('defect_id', 'in', part).execute();
    for (const r of rows) {
      const cur = out.get(r.defect_id);
      if (!cur || rank(r.status) > rank(cur.status) || (rank(r.status) === rank(cur.status) && r.filed_at > cur.filed)) {
        out.set(r.defect_id, { id: r.id, status: r.status, filed: r.filed_at });
      }
    }
  }
  return new Map([...out].map(([k, v]) => [k, { id: v.id, status: v.status }]));
}

export function createDefectsRepository(
  db: Kysely<Database>, dialect: Dialect = 'sqlite',
  openReader: () => Promise<{ db: Kysely<Database>; release(): Promise<void> }> = async () => ({ db, release: async () => {} }),
) {
  async function names(table: 'users' | 'units', keys: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const part of chunks(keys, 500)) {
      if (table === 'users') {
        for (const r of await db.selectFrom('users').select(['id', 'name']).where('id', 'in', part).execute()) out.set(r.id, r.name);
      } else {
        for (const r of await db.selectFrom('units').select(['code', 'name']).where('code', 'in', part).execute()) out.set(r.code, r.name);
      }
    }
    return out;
  }

  /** Rows of a grouping: every month or quarter of the year, or the keys by points with names as labels. */
  async function rowsFor(groupBy: TallyGroup, year: number, grouped: ReadonlyArray<{ key: string; f: Figures; label?: string }>): Promise<TallyRow[]> {
    if (groupBy === 'month' || groupBy === 'quarter') {
      const acc = Array.from({ length: groupBy === 'month' ? 12 : 4 }, () => zeroFigures());
      for (const g of grouped) {
        const m = Number(g.key);
        const i = groupBy === 'month' ? m - 1 : quarterOfMonth(m) - 1;
        acc[i] = addFigures(acc[i], g.f);
      }
      return acc.map((f, i) => {
        const key = groupBy === 'month' ? monthKey(year, i + 1) : quarterKey(year, i + 1);
        return { key, label: key, ...withRate(f) };
      });
    }
    const labelled = grouped.length > 0 && grouped.every((g) => g.label !== undefined);
    const labels = labelled ? new Map(grouped.map((g) => [g.key, g.label as string]))
      : groupBy === 'prosecutor' ? await names('users', grouped.map((g) => g.key))
      : groupBy === 'unit' ? await names('units', grouped.map((g) => g.key)) : new Map<string, string>();
    return grouped
      .map((g) => ({ key: g.key, label: labels.get(g.key) ?? g.key, ...withRate(g.f) }))
      .sort((a, b) => b.points - a.points || b.defects - a.defects || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  const withOwner = () => db.selectFrom('defects').innerJoin('users', 'users.id', 'defects.user_id')
    .selectAll('defects').select('users.name as user_name');
  type OwnedRow = Awaited<ReturnType<ReturnType<typeof withOwner>['executeTakeFirstOrThrow']>>;
  async function views(rows: readonly OwnedRow[]): Promise<Defect[]> {
    const objections = await objectionStatuses(db, rows.map((r) => r.id));
    return rows.map((r) => ({
      id: r.id, caseNumber: r.case_number, ruleId: r.rule_id, ruleVersion: r.rule_version, occurrenceKey: r.occurrence_key,
      procedure: r.procedure, points: r.points, due: r.due, firstObservedAt: r.first_observed_at, year: r.year,
      userId: r.user_id, userName: r.user_name, unitCode: r.unit_code, rectifiedAt: r.rectified_at,
      voided: r.voided === 1, voidReason: r.void_reason, objection: objections.get(r.id) ?? null, demo: r.demo === 1,
    }));
  }

  /**
   * Prosecutors by points within a unit or wider scope, one page of them, in SQL: the rollup's
   * (unit, user) rows summed per user (a user booked in two units in the year is one row), read in
   * user order from total_by_user_key_order (014), ordered by points with the page's LIMIT (a top-N
   * sort, not a full one), names joined for the page's rows only; the count and the figures of
   * every row come from the same rows in the same statement, so a page past the end still has them.
   * At province size ~2,000 sums are ordered inside the database and ≤ limit rows cross to
   * JavaScript (the whole list was ~280 KB of JSON). Window functions for the count, figures and
   * rank cost four times this on SQLite (measured), so the one prosecutor's rank is its own count.
   */
  async function prosecutorPage(scope: Scope, year: number, page: TallyPage): Promise<TallyPageResult> {
    const inScope = sql`year = ${year} and ${scopeCondition(scope, 'unit_code', 'user_id')}`;
    const byKey = (ref: string) => (dialect === 'postgres' ? sql`${sql.ref(ref)} collate "C"` : sql.ref(ref));
    const grouped = (where: ReturnType<typeof sql>) => sql`select user_id as key, ${sumColumns} from total_by_user where ${where} group by user_id`;
    const rows = page.user !== undefined
      ? sql`${grouped(sql`${inScope} and user_id = ${page.user}`)}`
      : sql`${grouped(inScope)} order by points desc, defects desc, ${byKey('user_id')} limit ${Math.min(page.limit, Number.MAX_SAFE_INTEGER)} offset ${page.offset}`;
    const result = (await sql<SumRow & { label: string | null; n: unknown; t_defects: unknown; t_points: unknown; t_rectified: unknown; t_voided: unknown; t_voided_points: unknown }>`
      select t.*, p.*, u.name as label
      from (select count(distinct user_id) as n, sum(defects) as t_defects, sum(points) as t_points, sum(rectified) as t_rectified,
          sum(voided) as t_voided, sum(voided_points) as t_voided_points from total_by_user where ${inScope}) t
        left join (${rows}) p on 1 = 1
        left join users u on u.id = p.key
      order by p.points desc, p.defects desc, ${byKey('p.key')}`.execute(db)).rows;
    const t = result[0];
    const totals: Figures = { defects: num(t?.t_defects), points: num(t?.t_points), rectified: num(t?.t_rectified), voided: num(t?.t_voided), voidedPoints: num(t?.t_voided_points) };
    const found = result.filter((r) => r.key !== null && r.key !== undefined)
      .map((r) => ({ key: String(r.key), label: r.label ?? String(r.key), ...withRate(figuresOf(r)) }));
    let rank: number | null | undefined;
    if (page.user !== undefined) {
      const me = found[0];
      // Its place in the answer's order: 1 + the prosecutors in scope ahead of it.
      rank = me === undefined ? null : 1 + num((await sql<{ n: unknown }>`select count(*) as n from (${grouped(inScope)}) g
        where g.points > ${me.points} or (g.points = ${me.points} and (g.defects > ${me.defects} or (g.defects = ${me.defects} and ${byKey('g.key')} < ${me.key})))`.execute(db)).rows[0]?.n);
    }
    return { rows: found, totals: withRate(totals), total: num(t?.n), ...(page.user !== undefined ? { rank } : {}) };
  }

  return {
    /**
     * Tallies for one year, grouped: one page of the rows (months and quarters: every period of the
     * year, in order; the others by points, then defects, then key), the figures of every row, and
     * how many rows there are. With `page.user`, only that prosecutor's row and its rank.
     */
    async tallies(scope: Scope, year: number, groupBy: TallyGroup, page: TallyPage = ALL_ROWS): Promise<TallyPageResult> {
      const own = !scope.all && scope.userId !== undefined;
      if (groupBy === 'prosecutor' && !own) return prosecutorPage(scope, year, page);
      const column = { prosecutor: 'user_id', unit: 'unit_code', rule: 'rule_id', month: 'month', quarter: 'month' }[groupBy];
      // Units and wider scopes read a rollup (year, unit_code, key) in key order after the unit
      // (by unit: the month rollup, 12 rows a unit); a prosecutor's own scope reads their few
      // defect_totals rows through its primary key.
      const source = own ? 'defect_totals'
        : { prosecutor: 'total_by_user', unit: 'total_by_month', rule: 'total_by_rule', month: 'total_by_month', quarter: 'total_by_month' }[groupBy];
      const result = await sql<SumRow>`select ${sql.ref(column)} as key, ${sumColumns} from ${sql.table(source)}
        where year = ${year} and ${scopeCondition(scope, 'unit_code', 'user_id')} group by ${sql.ref(column)}`.execute(db);
      const grouped = result.rows.map((r) => ({ key: String(r.key), f: figuresOf(r) }));
      const rows = await rowsFor(groupBy, year, grouped);
      const totals = withRate(grouped.reduce((t, g) => addFigures(t, g.f), zeroFigures()));
      if (page.user !== undefined) {
        const at = groupBy === 'prosecutor' ? rows.findIndex((r) => r.key === page.user) : -1;
        return { rows: at < 0 ? [] : [rows[at]], totals, total: rows.length, rank: at < 0 ? null : at + 1 };
      }
      return { rows: rows.slice(page.offset, page.offset + page.limit), totals, total: rows.length };
    },

    /**
     * The summary's groupings and totals: every unit, the first `top.prosecutors` prosecutors and
     * `top.rules` rules by points (the tallies' order).
     */
    async breakdown(scope: Scope, year: number, top: { prosecutors: number; rules: number } = { prosecutors: Number.MAX_SAFE_INTEGER, rules: Number.MAX_SAFE_INTEGER }): Promise<{ byUnit: TallyRow[]; byProsecutor: TallyRow[]; byRule: TallyRow[]; totals: TallyFigures }> {
      if (scope.all || scope.userId === undefined) {
        // Units and wider: the rollups, as the tallies, each bounded (grouping the year's
        // defect_totals by unit, user and rule took ~0.5 s at province size).
        const [byUnit, byProsecutor, byRule] = await Promise.all([
          this.tallies(scope, year, 'unit'),
          this.tallies(scope, year, 'prosecutor', { limit: top.prosecutors, offset: 0 }),
          this.tallies(scope, year, 'rule', { limit: top.rules, offset: 0 }),
        ]);
        return { byUnit: byUnit.rows, byProsecutor: byProsecutor.rows, byRule: byRule.rows, totals: byUnit.totals };
      }
      const result = await sql<SumRow & { unit_code: string; user_id: string; rule_id: string }>`
        select unit_code, user_id, rule_id, ${sumColumns} from defect_totals
        where year = ${year} and ${scopeCondition(scope, 'unit_code', 'user_id')} group by unit_code, user_id, rule_id`.execute(db);
      const fold = (keyOf: (r: { unit_code: string; user_id: string; rule_id: string }) => string) => {
        const m = new Map<string, Figures>();
        for (const r of result.rows) m.set(keyOf(r), addFigures(m.get(keyOf(r)) ?? zeroFigures(), figuresOf(r)));
        return [...m].map(([key, f]) => ({ key, f }));
      };
      const [byUnit, byProsecutor, byRule] = await Promise.all([
        rowsFor('unit', year, fold((r) => r.unit_code)),
        rowsFor('prosecutor', year, fold((r) => r.user_id)),
        rowsFor('rule', year, fold((r) => r.rule_id)),
      ]);
      return { byUnit, byProsecutor: byProsecutor.slice(0, top.prosecutors), byRule: byRule.slice(0, top.rules), totals: withRate(result.rows.reduce((t, r) => addFigures(t, figuresOf(r)), zeroFigures())) };
    },

    /** A case's defects within the scope, and how many exist outside it (to answer 403 rather than an empty list). */
    async caseDefects(scope: Scope, caseNumber: string): Promise<{ defects: Defect[]; hidden: number }> {
      const rows = await withOwner().where('defects.case_number', '=', caseNumber)
        .orderBy('defects.first_observed_at').orderBy('defects.id')
        .execute();
      const scoped = scope.all ? rows : rows.filter((r) => scope.unitCodes.includes(r.unit_code) && (scope.userId === undefined || scope.userId === r.user_id));
      return { hidden: rows.length - scoped.length, defects: await views(scoped) };
    },

    /** One defect by id, as the API shows it. */
    async get(id: string): Promise<Defect | undefined> {
      const rows = await withOwner().where('defects.id', '=', id).execute();
      return (await views(rows))[0];
    },

    caseSummary(caseNumber: string, defects: readonly Defect[], thresholds: Thresholds): CaseDefectsResponse {
      const kind = caseKind(defects.map((d) => d.procedure), thresholds);
      const totalPoints = defects.reduce((s, d) => s + (d.voided ? 0 : d.points), 0);
      return { caseNumber, kind, threshold: caseThreshold(kind, thresholds), totalPoints, overThreshold: isOverThreshold(totalPoints, kind, thresholds), defects: [...defects] };
    },

    /**
     * Cases whose points in the year reach their threshold (公诉 >= 40, others >= 30 by default), most
     * points first then by case number: one page of them and how many there are in all.
     *
     * The threshold test, the order and the page happen in SQL; defects, kind, units and names are
     * looked up only for the cases on the page. Province-wide the page comes straight from
     * case_points in points order (below); within units, candidates come from the unscoped
     * per-case index (a case's points within any scope are at most its total) and their
     * per-prosecutor rows are summed within the caller's scope.
     */
    async overThreshold(scope: Scope, year: number, thresholds: Thresholds, page: { limit: number; offset: number } = { limit: Number.MAX_SAFE_INTEGER, offset: 0 }): Promise<{ total: number; cases: OverThresholdCase[] }> {
      const procedures = thresholds.prosecutionProcedures;
      const prosecution = procedures.length === 0 ? sql`0`
        : sql`max(case when ct.procedure in (${sql.join(procedures)}) then 1 else 0 end)`;
      // The kind follows from every scoped row of the case (as caseKind over their procedures).
      // `cross join` keeps SQLite's join order: the few candidates from case_points_by_points_case first,
      // then their rows through case_totals' primary key (without statistics it would scan the year's
      // case_totals instead, ~4x slower). PostgreSQL plans a cross join with a WHERE like an inner join.
      const flagged = sql`select c.case_number, c.points from (
          select ct.case_number as case_number, sum(ct.points) as points, sum(ct.defects) as defects, ${prosecution} as prosecution
          from case_points cp
          cross join case_totals ct
          where ct.year = cp.year and ct.case_number = cp.case_number
            and cp.year = ${year} and cp.points >= ${minThreshold(thresholds)} and ${scopeCondition(scope, 'ct.unit_code', 'ct.user_id')}
          group by ct.case_number
        ) c
        where c.points >= case when c.prosecution = 1 then cast(${thresholds.prosecution} as integer) else cast(${thresholds.other} as integer) end`;
      // Code-point order of case numbers, as JavaScript compares them, on both dialects.
      const byCaseNumber = (ref: string) => (dialect === 'postgres' ? sql`${sql.ref(ref)} collate "C"` : sql.ref(ref));
      const limit = Math.min(page.limit, Number.MAX_SAFE_INTEGER);
      let rows: Array<{ case_number: string; points: unknown; total: unknown }>;
      let countAll: () => Promise<number>;
      if (scope.all) {
        // Every unit in view: a case's points are case_points' own (the sum of all its rows), so the
        // page is read from case_points_by_points_case, most points first, and stops after the page; only
        // a case whose points lie between the two thresholds needs its kind (one primary-key seek in
        // case_totals for a 公诉 procedure). ~0.1 ms for a page at 1M events, where summing every
        // candidate's rows, then grouping, counting and sorting them took ~23 ms.
        // A correlated lookup with LIMIT 1, not EXISTS: PostgreSQL turns an EXISTS inside CASE into a
        // hashed subplan over every 公诉 row of case_totals (~116k at 1M events, 150 ms).
        const isProsecution = procedures.length === 0 ? sql`1 = 0`
          : sql`coalesce((select 1 from case_totals ct where ct.year = cp.year and ct.case_number = cp.case_number and ct.procedure in (${sql.join(procedures)}) limit 1), 0) = 1`;
        const over = sql`cp.year = ${year} and cp.points >= ${minThreshold(thresholds)}
          and (cp.points >= ${Math.max(thresholds.prosecution, thresholds.other)}
            or cp.points >= case when ${isProsecution} then cast(${thresholds.prosecution} as integer) else cast(${thresholds.other} as integer) end)`;
        const count = sql<{ n: unknown }>`select count(*) as n from case_points cp where ${over}`;
        rows = (await sql<{ case_number: string; points: unknown; total: unknown }>`
          select cp.case_number, cp.points, (${count}) as total from case_points cp where ${over}
          order by cp.points desc, ${byCaseNumber('cp.case_number')} asc
          limit ${limit} offset ${page.offset}`.execute(db)).rows;
        countAll = async () => num((await count.execute(db)).rows[0]?.n);
      } else {
        rows = (await sql<{ case_number: string; points: unknown; total: unknown }>`
          select f.case_number, f.points, count(*) over () as total from (${flagged}) f
          order by f.points desc, ${byCaseNumber('f.case_number')} asc
          limit ${limit} offset ${page.offset}`.execute(db)).rows;
        countAll = async () => num((await sql<{ n: unknown }>`select count(*) as n from (${flagged}) f`.execute(db)).rows[0]?.n);
      }
      let total = rows.length > 0 ? num(rows[0].total) : 0;
      if (rows.length === 0 && page.offset > 0) total = await countAll();
      if (rows.length === 0) return { total, cases: [] };

      // The page's cases, row by row within the scope: their defects, kind (any 公诉 procedure),
      // and the units and prosecutors of the rows that hold a defect.
      const prosecutionProcedures = new Set(procedures);
      const who = new Map<string, { units: Set<string>; users: Map<string, string>; defects: number; prosecution: boolean }>();
      for (const part of chunks(rows.map((r) => r.case_number), 500)) {
        const people = await db.selectFrom('case_totals')
          .leftJoin('users', 'users.id', 'case_totals.user_id')
          .select(['case_totals.case_number', 'case_totals.unit_code', 'case_totals.user_id', 'case_totals.procedure', 'case_totals.defects', 'users.name'])
          .where('case_totals.year', '=', year)
          .where('case_totals.case_number', 'in', part)
          .where(scopeCondition(scope, 'case_totals.unit_code', 'case_totals.user_id'))
          .execute();
        for (const p of people) {
          const c = who.get(p.case_number) ?? { units: new Set<string>(), users: new Map<string, string>(), defects: 0, prosecution: false };
          c.defects += num(p.defects);
          if (prosecutionProcedures.has(p.procedure)) c.prosecution = true;
          if (num(p.defects) > 0) {
            c.units.add(p.unit_code);
            c.users.set(p.user_id, p.name ?? p.user_id);
          }
          who.set(p.case_number, c);
        }
      }
      const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
      return {
        total,
        cases: rows.map((r) => {
          const c = who.get(r.case_number);
          const kind: CaseKind = c?.prosecution ? 'prosecution' : 'other';
          return {
            caseNumber: r.case_number, kind, threshold: caseThreshold(kind, thresholds), totalPoints: num(r.points), defects: c?.defects ?? 0,
            unitCodes: [...(c?.units ?? [])].sort(),
            prosecutors: [...(c?.users ?? [])].map(([id, name]) => ({ id, name })).sort((a, b) => cmp(a.name, b.name) || cmp(a.id, b.id)),
          };
        }),
      };
    },

    /**
     * The 晒案 list: every defect first seen in the quarter, by unit, prosecutor and case, streamed
     * through a database cursor (`reader`: its own connection on SQLite, a server-side cursor on
     * PostgreSQL): one query, one sort, a consistent snapshot, and only a chunk in memory at a time.
     * Objection statuses are looked up per chunk on the main connection.
     */
    async *quarterlyRows(scope: Scope, year: number, quarter: number, chunkSize = 500): AsyncGenerator<QuarterlyReportRow> {
      const reader = await openReader();
      try {
        const rows = reader.db.selectFrom('defects')
          .innerJoin('users', 'users.id', 'defects.user_id')
          .innerJoin('units', 'units.code', 'defects.unit_code')
          .select(['defects.id', 'defects.unit_code', 'units.name as unit_name', 'users.name as user_name', 'defects.case_number',
            'defects.rule_id', 'defects.occurrence_key', 'defects.first_observed_at', 'defects.points', 'defects.rectified_at',
            'defects.voided', 'defects.void_reason'])
          .where('defects.year', '=', year).where('defects.month', 'in', monthsOfQuarter(quarter))
          .where(scopeCondition(scope, 'defects.unit_code', 'defects.user_id'))
          .orderBy('defects.unit_code').orderBy('users.name').orderBy('defects.case_number').orderBy('defects.first_observed_at').orderBy('defects.id')
          .stream(chunkSize);
        type Row = Awaited<ReturnType<typeof rows.next>>['value'];
        let chunk: NonNullable<Row>[] = [];
        const views = async function* (list: NonNullable<Row>[]) {
          const objections = await objectionStatuses(db, list.map((r) => r.id));
          for (const r of list) {
            yield {
              unitCode: r.unit_code, unitName: r.unit_name, prosecutor: r.user_name, caseNumber: r.case_number, ruleId: r.rule_id,
              occurrenceKey: r.occurrence_key, observedOn: ledgerPeriod(r.first_observed_at).date, points: r.points,
              rectified: r.rectified_at !== null, voided: r.voided === 1, voidReason: r.void_reason, objection: objections.get(r.id)?.status ?? null,
            } satisfies QuarterlyReportRow;
          }
        };
        for await (const r of rows) {
          chunk.push(r);
          if (chunk.length >= chunkSize) {
            yield* views(chunk);
            chunk = [];
          }
        }
        yield* views(chunk);
      } finally {
        await reader.release();
      }
    },

    /** The whole 晒案 list at once (tests and small callers; exports stream quarterlyRows). */
    async quarterlyReport(scope: Scope, year: number, quarter: number): Promise<QuarterlyReportRow[]> {
      const out: QuarterlyReportRow[] = [];
      for await (const r of this.quarterlyRows(scope, year, quarter)) out.push(r);
      return out;
    },

    async containsDemoData(): Promise<boolean> {
      return (await db.selectFrom('defects').select('id').where('demo', '=', 1).limit(1).executeTakeFirst()) !== undefined;
    },

    async count(): Promise<number> {
      return Number((await db.selectFrom('defects').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    },
  };
}
export type DefectsRepository = ReturnType<typeof createDefectsRepository>;
