// The ledger's audit trail: every change to booked points that is not the ledger's own booking —
// an administrator's correction, an objection decided, a new rule-configuration version — with who,
// when, what it was before and after, and the reason.
import { z } from 'zod';
import { IdSchema, InstantSchema, PointsSchema, reasonText } from './common';

export const CORRECTION_REASON_MAX = 500;

/** POST /defects/:id/correction: an administrator sets a booked defect's points, with a reason. */
export const DefectCorrectionSchema = z.strictObject({
  points: PointsSchema,
  reason: reasonText(CORRECTION_REASON_MAX),
});
export type DefectCorrection = z.infer<typeof DefectCorrectionSchema>;

export const DefectParamsSchema = z.strictObject({ id: IdSchema });

export const AuditActionSchema = z.enum(['defect-correction', 'objection-decision', 'rule-config', 'notice-issued', 'notice-replied',
  // issue 11b
  'evaluation-objection-decision', 'evaluation-indicators', 'user-posts',
  // What changes how a page is read or how a date or a suspect is judged: who published it, and what it was before.
  'adapter-publish', 'adapter-rollback', 'calendar-overrides', 'assessment-instrument']);
export type AuditAction = z.infer<typeof AuditActionSchema>;

export const AuditEntrySchema = z.strictObject({
  id: IdSchema,
  at: InstantSchema,
  action: AuditActionSchema,
  /**
   * The defect id, the objection id, the rule-configuration version, the notice id, the adapter id,
   * `calendar` or the assessment-instrument version.
   */
  subject: z.string(),
  actorId: IdSchema.nullable(),
  actorName: z.string().nullable(),
  /** What changed, before and after (e.g. `{ points: 6 }` → `{ points: 2 }`). */
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  reason: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AUDIT_DEFAULT_LIMIT = 100;
export const AUDIT_MAX_LIMIT = 1000;

export const AuditQuerySchema = z.strictObject({
  action: AuditActionSchema.optional(),
  limit: z.coerce.number().int().min(1).max(AUDIT_MAX_LIMIT).optional(),
  offset: z.coerce.number().int().min(0).max(10_000_000).optional(),
});
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

/** Newest first. */
export const AuditResponseSchema = z.strictObject({
  total: z.int().min(0),
  limit: z.int().min(1),
  offset: z.int().min(0),
  entries: z.array(AuditEntrySchema),
});
export type AuditResponse = z.infer<typeof AuditResponseSchema>;
