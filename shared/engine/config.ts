// Engine configuration: per-rule enable/disable, points and warning windows, set by an
// administrator on the companion and shipped to the extension. Validated once per config object.
import type { Rule } from '../rules/lib/types';
import renamed from '../rules/renamed.json';

// The shapes below are checked by hand, not with zod: `evaluate` runs in the content script, which
// carries no zod (its schemas for the companion's and the admin's use are in config-schema.ts, and
// a type test there keeps the two the same).

/** One rule's settings (`config.rules[id]`); the schema and its comments: RuleConfigSchema. */
export interface RuleConfig {
  enabled?: boolean;
  points?: Record<string, number>;
  warningDays?: number | Record<string, number>;
  warningHours?: number;
  options?: Record<string, boolean | number | string>;
  adopted?: boolean;
  internalNominalDue?: boolean;
}

/** The `config` option of `evaluate` (schema: EngineConfigSchema). */
export interface EngineConfig {
  rules?: Record<string, RuleConfig>;
  includeNotApplicable?: boolean;
}

type Check = (v: unknown, path: string) => string | undefined;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const boolean: Check = (v, p) => (typeof v === 'boolean' ? undefined : `${p}: expected a boolean`);
const int = (min: number, max: number): Check => (v, p) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? undefined : `${p}: expected an integer from ${min} to ${max}`;
const recordOf = (each: Check): Check => (v, p) => {
  if (!isRecord(v)) return `${p}: expected an object`;
  for (const [k, x] of Object.entries(v)) {
    const e = each(x, `${p}.${k}`);
    if (e) return e;
  }
  return undefined;
};
const strict = (shape: Record<string, Check>): Check => (v, p) => {
  if (!isRecord(v)) return `${p || '(root)'}: expected an object`;
  for (const [k, x] of Object.entries(v)) {
    const c = shape[k];
    if (!c) return `${p ? `${p}.` : ''}${k}: unrecognized key`;
    const e = x === undefined ? undefined : c(x, p ? `${p}.${k}` : k);
    if (e) return e;
  }
  return undefined;
};
const day = int(0, 60);
const warningDays: Check = (v, p) =>
  typeof v === 'number' ? day(v, p) : (recordOf(day)(v, p) ?? ('default' in (v as object) ? undefined : `${p}: a per-period window needs a "default" key`));
const optionValue: Check = (v, p) => (['boolean', 'number', 'string'].includes(typeof v) ? undefined : `${p}: expected a boolean, number or string`);
const ruleConfig = strict({
  enabled: boolean,
  points: recordOf(int(0, 10)),
  warningDays,
  warningHours: int(0, 72),
  options: recordOf(optionValue),
  adopted: boolean,
  internalNominalDue: boolean,
});
const engineConfig = strict({ rules: recordOf(ruleConfig), includeNotApplicable: boolean });

/** The first problem with `config` as an EngineConfig (`path: reason`), or undefined when it is one. */
export function engineConfigProblem(config: unknown): string | undefined {
  return engineConfig(config, '');
}

/**
 * Thrown by `evaluate`/`resolveConfig` for a bad `today`, `now` or `config` — never for a snapshot.
 *
 * @example
 * try { resolveConfig(adminInput, rules); } catch (e) { if (e instanceof EngineOptionsError) showError(e.message); }
 */
export class EngineOptionsError extends Error {
  override readonly name = 'EngineOptionsError';
}

/** One rule's effective settings. */
export interface ResolvedRuleConfig {
  enabled: boolean;
  points: Readonly<Record<string, number>>;
  warningDays: number | Readonly<Record<string, number>>;
  warningHours: number;
  options: Readonly<Record<string, boolean | number | string>>;
  /** The unit adopted the rule's policy limits: their breaches are red with points. */
  adopted: boolean;
  /** The unit acts by the nominal expiry where the law moves it off a rest day (yellow, no points). */
  internalNominalDue: boolean;
}

const RENAMED: Readonly<Record<string, string>> = renamed;

function defaults(rule: Rule): ResolvedRuleConfig {
  const m = rule.meta;
  return {
    enabled: m.deprecated === undefined,
    points: m.points,
    warningDays: m.warningDays ?? 0,
    warningHours: m.warningHours ?? 4,
    options: m.options ?? {},
    adopted: false,
    internalNominalDue: false,
  };
}

