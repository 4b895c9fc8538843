// The quarterly 晒案 list: every defect first seen in the quarter, for the units the caller may see.
import { z } from 'zod';
import { CaseNumberSchema, CivilDateSchema, OccurrenceKeySchema, PointsSchema, QuarterSchema, RuleIdSchema, UnitCodeSchema, YearSchema } from './common';
import { ObjectionStatusSchema } from './ledger';

export const QuarterlyReportQuerySchema = z.strictObject({
  year: YearSchema,
  quarter: QuarterSchema,
  format: z.enum(['json', 'csv', 'xlsx']).default('json'),
  unit: UnitCodeSchema.optional(),
  /** Only the first rows (1–100): the reports page's preview of what the download will hold. */
  limit: z.coerce.number().int().min(1).max(100).optional(),
});
export type QuarterlyReportQuery = z.infer<typeof QuarterlyReportQuerySchema>;

export const QuarterlyReportRowSchema = z.strictObject({
  unitCode: UnitCodeSchema,
  unitName: z.string(),
  prosecutor: z.string(),
  caseNumber: CaseNumberSchema,
  ruleId: RuleIdSchema,
  occurrenceKey: OccurrenceKeySchema,
  /** Civil date (Asia/Shanghai) of the first red observation. */
  observedOn: CivilDateSchema,
  points: PointsSchema,
  rectified: z.boolean(),
  voided: z.boolean(),
  voidReason: z.string().nullable(),
  objection: ObjectionStatusSchema.nullable(),
});
export type QuarterlyReportRow = z.infer<typeof QuarterlyReportRowSchema>;

export const QuarterlyReportSchema = z.strictObject({
  year: z.int(),
  quarter: z.int(),
  rows: z.array(QuarterlyReportRowSchema),
});
export type QuarterlyReport = z.infer<typeof QuarterlyReportSchema>;
