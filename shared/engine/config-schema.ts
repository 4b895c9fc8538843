// Zod schemas of the engine configuration, for input from outside (the companion's routes, the
// background's check of central settings, an admin UI). `evaluate` itself checks a config with the
// plain validator in config.ts, so the content script carries no zod; the type test at the end
// keeps the two shapes the same.
import { z } from 'zod';
import { OptionValueSchema, WarningDaysSchema } from '../rules/lib/meta-schema';
import type { EngineConfig as EngineConfigShape, RuleConfig as RuleConfigShape } from './config';

export const RuleConfigSchema = z.strictObject({
  /** false switches the rule off; true also runs a deprecated rule. */
  enabled: z.boolean().optional(),
  /** Points per red messageId (0 keeps the red light but counts nothing). */
  points: z.record(z.string(), z.number().int().min(0).max(10)).optional(),
  /** Days before the due date the light turns yellow (a number, or per period variant). */
  warningDays: WarningDaysSchema.optional(),
  /** Hours before an hour deadline the light turns yellow. */
  warningHours: z.number().int().min(0).max(72).optional(),
  /** The rule's configurable choices (names and types as in its meta.options). */
  options: z.record(z.string(), OptionValueSchema).optional(),
  /**
   * Adopts the rule's unit-policy limits (its messages marked `policy`: a period the law leaves
   * open, set by the catalogue or the unit). Adopted, their breaches light red with points and the
   * card says the unit adopted them; by default they are yellow without points.
   */
  adopted: z.boolean().optional(),
  /**
   * A stricter internal date: act by the nominal expiry even where 刑诉法 105 ④ moves the due date
   * off a rest day. Missing only that internal date is yellow without points, never red.
   */
  internalNominalDue: z.boolean().optional(),
});

/**
 * Schema of the `config` option of `evaluate`.
 *
 * @example
 * EngineConfigSchema.parse({ rules: { 'prosecution-review-1m': { warningDays: 7, points: { overdue: 5 } } } })
 */
export const EngineConfigSchema = z.strictObject({
  /** Per rule id. Ids this build does not know are ignored (a newer companion); renamed ids are followed. */
  rules: z.record(z.string(), RuleConfigSchema).optional(),
  /** Also return a grey `not-applicable` finding for each rule that does not apply (default false). */
  includeNotApplicable: z.boolean().optional(),
});


type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShapes: [Same<z.infer<typeof RuleConfigSchema>, RuleConfigShape>, Same<z.infer<typeof EngineConfigSchema>, EngineConfigShape>] = [true, true];
void sameShapes;