/** Whether `rule` has limits that are a unit's policy rather than the law's (messages marked `policy`). */
export function hasPolicyLimits(rule: Rule): boolean {
  return Object.values(rule.meta.messages).some((m) => m.policy === true);
}

const defaultCache = new WeakMap<Rule, ResolvedRuleConfig>();

/** Settings of `rule` with no configuration. */
export function defaultRuleConfig(rule: Rule): ResolvedRuleConfig {
  let r = defaultCache.get(rule);
  if (r === undefined) defaultCache.set(rule, (r = defaults(rule)));
  return r;
}

function fail(message: string): never {
  throw new EngineOptionsError(`无效引擎配置 / invalid engine config: ${message}`);
}

/**
 * An option rules had before 刑诉法 105 ④ applied to every period. Configs written for those builds
 * keep working: `false` (act by the nominal date) becomes the unit's stricter internal date, now
 * yellow without points; `true` is what the law does anyway.
 */
const RETIRED_POSTPONE = 'postponeOnRestDay';

function merge(rule: Rule, c: RuleConfig): ResolvedRuleConfig {
  const base = defaults(rule);
  const id = rule.meta.id;
  for (const k of Object.keys(c.points ?? {})) {
    if (rule.meta.messages[k]?.light !== 'red') fail(`rules.${id}.points.${k}: not a red message of the rule`);
  }
  const options = { ...c.options };
  let internalNominalDue = c.internalNominalDue;
  if (RETIRED_POSTPONE in options && !(RETIRED_POSTPONE in base.options)) {
    const v = options[RETIRED_POSTPONE];
    if (typeof v !== 'boolean') fail(`rules.${id}.options.${RETIRED_POSTPONE}: expected a boolean`);
    internalNominalDue ??= v === false;
    delete options[RETIRED_POSTPONE];
  }
  for (const [k, v] of Object.entries(options)) {
    const d = base.options[k];
    if (d === undefined) fail(`rules.${id}.options.${k}: no such option`);
    if (typeof d !== typeof v) fail(`rules.${id}.options.${k}: expected a ${typeof d}`);
  }
  if (c.adopted === true && !hasPolicyLimits(rule)) fail(`rules.${id}.adopted: the rule has no unit-policy limits to adopt`);
  return {
    enabled: c.enabled ?? base.enabled,
    points: { ...base.points, ...c.points },
    warningDays: c.warningDays ?? base.warningDays,
    warningHours: c.warningHours ?? base.warningHours,
    options: { ...base.options, ...options },
    adopted: c.adopted ?? base.adopted,
    internalNominalDue: internalNominalDue ?? base.internalNominalDue,
  };
}

/**
 * The rules with per-rule settings applied to copies of them, for a caller that has its settings
 * already validated (the content script: the background checked the central configuration with
 * this same engine) and evaluates without a `config`: a disabled rule is left out; points and
 * warning days are merged exactly as `config.rules[id]` would merge them (`merge` above), and a
 * unit's `adopted` / `internalNominalDue` become the copy's defaults (the content script carries no
 * zod to resolve a `config`); `enabled: true` also runs a deprecated rule. Rules without settings are returned as they are.
 * `resolveRuleSettings` then `withRuleConfigs`: the background does the first (PublicSettings
 * `central.configured`), the content script only the second.
 *
 * @example evaluate(snapshot, { today, rules: configureRules(catalogue, { 'prosecution-review-1m': { warningDays: 7 } }) })
 */
export function configureRules(base: readonly Rule[], settings: Readonly<Record<string, CentralRuleConfig>>): readonly Rule[] {
  return withRuleConfigs(base, resolveRuleSettings(base, settings));
}

type CentralRuleConfig = Pick<RuleConfig, 'enabled' | 'points' | 'warningDays' | 'adopted' | 'internalNominalDue'>;

/**
 * Each rule's effective settings for the rules `settings` names (merged onto the rule's defaults by
 * `merge` above; throws EngineOptionsError for a setting the rule refuses). Plain JSON: the
 * background sends it to the content script (`central.configured`), which applies it with
 * `withRuleConfigs` and carries no merge of its own.
 */
