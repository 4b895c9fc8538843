// Central rule settings (GET /rule-config) → the engine's per-rule settings. One function for both
// sides: the extension evaluates with what it returns and the companion books points with it, so a
// light and the points the ledger charges for it come from the same reading of the configuration.
// Not re-exported from shared/api/index.ts: it pulls in the engine and every rule, which the
// dashboard does not need.
import { resolveConfig, type RuleConfig as EngineRuleConfig } from '../engine';
import { rulesById } from '../rules';
import renamed from '../rules/renamed.json';
import type { RuleSetting } from './settings';

const RENAMED: Readonly<Record<string, string>> = renamed;

export interface CentralRuleSettings {
  enabled?: boolean; points?: Record<string, number>; warningDays?: number; adopted?: boolean; internalNominalDue?: boolean;
}

/**
 * Central rule settings → `EngineConfigSchema`'s `rules`, checked against this build's rules with
 * resolveConfig. Rule ids this build does not know are ignored (a newer companion); renamed ids are
 * followed; a setting the engine refuses (points for a message that is not red, points over 10) is
 * dropped and listed in `problems`.
 *
 * @example centralRules({ rules: [{ ruleId: 'notice-suspect-counsel-3d', enabled: true, points: { late: 9 }, warningDays: null }] }).rules
 * // → { 'notice-suspect-counsel-3d': { enabled: true, points: { late: 9 } } }
 */
export function centralRules(config: { rules: readonly RuleSetting[] } | null): { rules: Record<string, CentralRuleSettings>; problems: { zh: string; en: string }[] } {
  const rules: Record<string, CentralRuleSettings> = {};
  const problems: { zh: string; en: string }[] = [];
  for (const s of config?.rules ?? []) {
    const id = RENAMED[s.ruleId] ?? s.ruleId;
    const rule = rulesById.get(id);
    if (!rule) continue;
    const base: CentralRuleSettings = { enabled: s.enabled };
    if (s.warningDays !== null) base.warningDays = s.warningDays;
    if (s.adopted !== undefined) base.adopted = s.adopted;
    if (s.internalNominalDue !== undefined) base.internalNominalDue = s.internalNominalDue;
    const withPoints: CentralRuleSettings = Object.keys(s.points).length > 0 ? { ...base, points: { ...s.points } } : base;
    const accepts = (c: CentralRuleSettings) => {
      try {
        resolveConfig({ rules: { [id]: c satisfies EngineRuleConfig } }, [rule]);
        return null;
      } catch (e) {
        return e instanceof Error ? e.message : String(e);
      }
    };
    const refused = accepts(withPoints);
    if (refused === null) {
      rules[id] = withPoints;
      continue;
    }
    problems.push({ zh: `规则 ${s.ruleId} 的集中配置未全部采用：${refused}`, en: `central settings of rule ${s.ruleId} not fully applied: ${refused}` });
    if (withPoints !== base && accepts(base) === null) rules[id] = base;
  }
  return { rules, problems };
}
