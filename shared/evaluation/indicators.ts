// 综合评价 indicator sets (Tianjin) and role profiles (Heilongjiang), as data. An indicator is a
// formula over figures the companion already holds (ledger defects, objections, 流程监控通知书, case
// activity), a direction (which way is better), a polarity (正向 or 负向 evaluation) and a threshold;
// a rigid (刚性) indicator is negative on any occurrence. Plain TypeScript: the API schema
// (shared/api/evaluation.ts) checks the shape, `validateIndicatorSet` the rules of a set.
//
// Source: 最高人民检察院《检察机关推进司法责任体系建设典型案例》(2021-07-19) 案例3（天津）and 案例2（黑龙江）.

export interface Bilingual { readonly zh: string; readonly en: string }

/** The figures a formula may name: per unit and year (a chief's own cases per user). */
export const FIGURES = {
  cases: { zh: '办理案件数（扩展记录的案件）', en: 'cases handled (case activity)' },
  defects: { zh: '瑕疵数（未撤销）', en: 'defects booked (not voided)' },
  rectified: { zh: '已整改瑕疵数', en: 'defects rectified' },
  overdueCustody: { zh: '在押案件超期数', en: 'custody cases seen past a due date' },
  objectionsFiled: { zh: '提出异议数', en: 'objections filed' },
  objectionsAccepted: { zh: '异议采纳数', en: 'objections accepted' },
  noticesDue: { zh: '已届答复期的流程监控通知书', en: 'notices whose reply was due' },
  noticesRepliedInTime: { zh: '按期答复的通知书', en: 'notices replied in time' },
  ownCases: { zh: '检察长本人办理案件数', en: 'cases the chief handled personally' },
  ownDifficultCases: { zh: '检察长本人办理的疑难复杂案件数', en: 'difficult or complex cases the chief handled' },
} as const satisfies Record<string, Bilingual>;
export type FigureId = keyof typeof FIGURES;
export type Figures = Record<FigureId, number>;

export type Formula =
  /** numerator / denominator × scale (100: per 100; 1: a rate); no value when the denominator is 0. */
  | { kind: 'ratio'; numerator: FigureId; denominator: FigureId; scale: 1 | 100 }
  | { kind: 'count'; figure: FigureId };

export type Category = 'quality' | 'efficiency' | 'effect';
export const CATEGORIES: Record<Category, Bilingual> = {
  quality: { zh: '质量', en: 'quality' },
  efficiency: { zh: '效率', en: 'efficiency' },
  effect: { zh: '效果', en: 'effect' },
};

export interface Indicator {
  /** kebab-case, unique in the set. */
  id: string;
  label: Bilingual;
  formula: Formula;
  /** Which way is better. */
  direction: 'higher-better' | 'lower-better';
  /** 正向: a unit meeting the threshold gets a positive evaluation; 负向: one failing it a negative one. */
  polarity: 'positive' | 'negative';
  /** 刚性指标: negative on any occurrence (value > 0), whatever the threshold. */
  rigid?: boolean;
  /** The line: at or beyond it (in the better direction) meets it. Rates are 0–1. */
  threshold: number;
  category: Category;
}

export interface IndicatorSet {
  /** Version label, e.g. 2026-tianjin-1. */
  id: string;
  label: Bilingual;
  indicators: Indicator[];
}

/** Tianjin: 正向不多于5个, 负向不少于2个. */
export const MAX_POSITIVE = 5;
export const MIN_NEGATIVE = 2;

export interface SetProblem { path: string; zh: string; en: string }

const isRate = (f: Formula) => f.kind === 'ratio' && f.scale === 1;

/** Everything wrong with a set (empty when valid), each in Chinese and English. */
export function validateIndicatorSet(set: IndicatorSet): SetProblem[] {
  const problems: SetProblem[] = [];
  const seen = new Set<string>();
  set.indicators.forEach((ind, i) => {
    const path = `indicators.${i}`;
    if (seen.has(ind.id)) problems.push({ path: `${path}.id`, zh: `指标编号 ${ind.id} 重复`, en: `indicator id ${ind.id} appears twice` });
    seen.add(ind.id);
    const names = ind.formula.kind === 'ratio' ? [ind.formula.numerator, ind.formula.denominator] : [ind.formula.figure];
    for (const n of names) {
      if (!(n in FIGURES)) problems.push({ path: `${path}.formula`, zh: `指标 ${ind.id} 引用了未知数据项 ${n}`, en: `indicator ${ind.id} names an unknown figure ${n}` });
    }
    if (ind.formula.kind === 'ratio' && ind.formula.numerator === ind.formula.denominator) {
      problems.push({ path: `${path}.formula`, zh: `指标 ${ind.id} 的分子与分母相同`, en: `indicator ${ind.id} divides a figure by itself` });
    }
    if (!Number.isFinite(ind.threshold) || ind.threshold < 0 || (isRate(ind.formula) && ind.threshold > 1)) {
      problems.push({ path: `${path}.threshold`, zh: `指标 ${ind.id} 的阈值须为非负数，比率在0至1之间`, en: `indicator ${ind.id}: the threshold must be ≥ 0, and a rate between 0 and 1` });
    }
    if (ind.rigid && (ind.polarity !== 'negative' || ind.direction !== 'lower-better')) {
      problems.push({ path: `${path}.rigid`, zh: `刚性指标 ${ind.id} 须为负向、越低越好（发生即负向评价）`, en: `rigid indicator ${ind.id} must be negative and lower-better (negative on any occurrence)` });
    }
  });
  const positive = set.indicators.filter((i) => i.polarity === 'positive').length;
  const negative = set.indicators.filter((i) => i.polarity === 'negative').length;
  if (positive > MAX_POSITIVE) {
    problems.push({ path: 'indicators', zh: `正向评价指标不得多于${MAX_POSITIVE}个（现有${positive}个）`, en: `at most ${MAX_POSITIVE} positive indicators (this set has ${positive})` });
  }
  if (negative < MIN_NEGATIVE) {
    problems.push({ path: 'indicators', zh: `负向评价指标不得少于${MIN_NEGATIVE}个（现有${negative}个）`, en: `at least ${MIN_NEGATIVE} negative indicators (this set has ${negative})` });
  }
  return problems;
}