export function resolveRuleSettings(base: readonly Rule[], settings: Readonly<Record<string, CentralRuleConfig>>): Record<string, ResolvedRuleConfig> {
  const out: Record<string, ResolvedRuleConfig> = {};
  for (const rule of base) {
    const c = settings[rule.meta.id];
    if (c !== undefined) out[rule.meta.id] = merge(rule, c);
  }
  return out;
}

/**
 * Copies of the rules with their resolved settings (`resolveRuleSettings`) as the copies' defaults;
 * a disabled rule is left out, rules without settings are returned as they are.
 */
export function withRuleConfigs(base: readonly Rule[], resolved: Readonly<Record<string, ResolvedRuleConfig>>): readonly Rule[] {
  const out: Rule[] = [];
  for (const rule of base) {
    const r = resolved[rule.meta.id];
    if (r === undefined) {
      out.push(rule);
      continue;
    }
    if (!r.enabled) continue;
    const meta = {
      ...rule.meta,
      deprecated: undefined,
      points: r.points,
      // A warning window the settings changed (the engine reads the copy's settings below either way).
      ...(r.warningDays === (rule.meta.warningDays ?? 0) ? {} : { warningDays: r.warningDays }),
    };
    const copy: Rule = { meta, applies: (s) => rule.applies(s), check: (s, ctx) => rule.check(s, ctx) };
    // What metadata cannot say (a unit's adoption of its policy limits, internalNominalDue) is the
    // copy's own default settings, so an evaluation without `config` applies it too.
    defaultCache.set(copy, r);
    out.push(copy);
  }
  return out;
}

export interface ResolvedConfig {
  includeNotApplicable: boolean;
  forRule(rule: Rule): ResolvedRuleConfig;
}

const resolvedCache = new WeakMap<object, ResolvedConfig>();
/** No config: every rule with its own defaults (what `resolveConfig(undefined)` returns). */
export const NO_CONFIG: ResolvedConfig = { includeNotApplicable: false, forRule: defaultRuleConfig };
const EMPTY = NO_CONFIG;

/**
 * Validates a config and resolves it against rules on demand. Throws EngineOptionsError on a bad
 * config (an admin UI can call this to validate before saving). Results are cached per object.
 *
 * Pass `rules` to check every rule's settings now rather than on first use.
 *
 * @example resolveConfig({ rules: { 'prosecution-review-1m': { enabled: false } } }).forRule(rule).enabled
 */
export function resolveConfig(config: unknown, rules?: readonly Rule[]): ResolvedConfig {
  if (config === undefined) return EMPTY;
  if (rules !== undefined) {
    const r = resolveConfig(config);
    for (const rule of rules) r.forRule(rule);
    return r;
  }
  if (config === null || typeof config !== 'object') fail('expected an object');
  const hit = resolvedCache.get(config);
  if (hit) return hit;
  const problem = engineConfigProblem(config);
  if (problem !== undefined) fail(problem);
  const parsed = { data: config as EngineConfig };
  const byId = new Map<string, RuleConfig>();
  for (const [id, c] of Object.entries(parsed.data.rules ?? {})) byId.set(RENAMED[id] ?? id, c);
  const perRule = new WeakMap<Rule, ResolvedRuleConfig>();
  const resolved: ResolvedConfig = {
    includeNotApplicable: parsed.data.includeNotApplicable ?? false,
    forRule(rule) {
      let r = perRule.get(rule);
      if (r === undefined) {
        const c = byId.get(rule.meta.id);
        r = c === undefined ? defaultRuleConfig(rule) : merge(rule, c);
        perRule.set(rule, r);
      }
      return r;
    },
  };
  resolvedCache.set(config, resolved);
  return resolved;
}

/**
 * The points a red outcome `messageId` of `rule` books under `cfg`: what the ledger charges and
 * what the finding shows. 0 for a message that is not red, and for a unit-policy limit (`policy`)
 * the unit has not adopted — the engine lights those yellow. The companion books with this same
 * function from its own rule configuration; the client's figure is only a hint.
 *
 * @example pointsFor(rule, 'missing', resolveConfig(central).forRule(rule))
 */
export function pointsFor(rule: Rule, messageId: string, cfg: ResolvedRuleConfig): number {
  const m = rule.meta.messages[messageId];
  if (m?.light !== 'red') return 0;
  if (m.policy === true && !cfg.adopted) return 0;
  return cfg.points[messageId] ?? 0;
}
