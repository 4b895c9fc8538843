// shared/rules: the rule registry (sorted by id) and the pieces a rule is made of.
import { registered } from './catalogue/registry';
import type { Rule } from './lib/types';

/** Every rule, sorted by id. */
export const rules: readonly Rule[] = Object.freeze(
  registered.slice().sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0)),
);

/** Rules by id. */
export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.meta.id, r]));

export { defineRule } from './lib/define-rule';
export { RuleMetaSchema, BasisSchema } from './lib/meta-schema';
export { LIGHTS, SEVERITIES, SEVERITY_MEANINGS, LAWS, BUILTIN_MESSAGES, placeholders } from './lib/meta';
export type { Basis, Light, Severity, LawName, BuiltinMessageId } from './lib/meta';
export type {
  Rule,
  RuleMeta,
  RuleContext,
  Outcome,
  CheckResult,
  DataValue,
  ComputedDate,
  DayDeadline,
  HourDeadline,
  AnyDeadline,
  PendingState,
  DeadlineOptions,
} from './lib/types';
