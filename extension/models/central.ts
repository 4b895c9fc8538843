// Content-script side of the central configuration: the background has validated it (zod stays out
// of this bundle, extension/build/zod-inert.ts), so here it is only applied. Passing `config` to
// evaluate would run EngineConfigSchema, so rule settings become configured copies of the rules
// (the engine reads a rule's defaults from its meta) and the calendar arrives built.
import type { Calendar } from '../../shared/calendar';
import type { Rule } from '../../shared/rules/lib/types';
import type { CentralRule, SerializedCalendar } from '../settings';

/**
 * The rules to evaluate with central settings applied: a disabled rule is left out; points and
 * warning days replace the rule's defaults (what `config.rules[id]` would do); `enabled: true`
 * also runs a deprecated rule. Rules without central settings are returned as they are.
 */
export function configureRules(base: readonly Rule[], settings: Readonly<Record<string, CentralRule>>): readonly Rule[] {
  const out: Rule[] = [];
  for (const rule of base) {
    const c = settings[rule.meta.id];
    if (c === undefined) {
      out.push(rule);
      continue;
    }
    const enabled = c.enabled ?? rule.meta.deprecated === undefined;
    if (!enabled) continue;
    const meta = {
      ...rule.meta,
      deprecated: undefined,
      points: { ...rule.meta.points, ...c.points },
      ...(c.warningDays === undefined ? {} : { warningDays: c.warningDays }),
    };
    out.push({ meta, applies: (s) => rule.applies(s), check: (s, ctx) => rule.check(s, ctx) });
  }
  return out;
}

/** The calendar the background built with createCalendar, back from its message form. */
export function decodeCalendar(c: SerializedCalendar): Calendar {
  const flags = new Uint8Array(c.flags.length);
  for (let i = 0; i < flags.length; i++) flags[i] = c.flags.charCodeAt(i) - 48;
  return Object.freeze({
    coveredYears: Object.freeze([...c.coveredYears]),
    overrides: Object.freeze({ holidays: Object.freeze([...c.holidays]), workdays: Object.freeze([...c.workdays]) }),
    lo: c.lo,
    flags,
  });
}
