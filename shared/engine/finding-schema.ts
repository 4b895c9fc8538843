// FindingSchema: a finding as `evaluate` returns it, for checking findings that come from outside
// (stored, sent to a worker). The engine builds findings itself and needs no zod (finding.ts).
import { z } from 'zod';
import { LIGHTS, SEVERITIES } from '../rules/lib/meta';
import { BasisSchema } from '../rules/lib/meta-schema';

const Bilingual = z.strictObject({ zh: z.string(), en: z.string() });
const DataValue = z.union([z.string(), z.number(), z.boolean(), Bilingual]);

/**
 * Schema of a finding as `evaluate` returns it (e.g. for storing findings or sending them to a
 * worker). Private case facts never appear in `data`.
 *
 * @example const stored = z.array(FindingSchema).parse(JSON.parse(text));
 */
export const FindingSchema = z.strictObject({
  ruleId: z.string(),
  /** meta.version of the rule that produced the finding. */
  ruleVersion: z.number().int(),
  /** Catalogue number ('R29'), when the rule is in the catalogue. */
  catalogue: z.string().optional(),
  title: Bilingual,
  severity: z.enum(SEVERITIES),
  light: z.enum(LIGHTS),
  /** The field the light sits beside. */
  anchor: z.string(),
  messageId: z.string(),
  message: Bilingual,
  /** Placeholder values of the message. */
  data: z.record(z.string(), DataValue),
  /** Due date `YYYY-MM-DD` (after the rest-day rule). */
  due: z.string().optional(),
  /** Nominal expiry before the rest-day rule. */
  nominal: z.string().optional(),
  /** Due time `YYYY-MM-DDTHH:mm` of an hour deadline. */
  dueAt: z.string().optional(),
  /** Defect points; present on red findings only. */
  points: z.number().int().min(0).optional(),
  basis: z.array(BasisSchema),
  /** Stable across re-checks of one occurrence; new when the clock restarts. */
  occurrenceKey: z.string(),
  /** Dates computed or relied on, for the panel. */
  dates: z.array(
    z.strictObject({ kind: z.enum(['start', 'nominal', 'due', 'warn-from', 'done', 'info']), label: Bilingual, value: z.string() }),
  ),
  /** Fields whose absence kept the rule from deciding (grey findings). */
  missingFields: z.array(z.string()).optional(),
  /** False when a date examined lies in a year without official holiday data. */
  calendarCovered: z.boolean().optional(),
  /**
   * A limit the law does not set (a unit policy): `adopted` by the unit's rule-config (red, with
   * points) or `not-adopted` (yellow, no points).
   */
  policy: z.enum(['adopted', 'not-adopted']).optional(),
});

export type Finding = z.infer<typeof FindingSchema>;

