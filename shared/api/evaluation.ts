// Issue 11: the leaders' case report (云南 领导干部带头办案), the units' 综合评价 (天津) with its
// indicator set and objections to a figure, and the chief prosecutors' evaluation by tenure (黑龙江).
import { z } from 'zod';
import {
  CATEGORIES, FIGURES, MAX_POSITIVE, MIN_NEGATIVE, validateIndicatorSet, type FigureId, type IndicatorSet,
} from '../evaluation/index';
import { BilingualSchema, CivilDateSchema, IdSchema, InstantSchema, SlugSchema, UnitCodeSchema, YearSchema, reasonText } from './common';
import { OBJECTION_REASON_MAX } from './limits';
import { ObjectionStatusSchema } from './ledger';

export const ReportFormatSchema = z.enum(['json', 'csv', 'xlsx']).default('json');
export const MonthSchema = z.coerce.number().int().min(1).max(12);

// ── 领导干部带头办案 ─────────────────────────────────────────────────────────────

export const LeadersReportQuerySchema = z.strictObject({
  year: YearSchema,
  month: MonthSchema,
  /** This unit and those below it (within what the caller may see). */
  unit: UnitCodeSchema.optional(),
  format: ReportFormatSchema,
});
export type LeadersReportQuery = z.infer<typeof LeadersReportQuerySchema>;

export const LeaderMonthSchema = z.strictObject({
  month: z.int().min(1).max(12),
  accepted: z.int().min(0),
  concluded: z.int().min(0),
  difficult: z.int().min(0),
});
export type LeaderMonth = z.infer<typeof LeaderMonthSchema>;

export const LeaderRowSchema = z.strictObject({
  userId: IdSchema,
  userName: z.string(),
  unitCode: UnitCodeSchema,
  unitName: z.string(),
  /** Cases the leader accepted (受理日期) in the month. */
  accepted: z.int().min(0),
  /** Cases the leader concluded (办结日期) in the month. */
  concluded: z.int().min(0),
  /** Cases accepted in the month by everyone of the leader's unit. */
  unitAccepted: z.int().min(0),
  /** accepted / unitAccepted; null when the unit accepted none. */
  share: z.number().min(0).max(1).nullable(),
  /** Of the leader's cases accepted or concluded in the month, those marked 重大疑难复杂. */
  difficult: z.int().min(0),
  /** Red defects neither rectified nor voided on the cases the leader handles (anyone's). */
  openDefects: z.int().min(0),
  /** The year month by month (1–12): the dashboard's trend. */
  months: z.array(LeaderMonthSchema),
});
export type LeaderRow = z.infer<typeof LeaderRowSchema>;

export const LeadersReportSchema = z.strictObject({
  year: z.int(),
  month: z.int(),
  rows: z.array(LeaderRowSchema),
});
export type LeadersReport = z.infer<typeof LeadersReportSchema>;

// ── 综合评价指标 ─────────────────────────────────────────────────────────────────

const figureIds = Object.keys(FIGURES) as [FigureId, ...FigureId[]];
const FigureIdSchema = z.enum(figureIds);

export const FormulaSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('ratio'), numerator: FigureIdSchema, denominator: FigureIdSchema, scale: z.union([z.literal(1), z.literal(100)]) }),
  z.strictObject({ kind: z.literal('count'), figure: FigureIdSchema }),
]);

const categoryIds = Object.keys(CATEGORIES) as ['quality', 'efficiency', 'effect'];

export const IndicatorSchema = z.strictObject({
  id: SlugSchema,
  label: z.strictObject({ zh: z.string().min(1).max(100), en: z.string().min(1).max(200) }),
  formula: FormulaSchema,
  direction: z.enum(['higher-better', 'lower-better']),
  polarity: z.enum(['positive', 'negative']),
  rigid: z.boolean().optional(),
  threshold: z.number().min(0).max(1_000_000),
  category: z.enum(categoryIds),
});

/**
 * An indicator set: at most 5 positive and at least 2 negative indicators (天津: 正向不多于5个、负向不少于2个),
 * ids unique, rigid indicators negative. Each problem is reported in Chinese and English. PUT takes the
 * shape (`IndicatorSetShapeSchema`) and answers the set's problems as one 400 naming each of them.
 */
export const IndicatorSetShapeSchema = z.strictObject({
  id: z.string().min(1).max(64).regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, . _ -'),
  label: z.strictObject({ zh: z.string().min(1).max(200), en: z.string().min(1).max(300) }),
  indicators: z.array(IndicatorSchema).min(1).max(30),
});
export const IndicatorSetSchema = IndicatorSetShapeSchema.superRefine((set, ctx) => {
  for (const p of validateIndicatorSet(set as IndicatorSet)) {
    ctx.addIssue({ code: 'custom', path: p.path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)), message: `${p.zh} / ${p.en}` });
  }
});
export type IndicatorSetInput = z.infer<typeof IndicatorSetSchema>;

export const IndicatorSetResponseSchema = z.strictObject({
  set: IndicatorSetSchema,
  /** True for the built-in set (never changed here): a starting point to calibrate locally. */
  builtin: z.boolean(),
  updatedAt: InstantSchema.nullable(),
  limits: z.strictObject({ maxPositive: z.literal(MAX_POSITIVE), minNegative: z.literal(MIN_NEGATIVE) }),
});
export type IndicatorSetResponse = z.infer<typeof IndicatorSetResponseSchema>;

// ── 职务任期 ────────────────────────────────────────────────────────────────────

