// What the administrator sets and every extension pulls: rule points and warning windows,
// per-case thresholds, adapters for host systems, and holiday-calendar overrides.
import { z } from 'zod';
import { CivilDateSchema, IdSchema, InstantSchema, PointsSchema, RuleIdSchema, SlugSchema, reasonText } from './common';
import { ThresholdsSchema } from './ledger';
import { createAdapterSchema } from '../adapters/schema';
import { isFieldId } from '../case/fields';

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
  /**
   * The unit adopts the rule's unit-policy limits (the catalogue's [配置] periods, messages marked
   * `policy`): their breaches light red and book points. Absent or false: yellow, no points.
   */
  adopted: z.boolean().optional(),
  /** The unit acts by the nominal expiry where 刑诉法 105 ④ moves a due date off a rest day (yellow, no points). */
  internalNominalDue: z.boolean().optional(),
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
  /**
   * The version in force: each PUT makes a new one and the old ones are kept (the companion books a
   * defect's points at the version in force when it was first observed); 0 while none was ever set.
   * Optional so that a copy stored by an older extension still reads.
   */
  version: z.int().min(0).optional(),
});
export type RuleConfig = z.infer<typeof RuleConfigSchema>;

export const RuleConfigVersionSchema = z.strictObject({
  version: z.int().min(1),
  /** When it came into force (the PUT that made it). */
  inForceFrom: InstantSchema,
  /** The administrator who set it; null for the version a migration recorded. */
  setBy: IdSchema.nullable(),
  ...RuleConfigUpdateSchema.shape,
});
export type RuleConfigVersion = z.infer<typeof RuleConfigVersionSchema>;

/** GET /rule-config/history: every version, newest first. Before the first, the rules' built-in defaults applied. */
export const RuleConfigHistorySchema = z.strictObject({ versions: z.array(RuleConfigVersionSchema) });
export type RuleConfigHistory = z.infer<typeof RuleConfigHistorySchema>;

/**
 * An adapter maps one host system's forms to case fields: data, not code. The format is
 * shared/adapters' (checked against the case-field registry), so what the companion serves the
 * extension accepts.
 */
export const AdapterSchema = createAdapterSchema({ isKnownField: isFieldId });
export type Adapter = z.infer<typeof AdapterSchema>;

export const AdaptersUpdateSchema = z.strictObject({
  adapters: z.array(AdapterSchema).max(200).superRefine(unique((a: Adapter) => a.id, 'adapter')),
});
export type AdaptersUpdate = z.infer<typeof AdaptersUpdateSchema>;

/** One published version of an adapter, as the companion keeps it. */
export const AdapterVersionSchema = z.strictObject({
  version: z.number().int().min(1),
  publishedAt: InstantSchema,
  /** The administrator who published it; null for the version the migration recorded. */
  publishedBy: IdSchema.nullable(),
  /** The version this one restored (POST /adapters/:id/rollback), else null. */
  rollbackOf: z.number().int().min(1).nullable(),
  adapter: AdapterSchema,
});
export type AdapterVersion = z.infer<typeof AdapterVersionSchema>;

/** GET /adapters/:id/versions: every version of one adapter, newest first. */
export const AdapterVersionsSchema = z.strictObject({ id: z.string(), versions: z.array(AdapterVersionSchema) });
export type AdapterVersions = z.infer<typeof AdapterVersionsSchema>;

export const AdapterParamsSchema = z.strictObject({ id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/) });

/** POST /adapters/:id/rollback: publish that earlier version again, as a new version. */
export const AdapterRollbackSchema = z.strictObject({ version: z.number().int().min(1) });
export type AdapterRollback = z.infer<typeof AdapterRollbackSchema>;

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
