// Objections (异议): a prosecutor objects to one of their defects; a supervisor above decides.
import { z } from 'zod';
import { CaseNumberSchema, IdSchema, InstantSchema, OccurrenceKeySchema, PointsSchema, RuleIdSchema, UnitCodeSchema, YearSchema, reasonText } from './common';
import { OBJECTION_REASON_MAX } from './limits';
import { ObjectionStatusSchema } from './ledger';

export const ObjectionCreateSchema = z.strictObject({
  defectId: IdSchema,
  reason: reasonText(OBJECTION_REASON_MAX),
});
export type ObjectionCreate = z.infer<typeof ObjectionCreateSchema>;

export const ObjectionDecisionSchema = z.strictObject({
  /** accepted voids the defect's points (the reason is kept); rejected leaves them. */
  decision: z.enum(['accepted', 'rejected']),
  reason: reasonText(OBJECTION_REASON_MAX),
});
export type ObjectionDecision = z.infer<typeof ObjectionDecisionSchema>;

export const ObjectionParamsSchema = z.strictObject({ id: IdSchema });

/** Page size of GET /objections when `limit` is not given, and the largest page. */
export const OBJECTIONS_DEFAULT_LIMIT = 100;
export const OBJECTIONS_MAX_LIMIT = 1000;

export const ObjectionListQuerySchema = z.strictObject({
  status: ObjectionStatusSchema.optional(),
  year: YearSchema.optional(),
  /** Only objections to this prosecutor's defects (within what the caller may see). */
  user: IdSchema.optional(),
  /** `newest` (default) or `oldest` first, by filing time: a queue is worked oldest first. */
  order: z.enum(['newest', 'oldest']).optional(),
  /** At most this many objections (default 100, at most 1000). */
  limit: z.coerce.number().int().min(1).max(OBJECTIONS_MAX_LIMIT).optional(),
  /** Skip this many of the ordered list (default 0). */
  offset: z.coerce.number().int().min(0).max(10_000_000).optional(),
});
export type ObjectionListQuery = z.infer<typeof ObjectionListQuerySchema>;

export const ObjectionSchema = z.strictObject({
  id: IdSchema,
  defectId: IdSchema,
  caseNumber: CaseNumberSchema,
  ruleId: RuleIdSchema,
  occurrenceKey: OccurrenceKeySchema,
  points: PointsSchema,
  userId: IdSchema,
  userName: z.string(),
  unitCode: UnitCodeSchema,
  reason: z.string(),
  filedAt: InstantSchema,
  status: ObjectionStatusSchema,
  decidedBy: IdSchema.nullable(),
  decidedByName: z.string().nullable(),
  decisionReason: z.string().nullable(),
  decidedAt: InstantSchema.nullable(),
});
export type Objection = z.infer<typeof ObjectionSchema>;

export const ObjectionListResponseSchema = z.strictObject({
  /** How many objections match in all (every page). */
  total: z.int().min(0),
  /** The page: `limit` and `offset` as applied. */
  limit: z.int().min(1),
  offset: z.int().min(0),
  order: z.enum(['newest', 'oldest']),
  objections: z.array(ObjectionSchema),
});
export type ObjectionListResponse = z.infer<typeof ObjectionListResponseSchema>;
