// Sync: the extension posts batches of DefectEvents; the companion ignores ids it has seen.
// Identity and unit come from the bearer token, never from here. No suspect names, no case facts.
import { z } from 'zod';
import {
  CaseNumberSchema, CivilDateSchema, IdSchema, InstantSchema, LightSchema, OccurrenceKeySchema,
  PointsSchema, ProcedureSchema, RuleIdSchema, reasonText,
} from './common';

export const DefectEventKindSchema = z.enum(['observed', 'rectified', 'objected']);
export type DefectEventKind = z.infer<typeof DefectEventKindSchema>;

export const OBJECTION_REASON_MAX = 500;

export const DefectEventSchema = z.strictObject({
  /** Made by the client (crypto.randomUUID()); the idempotency key. */
  id: IdSchema,
  /** observed: the finding was seen (red accrues points once); rectified: it turned green later; objected: 异议. */
  kind: DefectEventKindSchema,
  caseNumber: CaseNumberSchema,
  ruleId: RuleIdSchema,
  ruleVersion: z.int().min(1).max(1_000_000),
  occurrenceKey: OccurrenceKeySchema,
  light: LightSchema,
  /** Points of a red finding; 0 otherwise. */
  points: PointsSchema,
  due: CivilDateSchema.optional(),
  observedAt: InstantSchema,
  procedure: ProcedureSchema,
  /** Training-mode findings are stored apart and never counted. */
  training: z.boolean(),
  /** Required when kind is `objected`, absent otherwise. */
  objectionReason: reasonText(OBJECTION_REASON_MAX).optional(),
}).superRefine((e, ctx) => {
  if (e.kind === 'objected' && e.objectionReason === undefined) {
    ctx.addIssue({ code: 'custom', path: ['objectionReason'], message: 'required when kind is objected (1–500 characters)' });
  }
  if (e.kind !== 'objected' && e.objectionReason !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['objectionReason'], message: 'only allowed when kind is objected' });
  }
});
export type DefectEvent = z.infer<typeof DefectEventSchema>;

export const EVENT_BATCH_MAX = 500;

export const EventBatchSchema = z.strictObject({
  events: z.array(DefectEventSchema).min(1).max(EVENT_BATCH_MAX),
});
export type EventBatch = z.infer<typeof EventBatchSchema>;

/** The whole batch is stored (accepted) or was already stored (duplicates): drop all of it from the outbox. */
export const EventBatchResultSchema = z.strictObject({
  accepted: z.int().min(0),
  duplicates: z.int().min(0),
});
export type EventBatchResult = z.infer<typeof EventBatchResultSchema>;
