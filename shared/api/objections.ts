// Objections (异议): a prosecutor objects to one of their defects; a supervisor above decides.
import { z } from 'zod';
import { CaseNumberSchema, IdSchema, InstantSchema, OccurrenceKeySchema, PointsSchema, RuleIdSchema, UnitCodeSchema, YearSchema, reasonText } from './common';
import { OBJECTION_REASON_MAX } from './events';
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

export const ObjectionListQuerySchema = z.strictObject({
  status: ObjectionStatusSchema.optional(),
  year: YearSchema.optional(),
});

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

export const ObjectionListResponseSchema = z.strictObject({ objections: z.array(ObjectionSchema) });
