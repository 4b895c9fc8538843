// 训练记录: what trainers (and the prosecutors they teach) found and objected to in the training
// system. Stored apart from the ledger (training: true events), never booked; trainers see their own,
// supervisors their units', administrators all.
import { z } from 'zod';
import { CaseNumberSchema, IdSchema, InstantSchema, LightSchema, OccurrenceKeySchema, RuleIdSchema, UnitCodeSchema } from './common';
import { DefectEventKindSchema } from './events';

export const TRAINING_RECORDS_MAX_LIMIT = 500;

export const TrainingRecordsQuerySchema = z.strictObject({
  /** At most this many records (default 100, at most 500), newest first. */
  limit: z.coerce.number().int().min(1).max(TRAINING_RECORDS_MAX_LIMIT).optional(),
  /** Skip this many (default 0). */
  offset: z.coerce.number().int().min(0).max(10_000_000).optional(),
});
export type TrainingRecordsQuery = z.infer<typeof TrainingRecordsQuerySchema>;

export const TrainingRecordSchema = z.strictObject({
  id: IdSchema,
  /** When the light was seen (or rectified, or objected to). */
  at: InstantSchema,
  kind: DefectEventKindSchema,
  caseNumber: CaseNumberSchema,
  ruleId: RuleIdSchema,
  occurrenceKey: OccurrenceKeySchema,
  light: LightSchema,
  messageId: z.string().nullable(),
  /** The points the rule would carry in the ledger (never booked for training). */
  points: z.int().min(0),
  objectionReason: z.string().nullable(),
  userId: IdSchema,
  userName: z.string(),
  unitCode: UnitCodeSchema,
});
export type TrainingRecord = z.infer<typeof TrainingRecordSchema>;

export const TrainingRecordsResponseSchema = z.strictObject({
  total: z.int().min(0),
  limit: z.int().min(1),
  offset: z.int().min(0),
  records: z.array(TrainingRecordSchema),
});
export type TrainingRecordsResponse = z.infer<typeof TrainingRecordsResponseSchema>;
