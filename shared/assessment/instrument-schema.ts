// The instrument's schema: what an administrator may PUT (and what GET answers). Beyond the shape:
// item ids unique and kebab-case, every group present, bands in increasing order with the first
// open below, band ids not the reserved override ids, and each group having at least one item.
import { z } from 'zod';
import { ASSESSMENT_GROUPS, BAND_SUGGESTIONS, type AssessmentInstrument } from './instrument';
import { OVERRIDE_BANDS } from './score';

const kebab = z.string().min(1).max(60).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected kebab-case: a-z, 0-9 and -');
const text = (max: number) => z.strictObject({ zh: z.string().trim().min(1).max(max), en: z.string().trim().min(1).max(max) });

export const AssessmentItemSchema = z.strictObject({
  id: kebab,
  group: z.enum(ASSESSMENT_GROUPS),
  weight: z.int().min(-50).max(50),
  text: text(300),
  basis: text(300),
});

export const AssessmentBandSchema = z.strictObject({
  id: kebab.refine((id) => !(OVERRIDE_BANDS as readonly string[]).includes(id), 'mandatory and excluded are reserved for the legal overrides'),
  label: text(60),
  from: z.int().min(-1000).max(1000).optional(),
  suggests: z.enum(BAND_SUGGESTIONS),
  conclusion: text(300),
});

export const AssessmentGroupSchema = z.strictObject({ id: z.enum(ASSESSMENT_GROUPS), label: text(60), basis: text(300) });

const BodyShape = {
  title: text(120),
  calibration: z.enum(['starting-point', 'local']),
  note: text(1000),
  groups: z.array(AssessmentGroupSchema).length(ASSESSMENT_GROUPS.length),
  items: z.array(AssessmentItemSchema).min(1).max(200),
  bands: z.array(AssessmentBandSchema).min(2).max(10),
};

type Body = z.infer<z.ZodObject<typeof BodyShape>>;

function invariants(v: Body, ctx: z.RefinementCtx): void {
  const groups = new Set(v.groups.map((g) => g.id));
  if (groups.size !== ASSESSMENT_GROUPS.length) ctx.addIssue({ code: 'custom', path: ['groups'], message: 'each group (personal, offence, obstruction) exactly once' });
  const seen = new Set<string>();
  v.items.forEach((item, i) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `duplicate item id ${item.id}` });
    seen.add(item.id);
  });
  for (const g of ASSESSMENT_GROUPS) {
    if (!v.items.some((i) => i.group === g)) ctx.addIssue({ code: 'custom', path: ['items'], message: `group ${g} has no item` });
  }
  const bandIds = new Set<string>();
  v.bands.forEach((b, i) => {
    if (bandIds.has(b.id)) ctx.addIssue({ code: 'custom', path: ['bands', i, 'id'], message: `duplicate band id ${b.id}` });
    bandIds.add(b.id);
    if (i === 0 && b.from !== undefined) ctx.addIssue({ code: 'custom', path: ['bands', 0, 'from'], message: 'the first band is open below: leave out from' });
    if (i > 0 && b.from === undefined) ctx.addIssue({ code: 'custom', path: ['bands', i, 'from'], message: 'required after the first band' });
    const prev = v.bands[i - 1]?.from;
    if (i > 1 && b.from !== undefined && prev !== undefined && b.from <= prev) ctx.addIssue({ code: 'custom', path: ['bands', i, 'from'], message: 'bands must be in increasing order of from' });
  });
}

/** The body of PUT /assessment-instrument: everything but the version (the companion numbers it). */
export const AssessmentInstrumentBodySchema = z.strictObject(BodyShape).superRefine(invariants);
export type AssessmentInstrumentBody = z.infer<typeof AssessmentInstrumentBodySchema>;

/** GET /assessment-instrument: the version in force. */
export const AssessmentInstrumentSchema = z.strictObject({
  version: z.int().min(1),
  ...BodyShape,
  /** When this version came into force (null for the built-in one). */
  updatedAt: z.iso.datetime({ offset: true }).nullable(),
}).superRefine(invariants);
export type AssessmentInstrumentAnswer = z.infer<typeof AssessmentInstrumentSchema>;

/** Checks the invariants of a whole instrument (the built-in one in tests; a stored one on load). */
export function checkInstrument(i: AssessmentInstrument): string[] {
  const { version: _v, ...body } = i;
  const r = AssessmentInstrumentBodySchema.safeParse(body);
  return r.success ? [] : r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`);
}