export const PostKindSchema = z.enum(['chief']);
export const PostSchema = z.strictObject({
  unitCode: UnitCodeSchema,
  /** chief: 检察长 of the unit. */
  post: PostKindSchema,
  startOn: CivilDateSchema,
  /** Last day in the post; null while held. */
  endOn: CivilDateSchema.nullable(),
});
export type PostInput = z.infer<typeof PostSchema>;

export const UserPostsParamsSchema = z.strictObject({ id: IdSchema });
export const UserPostsSchema = z.strictObject({ posts: z.array(PostSchema).max(50) }).superRefine((v, ctx) => {
  v.posts.forEach((p, i) => {
    if (p.endOn !== null && p.endOn < p.startOn) ctx.addIssue({ code: 'custom', path: ['posts', i, 'endOn'], message: '任职结束日期早于开始日期 / the post ends before it starts' });
  });
});
export type UserPosts = z.infer<typeof UserPostsSchema>;

// ── 综合评价报告 ─────────────────────────────────────────────────────────────────

export const EvaluationReportQuerySchema = z.strictObject({
  year: YearSchema,
  /** The units directly below this one are ranked (default: the caller's own unit). */
  unit: UnitCodeSchema.optional(),
  format: ReportFormatSchema,
});
export type EvaluationReportQuery = z.infer<typeof EvaluationReportQuerySchema>;

export const IndicatorClassSchema = z.enum(['positive', 'negative', 'neutral', 'none']);

export const EvaluationObjectionRefSchema = z.strictObject({ id: IdSchema, status: ObjectionStatusSchema });

export const EvaluationValueSchema = z.strictObject({
  indicatorId: SlugSchema,
  /** Null when a ratio has nothing to divide by. */
  value: z.number().nullable(),
  class: IndicatorClassSchema,
  /** False when an objection to this figure was accepted: shown, not counted. */
  counted: z.boolean(),
  /** The latest objection to this figure, if any. */
  objection: EvaluationObjectionRefSchema.nullable(),
});
export type EvaluationValue = z.infer<typeof EvaluationValueSchema>;

const figuresShape = Object.fromEntries(figureIds.map((f) => [f, z.int().min(0)])) as Record<FigureId, z.ZodInt>;
export const FiguresSchema = z.strictObject(figuresShape);

export const EvaluatedUnitSchema = z.strictObject({
  /** 1 = fewest negative, then most positive evaluations; equal counts share a rank. */
  rank: z.int().min(1),
  unitCode: UnitCodeSchema,
  unitName: z.string(),
  figures: FiguresSchema,
  values: z.array(EvaluationValueSchema),
  positives: z.int().min(0),
  negatives: z.int().min(0),
});
export type EvaluatedUnit = z.infer<typeof EvaluatedUnitSchema>;

export const ChiefEvaluationSchema = z.strictObject({
  unitCode: UnitCodeSchema,
  unitName: z.string(),
  periodDays: z.int().min(1),
  holders: z.array(z.strictObject({ userId: IdSchema, userName: z.string(), days: z.int().min(1) })),
  /** The chief the unit's figures count to (more than half the period in the post), or null. */
  attributedTo: z.strictObject({ userId: IdSchema, userName: z.string() }).nullable(),
  /** How the attribution was made, in words. */
  explanation: BilingualSchema,
  /** The 市分院检察长 profile's indicators, each with its group (质量/效率/效果); empty when nobody is attributed. */
  values: z.array(EvaluationValueSchema.extend({ category: z.enum(categoryIds) })),
});
export type ChiefEvaluation = z.infer<typeof ChiefEvaluationSchema>;

export const EvaluationReportSchema = z.strictObject({
  year: z.int(),
  period: z.strictObject({ from: CivilDateSchema, to: CivilDateSchema }),
  unitCode: UnitCodeSchema,
  unitName: z.string(),
  set: IndicatorSetSchema,
  units: z.array(EvaluatedUnitSchema),
  /** How a unit disputes a figure: its supervisor files, a supervisor of a unit above decides. */
  objectionRoute: z.strictObject({ method: z.literal('POST'), path: z.string(), decidedBy: BilingualSchema }),
  chiefProfile: z.strictObject({ label: BilingualSchema, indicators: z.array(IndicatorSchema) }),
  chiefs: z.array(ChiefEvaluationSchema),
});
export type EvaluationReport = z.infer<typeof EvaluationReportSchema>;

// ── 对评价数据的异议 ─────────────────────────────────────────────────────────────

export const EvaluationObjectionCreateSchema = z.strictObject({
  unitCode: UnitCodeSchema,
  year: YearSchema,
  indicatorId: SlugSchema,
  reason: reasonText(OBJECTION_REASON_MAX),
});
export type EvaluationObjectionCreate = z.infer<typeof EvaluationObjectionCreateSchema>;

export const EvaluationObjectionParamsSchema = z.strictObject({ id: IdSchema });

export const EvaluationObjectionSchema = z.strictObject({
  id: IdSchema,
  unitCode: UnitCodeSchema,
  year: z.int(),
  indicatorId: SlugSchema,
  /** The figure as the report showed it when the objection was filed. */
  value: z.number().nullable(),
  reason: z.string(),
  filedBy: IdSchema,
  filedAt: InstantSchema,
  status: ObjectionStatusSchema,
  decidedBy: IdSchema.nullable(),
  decisionReason: z.string().nullable(),
  decidedAt: InstantSchema.nullable(),
});
export type EvaluationObjection = z.infer<typeof EvaluationObjectionSchema>;
