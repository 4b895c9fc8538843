// Issue 11's reports, built from the evaluation repository and shared/evaluation, and their tables:
// - the leaders' case report (云南 领导干部带头办案, monthly): per leader, cases accepted and
//   concluded in the month, their share of the unit's cases, those marked 疑难复杂, open defects on
//   their cases, and the year month by month;
// - the 综合评价 of the units directly below a unit (天津): each indicator's value and class, counts of
//   positive and negative evaluations, a rank by them, the route to dispute a figure;
// - the chiefs' evaluation by tenure (黑龙江): the 市分院检察长 profile over the unit's figures,
//   counted to the chief who held the post more than half the year, with the attribution in words.
// The reports are small (a row per leader or unit), so they are built in the request and streamed
// through the same CSV/XLSX writers as the quarterly list.
import {
  apiPath, type ChiefEvaluation, type EvaluatedUnit, type EvaluationObjection, type EvaluationReport,
  type EvaluationValue, type IndicatorSetInput, type LeaderRow, type LeadersReport,
} from '../../shared/api/index.ts';
import {
  attribute, CATEGORIES, CITY_CHIEF_PROFILE, classify, DEFAULT_INDICATOR_SET, indicatorValue,
  type Figures, type Indicator, type IndicatorSet,
} from '../../shared/evaluation/index.ts';
import { subtree } from '../auth/scope.ts';
import { emptyFigures } from '../db/evaluation-repository.ts';
import type { Scope, UnitRow } from '../db/scope.ts';
import type { Store } from '../db/store.ts';
import type { Cell, ColumnSpec, TableEvent } from './table.ts';

const months = () => Array.from({ length: 12 }, (_, i) => i + 1);

export async function buildLeadersReport(store: Store, scope: Scope, year: number, month: number): Promise<LeadersReport> {
  const leaders = await store.evaluation.leaders(scope);
  const ids = leaders.map((l) => l.id);
  const [cases, unitMonths, open] = await Promise.all([
    store.evaluation.leaderCases(ids, year),
    store.evaluation.acceptedByUnitMonth([...new Set(leaders.map((l) => l.unit_code))], year),
    store.evaluation.openDefectsOnCases(ids),
  ]);
  const inMonth = (date: string | null, m: number) => date !== null && date.startsWith(`${year}-${String(m).padStart(2, '0')}-`);
  const rows = leaders.map((l): LeaderRow => {
    const mine = cases.filter((c) => c.userId === l.id);
    const byMonth = months().map((m) => ({
      month: m,
      accepted: mine.filter((c) => inMonth(c.acceptedOn, m)).length,
      concluded: mine.filter((c) => inMonth(c.concludedOn, m)).length,
      difficult: mine.filter((c) => c.difficult && (inMonth(c.acceptedOn, m) || inMonth(c.concludedOn, m))).length,
    }));
    const now = byMonth[month - 1];
    const unitAccepted = Math.max(unitMonths.get(l.unit_code)?.[month - 1] ?? 0, now.accepted);
    return {
      userId: l.id, userName: l.name, unitCode: l.unit_code, unitName: l.unit_name,
      accepted: now.accepted, concluded: now.concluded, unitAccepted,
      share: unitAccepted === 0 ? null : now.accepted / unitAccepted,
      difficult: now.difficult, openDefects: open.get(l.id) ?? 0, months: byMonth,
    };
  });
  return { year, month, rows };
}

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);