/** The indicator's value from the figures; null when a ratio's denominator is 0. */
export function indicatorValue(ind: Indicator, figures: Figures): number | null {
  if (ind.formula.kind === 'count') return figures[ind.formula.figure];
  const d = figures[ind.formula.denominator];
  if (d === 0) return null;
  return (figures[ind.formula.numerator] / d) * ind.formula.scale;
}

/** positive / negative evaluation, neutral (neither), or none (no value: nothing to evaluate). */
export type IndicatorClass = 'positive' | 'negative' | 'neutral' | 'none';

export function classify(ind: Indicator, value: number | null): IndicatorClass {
  if (value === null) return 'none';
  if (ind.rigid) return value > 0 ? 'negative' : 'neutral';
  const meets = ind.direction === 'higher-better' ? value >= ind.threshold : value <= ind.threshold;
  if (ind.polarity === 'positive') return meets ? 'positive' : 'neutral';
  return meets ? 'neutral' : 'negative';
}

/** The built-in set: a starting point each procuratorate adjusts (PUT /evaluation-indicators). */
export const DEFAULT_INDICATOR_SET: IndicatorSet = {
  id: 'builtin-1',
  label: { zh: '内置综合评价指标（起点，请按本地情况调整）', en: 'Built-in evaluation indicators (a starting point to adjust locally)' },
  indicators: [
    {
      id: 'defects-per-100-cases', label: { zh: '每百件案件瑕疵数', en: 'defects per 100 cases' },
      formula: { kind: 'ratio', numerator: 'defects', denominator: 'cases', scale: 100 },
      direction: 'lower-better', polarity: 'negative', threshold: 30, category: 'quality',
    },
    {
      id: 'rectification-rate', label: { zh: '瑕疵整改率', en: 'rectification rate' },
      formula: { kind: 'ratio', numerator: 'rectified', denominator: 'defects', scale: 1 },
      direction: 'higher-better', polarity: 'positive', threshold: 0.9, category: 'quality',
    },
    {
      id: 'overdue-custody', label: { zh: '在押案件超期', en: 'overdue custody cases' },
      formula: { kind: 'count', figure: 'overdueCustody' },
      direction: 'lower-better', polarity: 'negative', rigid: true, threshold: 0, category: 'quality',
    },
    {
      id: 'objection-acceptance-rate', label: { zh: '异议采纳率', en: 'objection acceptance rate' },
      formula: { kind: 'ratio', numerator: 'objectionsAccepted', denominator: 'objectionsFiled', scale: 1 },
      direction: 'lower-better', polarity: 'negative', threshold: 0.5, category: 'effect',
    },
    {
      id: 'notice-reply-rate', label: { zh: '流程监控通知书按期答复率', en: 'notices replied in time' },
      formula: { kind: 'ratio', numerator: 'noticesRepliedInTime', denominator: 'noticesDue', scale: 1 },
      direction: 'higher-better', polarity: 'positive', threshold: 0.95, category: 'efficiency',
    },
  ],
};

/**
 * Heilongjiang: a profile per role, its indicators in the three groups of 最高检's 检察官业绩考评
 * (质量、效率、效果). The 市分院检察长 profile weighs the chief's own cases and difficult cases
 * (效率) beside the region's figures (质量、效果).
 */
export interface RoleProfile {
  role: 'city-chief';
  label: Bilingual;
  indicators: Indicator[];
}

export const CITY_CHIEF_PROFILE: RoleProfile = {
  role: 'city-chief',
  label: { zh: '市分院检察长', en: 'chief prosecutor of a city branch' },
  indicators: [
    { ...DEFAULT_INDICATOR_SET.indicators[0], category: 'quality' },
    { ...DEFAULT_INDICATOR_SET.indicators[1], category: 'quality' },
    {
      id: 'own-cases', label: { zh: '检察长本人办案数', en: 'cases handled personally' },
      formula: { kind: 'count', figure: 'ownCases' },
      direction: 'higher-better', polarity: 'positive', threshold: 12, category: 'efficiency',
    },
    {
      id: 'own-difficult-cases', label: { zh: '本人办理疑难复杂案件数', en: 'difficult or complex cases handled personally' },
      formula: { kind: 'count', figure: 'ownDifficultCases' },
      direction: 'higher-better', polarity: 'positive', threshold: 2, category: 'efficiency',
    },
    { ...DEFAULT_INDICATOR_SET.indicators[4], category: 'effect' },
    { ...DEFAULT_INDICATOR_SET.indicators[2], category: 'effect' },
  ],
};
