// shared/engine: evaluate(snapshot, options) -> Finding[], i.e. decide (core.ts: ids, lights, dates,
// data) then describe (describe.ts: the wording of shared/rules/text). Pure: no clock, no I/O; the
// caller passes `today`. Bad data in the snapshot becomes findings, never exceptions. The content
// script imports core.ts and describe.ts, not this index, and describes with the wording the
// background sends.
import type { Light } from '../rules/lib/meta';
import { defaultCalendar } from '../calendar/calendar';
import { VALUE_TEXT } from '../case/field-text';
import { textBundle } from '../rules/text';
import { resolveConfig } from './config';
import { createDecider as createDeciderWith, decide as decideWith, type EngineRun, type EvaluateOptions, type Verdict } from './core';
import { describe } from './describe';
import { LIGHT_ORDER, type Finding } from './finding';

export type { EngineRun, EvaluateOptions, Verdict } from './core';
export { describe, render } from './describe';

export { EngineConfigSchema, RuleConfigSchema } from './config-schema';
export { EngineOptionsError, configureRules, hasPolicyLimits, pointsFor, resolveConfig } from './config';
export type { EngineConfig, RuleConfig, ResolvedConfig, ResolvedRuleConfig } from './config';
export { FindingSchema } from './finding-schema';
export { LIGHT_ORDER } from './finding';
export type { Finding } from './finding';
export type { Light };

/**
 * Checks a case snapshot against the rules and returns one finding per rule occurrence, in
 * registry order (see {@link sortFindings} for worst first). The snapshot may be raw form data, or
 * the read `readCaseSnapshot`/`mergeCaseReads` made of it (then it is not parsed again):
 * unreadable values are dropped and reported by the `data-consistency` rule; a rule that fails
 * yields a grey `rule-error` finding. Throws EngineOptionsError only for bad options (`today`,
 * `now`, `config`), never because of the snapshot.
 *
 * @example
 * const findings = evaluate(
 *   { procedure: 'prosecution-review', acceptedOn: '2025-09-08', inCustody: true },
 *   { today: todayInShanghai() },
 * );
 * findings.filter((f) => f.light === 'red').map((f) => `${f.ruleId}: ${f.message.zh}`);
 */
/**
 * The options as core.ts runs them: the bundled official calendar unless one is given, the config
 * validated and resolved (`resolveConfig`, throws EngineOptionsError), a raw snapshot's enum labels
 * read with the registry's (VALUE_TEXT) unless given.
 */
function engineRun(options: EvaluateOptions, labels = true): EngineRun {
  if (options === undefined || options === null) return options as never; // core.ts reports the missing `today`
  // One literal shape (not a spread of the caller's object): the engine's hot path reads these
  // properties on every evaluation, and a spread's varying shapes cost the per-edit path ~50%.
  return {
    today: options.today,
    now: options.now,
    rules: options.rules,
    calendar: options.calendar ?? defaultCalendar(),
    config: resolveConfig(options.config),
    enumLabels: options.enumLabels ?? (labels ? VALUE_TEXT : undefined),
  };
}

/** decide of core.ts with the defaults of `engineRun` above. */
export function decide(snapshot: unknown, options: EvaluateOptions): Verdict[] {
  return decideWith(snapshot, engineRun(options));
}

/** createDecider of core.ts (one page, edited again and again) with the calendar and config defaults of `engineRun` above. */
export function createDecider(): (snapshot: unknown, options: EvaluateOptions) => Verdict[] {
  const page = createDeciderWith();
  return (snapshot, options) => page(snapshot, engineRun(options, false));
}

export function evaluate(snapshot: unknown, options: EvaluateOptions): Finding[] {
  const text = textBundle();
  return decide(snapshot, options).map((v) => describe(v, text));
}

/**
 * Orders findings worst first: red, yellow, grey, green; then by points, due date and rule id.
 *
 * @example findings.slice().sort(compareFindings)
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    LIGHT_ORDER[a.light] - LIGHT_ORDER[b.light] ||
    (b.points ?? 0) - (a.points ?? 0) ||
    (a.due ?? '9999').localeCompare(b.due ?? '9999') ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.occurrenceKey.localeCompare(b.occurrenceKey)
  );
}

/**
 * A sorted copy, worst first.
 *
 * @example sortFindings(evaluate(snapshot, { today }))[0] // the finding to show on the badge
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

/**
 * The worse of two lights (red > yellow > grey > green).
 *
 * @example findings.reduce((l, f) => worseLight(l, f.light), 'green') // the badge colour
 */
export function worseLight(a: Light, b: Light): Light {
  return LIGHT_ORDER[a] <= LIGHT_ORDER[b] ? a : b;
}

export interface LightSummary {
  counts: Record<Light, number>;
  /** Worst light present; green when there are no findings. */
  worst: Light;
  /** Sum of points over red findings. */
  points: number;
}

/**
 * Counts per light, the worst light and the total red points — the toolbar badge.
 *
 * @example summarize(findings) // { counts: { red: 1, yellow: 2, green: 5, grey: 3 }, worst: 'red', points: 8 }
 */
export function summarize(findings: readonly Finding[]): LightSummary {
  const counts: Record<Light, number> = { red: 0, yellow: 0, green: 0, grey: 0 };
  let worst: Light = 'green';
  let points = 0;
  for (const f of findings) {
    counts[f.light]++;
    worst = worseLight(worst, f.light);
    if (f.light === 'red') points += f.points ?? 0;
  }
  return { counts, worst, points };
}
