// defineRule: identity at runtime, types at compile time — `check` may only name its own messageIds.
import type { CaseSnapshot } from '../../case';
import type { CheckResult, Rule, RuleContext, RuleMeta } from './types';

/**
 * Declares a rule. The meta is validated by RuleMetaSchema in the catalogue meta-test, not at
 * load time, so the extension starts without parsing every rule.
 *
 * @example
 * export default defineRule({
 *   meta: { id: 'notice-suspect-counsel-3d', messages: { late: { light: 'red', zh: '…', en: '…' } }, … },
 *   applies: (c) => c.procedure === 'prosecution-review',
 *   check: (c, ctx) => ({ messageId: 'late' }),
 * });
 */
export function defineRule<const M extends RuleMeta>(rule: {
  meta: M;
  applies: (snapshot: CaseSnapshot) => boolean;
  check: (snapshot: CaseSnapshot, ctx: RuleContext) => CheckResult<keyof M['messages'] & string>;
}): Rule<keyof M['messages'] & string> {
  return Object.freeze(rule);
}
