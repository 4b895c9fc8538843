// Building blocks of the companion API: identifiers, dates and the bilingual error body.
import { z } from 'zod';
import { LIGHTS, type Light } from '../light';

/** No control characters: these strings end up in CSV/XLSX cells and log lines. */
// eslint-disable-next-line no-control-regex -- rejecting control characters is the point
const printable = /^[^\u0000-\u001f\u007f]+$/;

/** `YYYY-MM-DD`, a real calendar date (2025-02-30 and 2025-02-29 are rejected). */
export const CivilDateSchema = z.iso.date();

/** An instant with its offset, e.g. `2025-09-08T09:30:00+08:00` or `2025-09-08T01:30:00.000Z`. */
export const InstantSchema = z.iso.datetime({ offset: true });

/** 案号 as the host system prints it, e.g. `苏检刑诉受〔2025〕320102000123号`. Never a name. */
export const CaseNumberSchema = z.string().min(1).max(100).regex(printable, 'no control characters');

/** Kebab-case ids: rule ids (`notice-suspect-counsel-3d`), procedures (`prosecution-review`), adapter ids. */
export const SlugSchema = z.string().min(1).max(100).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected kebab-case: a-z, 0-9 and -');
export const RuleIdSchema = SlugSchema;
/** The case-handling stage (shared/case PROCEDURES), or `unknown` when the page does not say. */
export const ProcedureSchema = SlugSchema;

/** One occurrence of a rule in a case (e.g. the acceptance date its deadline ran from). */
export const OccurrenceKeySchema = z.string().min(1).max(200).regex(printable, 'no control characters');

export const LightSchema = z.enum(LIGHTS);
export type { Light };

/** Defect points of one occurrence: whole numbers (the ledger sums them in SQL). */
export const PointsSchema = z.int().min(0).max(100);

/** 单位编码, e.g. `320102`. */
export const UnitCodeSchema = z.string().min(1).max(32).regex(/^[A-Za-z0-9_-]+$/, 'expected letters, digits, _ or -');

export const RoleSchema = z.enum(['prosecutor', 'supervisor', 'trainer', 'admin']);
export type Role = z.infer<typeof RoleSchema>;

export const IdSchema = z.uuid();

/** A person-readable text with a length cap (reasons, notes). */
export const reasonText = (max: number) => z.string().trim().min(1).max(max);

export const YearSchema = z.coerce.number().int().min(2000).max(2100);
export const QuarterSchema = z.coerce.number().int().min(1).max(4);

export const BilingualSchema = z.strictObject({ zh: z.string(), en: z.string() });

/** Every 4xx answer. 5xx answers are exactly `{ "message": "Internal Server Error" }`. */
export const ErrorBodySchema = z.strictObject({
  error: z.string().meta({ description: 'machine-readable code, e.g. invalid-request, forbidden' }),
  message: z.string(),
  reason: BilingualSchema,
  details: z.unknown().optional(),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** The `details` of a 400: each bad field with what was wrong. */
export const FieldIssueSchema = z.strictObject({ field: z.string(), message: z.string() });
export type FieldIssue = z.infer<typeof FieldIssueSchema>;

export const InternalErrorBodySchema = z.strictObject({ message: z.literal('Internal Server Error') });