/** 领导干部办案: the month's table, then the year's accepted cases month by month. */
export async function* leadersTable(report: LeadersReport): AsyncGenerator<TableEvent> {
  const columns: ColumnSpec[] = [
    { header: '单位', width: 24 }, { header: '领导干部', width: 14 }, { header: '受理案件数', width: 10 }, { header: '办结案件数', width: 10 },
    { header: '本单位受理案件数', width: 14 }, { header: '占本单位比例', width: 12 }, { header: '疑难复杂案件数', width: 14 }, { header: '未整改瑕疵数', width: 12 },
  ];
  yield { type: 'sheet', name: `${report.year}年${report.month}月领导干部办案`, columns, opens: true };
  for (const r of report.rows) {
    yield { type: 'row', cells: [r.unitName, r.userName, r.accepted, r.concluded, r.unitAccepted, pct(r.share), r.difficult, r.openDefects] };
  }
  const sum = (f: (r: LeaderRow) => number) => report.rows.reduce((s, r) => s + f(r), 0);
  yield { type: 'row', cells: ['合计', '', sum((r) => r.accepted), sum((r) => r.concluded), '', '', sum((r) => r.difficult), sum((r) => r.openDefects)], emphasis: true };
  yield {
    type: 'sheet', name: `${report.year}年逐月受理（办结）`,
    columns: [{ header: '单位', width: 24 }, { header: '领导干部', width: 14 }, ...months().map((m) => ({ header: `${m}月`, width: 9 }))],
  };
  for (const r of report.rows) {
    yield { type: 'row', cells: [r.unitName, r.userName, ...r.months.map((m) => `${m.accepted}（${m.concluded}）`)] };
  }
}

// ── 综合评价 ────────────────────────────────────────────────────────────────────

/** The set an administrator set, or the built-in one. */
export async function indicatorSetInForce(store: Store): Promise<{ set: IndicatorSetInput; builtin: boolean; updatedAt: string | null }> {
  const stored = await store.evaluation.indicatorSet();
  return stored ? { set: stored.set, builtin: false, updatedAt: stored.updatedAt } : { set: DEFAULT_INDICATOR_SET, builtin: true, updatedAt: null };
}

function addFigures(a: Figures, b: Figures): Figures {
  const out = { ...a };
  for (const k of Object.keys(b) as Array<keyof Figures>) out[k] += b[k];
  return out;
}

function valuesOf(indicators: readonly Indicator[], figures: Figures, objections: Map<string, EvaluationObjection> | null, unitCode: string): EvaluationValue[] {
  return indicators.map((ind) => {
    const value = indicatorValue(ind, figures);
    const objection = objections?.get(`${unitCode}\u0000${ind.id}`) ?? null;
    return {
      indicatorId: ind.id, value, class: classify(ind, value), counted: objection?.status !== 'accepted',
      objection: objection && { id: objection.id, status: objection.status },
    };
  });
}

/** 1 for the fewest negative, then the most positive evaluations; equal counts share a rank. */
export function rankUnits<T extends { positives: number; negatives: number; unitCode: string }>(units: T[]): Array<T & { rank: number }> {
  const sorted = [...units].sort((a, b) => a.negatives - b.negatives || b.positives - a.positives || a.unitCode.localeCompare(b.unitCode));
  let rank = 0;
  return sorted.map((u, i) => {
    const prev = sorted[i - 1];
    if (!prev || prev.negatives !== u.negatives || prev.positives !== u.positives) rank = i + 1;
    return { ...u, rank };
  });
}

export function attributionText(unitName: string, year: number, a: ReturnType<typeof attribute>, names: Map<string, string>): { zh: string; en: string } {
  const name = (id: string) => names.get(id) ?? id;
  const half = a.periodDays / 2;
  if (a.holders.length === 0) {
    return { zh: `${year}年度${unitName}没有登记检察长任职，无人承接本单位数据。`, en: `No chief prosecutor of ${unitName} is recorded for ${year}; the unit's figures count to nobody.` };
  }
  const list = a.holders.map((h) => `${name(h.userId)} ${h.days}日`).join('、');
  const listEn = a.holders.map((h) => `${name(h.userId)} ${h.days} days`).join(', ');
  if (a.userId) {
    const days = a.holders.find((h) => h.userId === a.userId)?.days ?? 0;
    return {
      zh: `考评期${a.periodDays}日，任职：${list}。${name(a.userId)}任职${days}日，超过考评期的一半（${half}日），${unitName}的数据计入其考评。`,
      en: `The period has ${a.periodDays} days; in the post: ${listEn}. ${name(a.userId)} held it ${days} days, more than half (${half}), so ${unitName}'s figures count to them.`,
    };
  }
  return {
    zh: `考评期${a.periodDays}日，任职：${list}，无人超过一半（${half}日）。按规定，任期不足半年的由考评委员会结合其在原单位工作情况认定等次，不参与排名。`,
    en: `The period has ${a.periodDays} days; in the post: ${listEn}; nobody held it more than half (${half} days). Such a chief is graded by the evaluation committee from their work elsewhere and not ranked.`,
  };
}

