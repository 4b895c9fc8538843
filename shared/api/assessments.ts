// 社会危险性量化评估 (issue 11): the instrument (GET/PUT /assessment-instrument) and the assessments
// the extension syncs (POST /assessments), and the per-unit summary the dashboard shows. An
// assessment leaves the browser as ids and figures only: case number, instrument version, item ids,
// score, band, decision, whether a reason was given against the band, when. Never the evidence
// references, the reason's text, the arrest conditions or the drafted paragraph.
import { z } from 'zod';
import { BAND_SUGGESTIONS } from '../assessment/instrument';
import { DECISIONS } from '../assessment/score';
import { AssessmentInstrumentBodySchema, AssessmentInstrumentSchema } from '../assessment/instrument-schema';
import { CaseNumberSchema, IdSchema, InstantSchema, UnitCodeSchema, YearSchema } from './common';
import { RejectedEventSchema } from './events';

export { AssessmentInstrumentBodySchema, AssessmentInstrumentSchema };

export const ASSESSMENT_BATCH_MAX = 200;

const ItemIdSchema = z.string().min(1).max(60).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected kebab-case');

export const ArrestDecisionSchema = z.enum(DECISIONS);

export const AssessmentRecordSchema = z.strictObject({
  /** Made by the client; the idempotency key (per user). */
  id: IdSchema,
  caseNumber: CaseNumberSchema,
  instrumentVersion: z.int().min(1),
  /** The ticked items (ids of that instrument version). */
  itemIds: z.array(ItemIdSchema).max(200),
  score: z.int().min(-10_000).max(10_000),
  /** The score band's id, or `mandatory` / `excluded` when the law decides (刑诉法 81③; 规则 139). */
  band: ItemIdSchema,
  /** The prosecutor's decision. */
  decision: ArrestDecisionSchema,
  /** The decision goes against the band; then a reason was written (its text stays in the browser). */
  againstBand: z.boolean(),
  /** Training-system cases are kept apart. */
  training: z.boolean(),
  assessedAt: InstantSchema,
});
export type AssessmentRecord = z.infer<typeof AssessmentRecordSchema>;

export const AssessmentBatchSchema = z.strictObject({ assessments: z.array(AssessmentRecordSchema).min(1).max(ASSESSMENT_BATCH_MAX) });
export const AssessmentEnvelopeSchema = z.strictObject({ assessments: z.array(z.unknown()).min(1).max(ASSESSMENT_BATCH_MAX) });
export const AssessmentBatchResultSchema = z.strictObject({
  accepted: z.int().min(0),
  duplicates: z.int().min(0),
  rejected: z.array(RejectedEventSchema),
});
export type AssessmentBatchResult = z.infer<typeof AssessmentBatchResultSchema>;

export const AssessmentSummaryQuerySchema = z.strictObject({
  year: YearSchema.optional(),
  /** This unit and those below it (within what the caller may see). */
  unit: UnitCodeSchema.optional(),
  /** Training assessments instead of real ones. */
  training: z.enum(['true', 'false']).optional(),
});

export const AssessmentCellSchema = z.strictObject({
  band: z.string(),
  decision: ArrestDecisionSchema,
  count: z.int().min(0),
});

export const AssessmentUnitSummarySchema = z.strictObject({
  unitCode: UnitCodeSchema,
  unitName: z.string(),
  /** Cases assessed (the latest assessment of each case counts). */
  cases: z.int().min(0),
  /** Of those, decided against their band. */
  againstBand: z.int().min(0),
  /** band × decision counts. */
  cells: z.array(AssessmentCellSchema),
});

export const AssessmentSummarySchema = z.strictObject({
  year: z.int(),
  training: z.boolean(),
  /** Band ids in order (the instrument's, then mandatory and excluded), with their labels. */
  bands: z.array(z.strictObject({ id: z.string(), label: z.strictObject({ zh: z.string(), en: z.string() }), suggests: z.enum(BAND_SUGGESTIONS) })),
  units: z.array(AssessmentUnitSummarySchema),
  /** The latest assessments (newest first, at most 50): case number, band, decision. */
  recent: z.array(z.strictObject({
    caseNumber: CaseNumberSchema, unitCode: UnitCodeSchema, userName: z.string(), instrumentVersion: z.int(),
    score: z.int(), band: z.string(), decision: ArrestDecisionSchema, againstBand: z.boolean(), assessedAt: InstantSchema,
  })),
});
export type AssessmentSummary = z.infer<typeof AssessmentSummarySchema>;
