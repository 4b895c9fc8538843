// Sync: the extension posts batches of DefectEvents; the companion ignores ids it has seen.
// Identity and unit come from the bearer token, never from here. No suspect names, no case facts.
import { z } from 'zod';
import { EVENT_BATCH_MAX, OBJECTION_REASON_MAX } from './limits';
import {
  CaseNumberSchema, CivilDateSchema, IdSchema, InstantSchema, LightSchema, OccurrenceKeySchema,
  PointsSchema, ProcedureSchema, RuleIdSchema, SlugSchema, reasonText,
} from './common';

export { EVENT_BATCH_MAX, OBJECTION_REASON_MAX };

export const DefectEventKindSchema = z.enum(['observed', 'rectified', 'objected']);
export type DefectEventKind = z.infer<typeof DefectEventKindSchema>;

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
  /**
   * The finding's outcome: the rule's message id (`missing`, `late`, …). The companion books the
   * points its rule configuration gives this outcome. Absent in events from older extensions: a
   * red one then books the most any red outcome of the rule books.
   */
  messageId: SlugSchema.optional(),
  /** Points the client saw on a red finding (0 otherwise): a hint only, logged when the companion books otherwise. */
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

export const EventBatchSchema = z.strictObject({
  events: z.array(DefectEventSchema).min(1).max(EVENT_BATCH_MAX),
});
export type EventBatch = z.infer<typeof EventBatchSchema>;

/** What POST /events reads first: each event is then checked on its own, so one bad event is refused by itself. */
export const EventBatchEnvelopeSchema = z.strictObject({
  events: z.array(z.unknown()).min(1).max(EVENT_BATCH_MAX),
});

/** An event refused by itself while the rest of its batch was stored. */
export const RejectedEventSchema = z.strictObject({
  id: IdSchema,
  /** The event's field that was wrong, e.g. `messageId`, `observedAt`, `kind`. */
  field: z.string(),
  /** Why, in Chinese and English (`中文 / English`). */
  reason: z.string(),
});
export type RejectedEvent = z.infer<typeof RejectedEventSchema>;

/**
 * Every event of the batch is stored (accepted), was already stored (duplicates) or was refused by
 * itself (rejected, with the field and reason): all of them leave the outbox. A batch in which every
 * event is refused answers 400 instead, naming each field.
 */
export const EventBatchResultSchema = z.strictObject({
  accepted: z.int().min(0),
  duplicates: z.int().min(0),
  rejected: z.array(RejectedEventSchema),
});
export type EventBatchResult = z.infer<typeof EventBatchResultSchema>;