export async function buildEvaluationReport(store: Store, units: readonly UnitRow[], root: UnitRow, year: number, now: Date): Promise<EvaluationReport> {
  const { set } = await indicatorSetInForce(store);
  const children = units.filter((u) => u.parent_code === root.code).sort((a, b) => a.code.localeCompare(b.code));
  const trees = new Map(children.map((c) => [c.code, subtree(units, c.code)]));
  const all = [...new Set([...trees.values()].flat())];
  const period = { from: `${year}-01-01`, to: `${year}-12-31` };
  const [own, objections, posts] = await Promise.all([
    store.evaluation.unitFigures(all, year, now),
    store.evaluation.objectionsFor(children.map((c) => c.code), year),
    store.evaluation.chiefPosts(children.map((c) => c.code), period),
  ]);
  const figuresOf = (code: string) => (trees.get(code) ?? [code]).reduce((f, c) => addFigures(f, own.get(c) ?? emptyFigures()), emptyFigures());

  const evaluated = children.map((c) => {
    const figures = figuresOf(c.code);
    const values = valuesOf(set.indicators as Indicator[], figures, objections, c.code);
    const counted = values.filter((v) => v.counted);
    return {
      unitCode: c.code, unitName: c.name, figures, values,
      positives: counted.filter((v) => v.class === 'positive').length,
      negatives: counted.filter((v) => v.class === 'negative').length,
    };
  });

  const attributions = children.map((c) => ({ unit: c, a: attribute(c.code, posts, period) }));
  const chiefIds = [...new Set(posts.map((p) => p.userId))];
  const [names, ownCases] = await Promise.all([store.evaluation.userNames(chiefIds), store.evaluation.ownCases(chiefIds, year)]);
  const chiefs: ChiefEvaluation[] = attributions.filter(({ a }) => a.holders.length > 0).map(({ unit, a }) => {
    const figures = figuresOf(unit.code);
    if (a.userId) {
      figures.ownCases = ownCases.get(a.userId)?.cases ?? 0;
      figures.ownDifficultCases = ownCases.get(a.userId)?.difficult ?? 0;
    }
    return {
      unitCode: unit.code, unitName: unit.name, periodDays: a.periodDays,
      holders: a.holders.map((h) => ({ userId: h.userId, userName: names.get(h.userId) ?? h.userId, days: h.days })),
      attributedTo: a.userId ? { userId: a.userId, userName: names.get(a.userId) ?? a.userId } : null,
      explanation: attributionText(unit.name, year, a, names),
      values: a.userId
        ? valuesOf(CITY_CHIEF_PROFILE.indicators, figures, null, unit.code).map((v, i) => ({ ...v, category: CITY_CHIEF_PROFILE.indicators[i].category }))
        : [],
    };
  });

  return {
    year, period, unitCode: root.code, unitName: root.name, set,
    units: rankUnits(evaluated) as EvaluatedUnit[],
    objectionRoute: {
      method: 'POST', path: apiPath('fileEvaluationObjection'),
      decidedBy: {
        zh: `被评价单位的部门负责人提出异议（注明指标和理由），由上级单位（${root.name}及以上）的督察审查；采纳的，该项数据不计入正负向评价。`,
        en: `The evaluated unit's supervisor files the dispute (indicator and reason); a supervisor of a unit above (${root.name} or higher) decides. An accepted dispute takes the figure out of the positive and negative counts.`,
      },
    },
    chiefProfile: { label: CITY_CHIEF_PROFILE.label, indicators: CITY_CHIEF_PROFILE.indicators },
    chiefs,
  };
}

