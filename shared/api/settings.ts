// What the administrator sets and every extension pulls: rule points and warning windows,
// per-case thresholds, adapters for host systems, and holiday-calendar overrides.
import { z } from 'zod';
import { CivilDateSchema, InstantSchema, PointsSchema, RuleIdSchema, SlugSchema, reasonText } from './common';
import { ThresholdsSchema } from './ledger';

function unique<T>(key: (item: T) => string, what: string) {
  return (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const k = key(item);
      if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [i], message: `duplicate ${what} ${k}` });
      seen.add(k);
    });
  };
}

export const RuleSettingSchema = z.strictObject({
  ruleId: RuleIdSchema,
  enabled: z.boolean(),
  /** Overrides of the rule's `meta.points` by kind, e.g. `{ "missing": 6, "late": 4 }`. */
  points: z.record(SlugSchema, PointsSchema),
  /** Days before the due date the light turns yellow; null keeps the rule's default. */
  warningDays: z.int().min(0).max(60).nullable(),
});
export type RuleSetting = z.infer<typeof RuleSettingSchema>;

/** PUT body: replaces the whole configuration. Rules not listed keep their built-in defaults. */
export const RuleConfigUpdateSchema = z.strictObject({
  rules: z.array(RuleSettingSchema).max(1000).superRefine(unique((r: RuleSetting) => r.ruleId, 'rule')),
  thresholds: ThresholdsSchema,
});
export type RuleConfigUpdate = z.infer<typeof RuleConfigUpdateSchema>;

export const RuleConfigSchema = z.strictObject({
  ...RuleConfigUpdateSchema.shape,
  updatedAt: InstantSchema.nullable(),
});
export type RuleConfig = z.infer<typeof RuleConfigSchema>;

/** A field locator: exactly one of label, selector or name, as in design.md (Adapter). */
export const AdapterLocatorSchema = z.strictObject({
  label: z.string().min(1).max(200).optional(),
  selector: z.string().min(1).max(500).optional(),
  name: z.string().min(1).max(200).optional(),
  parse: z.string().min(1).max(50).optional(),
  map: z.record(z.string().max(200), z.string().max(200)).optional(),
}).refine((l) => [l.label, l.selector, l.name].filter((v) => v !== undefined).length === 1, {
  message: 'give exactly one of label, selector or name',
});

/** An adapter maps one host system's forms to case fields: data, not code. */
export const AdapterSchema = z.strictObject({
  id: SlugSchema,
  name: z.string().min(1).max(200),
  version: z.int().min(1),
  /** Match patterns of the host pages, e.g. `http://127.0.0.1/*`. */
  match: z.array(z.string().min(1).max(500)).min(1).max(50),
  fields: z.record(z.string().min(1).max(100).regex(/^[A-Za-z][A-Za-z0-9]*$/, 'expected a case field id'), AdapterLocatorSchema),
});
export type Adapter = z.infer<typeof AdapterSchema>;

export const AdaptersUpdateSchema = z.strictObject({
  adapters: z.array(AdapterSchema).max(200).superRefine(unique((a: Adapter) => a.id, 'adapter')),
});
export type AdaptersUpdate = z.infer<typeof AdaptersUpdateSchema>;

export const AdaptersResponseSchema = z.strictObject({
  adapters: z.array(AdapterSchema),
  updatedAt: InstantSchema.nullable(),
});
export type AdaptersResponse = z.infer<typeof AdaptersResponseSchema>;

export const CalendarOverrideSchema = z.strictObject({
  date: CivilDateSchema,
  /** holiday: a rest day the bundled calendar misses; workday: a make-up working day (调休). */
  kind: z.enum(['holiday', 'workday']),
  note: reasonText(200).optional(),
});
export type CalendarOverride = z.infer<typeof CalendarOverrideSchema>;

/** PUT body and GET answer: the whole list, replacing the previous one. */
export const CalendarOverridesSchema = z.strictObject({
  overrides: z.array(CalendarOverrideSchema).max(2000).superRefine(unique((o: CalendarOverride) => o.date, 'date')),
});
export type CalendarOverrides = z.infer<typeof CalendarOverridesSchema>;