const CLASS_WORDS = { positive: '正向', negative: '负向', neutral: '—', none: '无数据' } as const;
const valueText = (ind: Indicator | undefined, v: EvaluationValue) => {
  if (v.value === null) return '—';
  if (ind?.formula.kind === 'ratio' && ind.formula.scale === 1) return `${(v.value * 100).toFixed(1)}%`;
  return Number.isInteger(v.value) ? v.value : Number(v.value.toFixed(2));
};
const classText = (v: EvaluationValue) => `${CLASS_WORDS[v.class]}${v.counted ? '' : '（异议已采纳，不计）'}${v.objection?.status === 'pending' ? '（异议待审）' : ''}`;

/** 综合评价: the ranking with each indicator's value and class, the figures, the chiefs, the dispute route. */
export async function* evaluationTable(report: EvaluationReport): AsyncGenerator<TableEvent> {
  const inds = report.set.indicators as IndicatorSet['indicators'];
  const byId = new Map(inds.map((i) => [i.id, i]));
  yield {
    type: 'sheet', name: `${report.year}年度综合评价`, opens: true,
    columns: [
      { header: '排名', width: 6 }, { header: '单位编码', width: 12 }, { header: '单位', width: 24 },
      ...inds.flatMap((i) => [{ header: `${i.label.zh}${i.rigid ? '（刚性）' : ''}`, width: 14 }, { header: `${i.label.zh}评价`, width: 12 }]),
      { header: '正向评价数', width: 10 }, { header: '负向评价数', width: 10 },
    ],
  };
  for (const u of report.units) {
    const cells: Cell[] = [u.rank, u.unitCode, u.unitName];
    for (const v of u.values) cells.push(valueText(byId.get(v.indicatorId), v), classText(v));
    cells.push(u.positives, u.negatives);
    yield { type: 'row', cells };
  }
  yield { type: 'row', cells: [`异议途径：${report.objectionRoute.decidedBy.zh}（${report.objectionRoute.method} ${report.objectionRoute.path}）`] };

  const figureKeys = Object.keys(report.units[0]?.figures ?? emptyFigures()) as Array<keyof Figures>;
  yield { type: 'sheet', name: '数据项', columns: [{ header: '单位', width: 24 }, ...figureKeys.map((k) => ({ header: k, width: 12 }))] };
  for (const u of report.units) yield { type: 'row', cells: [u.unitName, ...figureKeys.map((k) => u.figures[k])] };

  const profile = report.chiefProfile.indicators;
  yield {
    type: 'sheet', name: '市分院检察长考评',
    columns: [
      { header: '单位', width: 24 }, { header: '数据归属', width: 14 }, { header: '归属说明', width: 60, wrap: true },
      ...profile.map((i) => ({ header: `${CATEGORIES[i.category].zh}·${i.label.zh}${i.rigid ? '（刚性）' : ''}`, width: 16 })),
    ],
  };
  const profileById = new Map(profile.map((i) => [i.id, i]));
  for (const c of report.chiefs) {
    yield {
      type: 'row',
      cells: [c.unitName, c.attributedTo?.userName ?? '（不参与排名）', c.explanation.zh,
        ...profile.map((i) => {
          const v = c.values.find((x) => x.indicatorId === i.id);
          return v ? `${valueText(profileById.get(i.id), v)} ${CLASS_WORDS[v.class]}` : '';
        })],
    };
  }
}
