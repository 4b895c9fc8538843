// decide(snapshot, options) -> Verdict[]: the engine without its words. A verdict is a finding's
// ids, light, points, dates and placeholder data; `describe` (describe.ts) puts it into words when
// it is shown, from wording passed in as data. The content script runs this module and receives
// the wording from the background, so no rule text is injected into every frame. Pure: no clock,
// no I/O; bad data in the snapshot becomes verdicts, never exceptions.
import { isCivilDate, type Calendar, type CivilDate, type CivilDateTime } from '../calendar';
import { isYearCoveredIn } from '../calendar/calendar';
import type { CaseSnapshot, FieldId, FieldIssue } from '../case';
import { isCaseRead, isCivilDateTime, readCaseSnapshot, type EnumLabels } from '../case/snapshot';
import { rules as catalogue } from '../rules';
import { BUILTIN_MESSAGES, type Light } from '../rules/lib/meta';
import type { AnyDeadline, CheckResult, DataValue, Outcome, Rule, RuleDate } from '../rules/lib/types';
import { EngineOptionsError, type ResolvedConfig, type ResolvedRuleConfig } from './config';
import { Context } from './context';
import type { Finding } from './finding';

export interface EvaluateOptions {
  /** Civil date in Asia/Shanghai (`todayInShanghai()` from shared/calendar). */
  today: CivilDate;
  /** Wall-clock time in Asia/Shanghai (`YYYY-MM-DDTHH:mm`) for the 24-hour rules; else they judge by date. */
  now?: CivilDateTime;
  /** Rules to run (default: the whole registry of shared/rules, including data-consistency). */
  rules?: readonly Rule[];
  /** Working calendar with local overrides (default: the bundled official calendar). */
  calendar?: Calendar;
  /** Per-rule enable/disable, points, warning windows, options; see EngineConfigSchema. */
  config?: unknown;
  /**
   * The enum values' labels a raw snapshot's Chinese labels are read with (readCaseSnapshot):
   * `evaluate`/`decide` of shared/engine default to the registry's (VALUE_TEXT); the content script
   * passes reads it made with the wording's.
   */
  enumLabels?: EnumLabels;
}

/**
 * The options as this module runs them: the calendar and the config already resolved. `decide`,
 * `evaluate` and `createDecider` of shared/engine (index.ts) make them from EvaluateOptions, with the
 * bundled calendar and `resolveConfig`; the content script passes the calendar the background sends
 * and its central settings as configured rules (models/wording.ts), so this module reaches for
 * neither the bundled holiday data nor the config validator.
 */
export interface EngineRun extends Omit<EvaluateOptions, 'calendar' | 'config'> {
  calendar: Calendar;
  config: ResolvedConfig;
}

/**
 * A finding before it is put into words: ids, light, points and due dates as a finding has them,
 * plus what its wording is made from, as the rule gave it (not copied): the outcome's `data` (may
 * name fields, `{ field }`, whose labels `describe` puts in), its deadline and extra dates.
 * `describe` (describe.ts) makes the Finding: title, message, basis, `data`, `dates`.
 */
export interface Verdict {
  ruleId: string;
  ruleVersion: number;
  catalogue?: string;
  severity: Finding['severity'];
  light: Light;
  anchor: string;
  messageId: string;
  occurrenceKey: string;
  due?: string;
  nominal?: string;
  dueAt?: string;
  calendarCovered?: boolean;
  points?: number;
  missingFields?: string[];
  policy?: 'adopted' | 'not-adopted';
  /** The outcome's placeholder values; undefined entries are dropped when described. */
  data?: Readonly<Record<string, DataValue | undefined>>;
  deadline?: AnyDeadline;
  /** Extra dates the rule listed for the panel. */
  dates?: readonly RuleDate[];
  /** For `calendar-not-loaded`: the outcome it stands in for (its detail) and the year not loaded. */
  detail?: { messageId: string; policy?: 'adopted' | 'not-adopted'; year: number };
}

type MessageDef = { light: Light; policy?: boolean };

function errorText(e: unknown): string {
  const s = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return s.length > 200 ? s.slice(0, 199) + '…' : s;
}

/** A rule's messages and fields as lookups, built once per rule. */
interface RuleIndex {
  messages: ReadonlyMap<string, MessageDef>;
  fields: ReadonlySet<string>;
}
const indexes = new WeakMap<Rule, RuleIndex>();

function indexOf(rule: Rule): RuleIndex {
  let x = indexes.get(rule);
  if (x === undefined) {
    const messages = new Map<string, MessageDef>(Object.entries(BUILTIN_MESSAGES as Readonly<Record<string, MessageDef>>));
    for (const [id, m] of Object.entries(rule.meta.messages)) messages.set(id, m);
    indexes.set(rule, (x = { messages, fields: new Set(rule.meta.fields) }));
  }
  return x;
}

function toVerdict(rule: Rule, cfg: ResolvedRuleConfig, o: Outcome, calendar: Calendar, index: RuleIndex): Verdict {
  const meta = rule.meta;
  const msg: MessageDef | undefined = index.messages.get(o.messageId);
  if (msg === undefined) {
    return toVerdict(rule, cfg, { messageId: 'rule-error', data: { error: `unknown messageId ${o.messageId}` }, occurrence: 'error' }, calendar, index);
  }
  const d = o.deadline;
  const missing = o.missing;
  const anchor = o.anchor !== undefined && index.fields.has(o.anchor) ? o.anchor : meta.anchor;
  const occurrence = o.occurrence ?? (d !== undefined ? d.start : 'case');
  let light = msg.light;
  let messageId: string = o.messageId;
  let policy: 'adopted' | 'not-adopted' | undefined;
  let detail: Verdict['detail'];
  if (light === 'red') {
    // A limit the law does not set is the unit's to adopt: until it does, a reminder without points.
    if (msg.policy === true) {
      policy = cfg.adopted ? 'adopted' : 'not-adopted';
      if (!cfg.adopted) light = 'yellow';
    }
    // A due date in a year without the State Council's arrangement may still move: never red then.
    if (light === 'red' && d?.kind === 'day' && !isYearCoveredIn(calendar, d.due)) {
      detail = { messageId, policy, year: Number(d.due.slice(0, 4)) };
      light = BUILTIN_MESSAGES['calendar-not-loaded'].light;
      messageId = 'calendar-not-loaded';
      policy = undefined;
    }
  }
  const day = d?.kind === 'day';
  // One shape for every verdict (absent parts undefined): the engine and `describe` read verdicts
  // of one hidden class instead of dozens.
  return {
    ruleId: meta.id,
    ruleVersion: meta.version,
    catalogue: meta.catalogue,
    severity: meta.severity,
    light,
    anchor,
    messageId,
    occurrenceKey: `${meta.id}:${occurrence}`,
    due: d === undefined ? undefined : day ? d.due : d.due.slice(0, 10),
    nominal: day ? d.nominal : undefined,
    dueAt: d !== undefined && !day ? d.due : undefined,
    calendarCovered: day ? d.calendarCovered : undefined,
    // Red here: the rule's own red message (no builtin is red), a policy limit only when adopted (pointsFor).
    points: light === 'red' ? (cfg.points[messageId] ?? 0) : undefined,
    missingFields: missing !== undefined && missing.length > 0 ? [...missing] : undefined,
    policy,
    data: o.data,
    deadline: d,
    dates: o.dates,
    detail,
  };
}

/** One rule as an evaluation runs it: its settings and its procedures, resolved once per rules and config. */
interface Step {
  rule: Rule;
  cfg: ResolvedRuleConfig;
  /** null = any procedure. */
  procedures: ReadonlySet<string> | null;
  requires: readonly FieldId[] | undefined;
  index: RuleIndex;
}

/**
 * A plan: the steps of a rules array under a config, and per procedure the steps that can apply
 * (built on first use). Unless the config asks for not-applicable verdicts, an evaluation runs only
 * its procedure's steps: most rules belong to one or two stages, and a case is in one.
 */
interface Plan {
  steps: Step[];
  byProcedure: Map<string | undefined, Step[]>;
}

/** Plans by rules array, then by resolved config: both are stable objects across evaluations. */
const plans = new WeakMap<readonly Rule[], WeakMap<ResolvedConfig, Plan>>();

function planFor(rules: readonly Rule[], config: ResolvedConfig): Plan {
  let byConfig = plans.get(rules);
  if (byConfig === undefined) plans.set(rules, (byConfig = new WeakMap()));
  let plan = byConfig.get(config);
  if (plan === undefined) {
    const steps: Step[] = [];
    for (const rule of rules) {
      const cfg = config.forRule(rule);
      if (!cfg.enabled) continue;
      const p = rule.meta.procedures;
      steps.push({ rule, cfg, procedures: p === 'any' ? null : new Set(p), requires: rule.meta.requires, index: indexOf(rule) });
    }
    byConfig.set(config, (plan = { steps, byProcedure: new Map() }));
  }
  return plan;
}

/** The plan's steps for one procedure, in registry order: those of any procedure and of this one. */
function stepsFor(plan: Plan, procedure: string | undefined): Step[] {
  let steps = plan.byProcedure.get(procedure);
  if (steps === undefined) {
    plan.byProcedure.set(procedure, (steps = plan.steps.filter((s) => s.procedures === null || (procedure !== undefined && s.procedures.has(procedure)))));
  }
  return steps;
}

/**
 * Checks a case snapshot against the rules: one verdict per rule occurrence, in registry order.
 * The snapshot may be raw form data, or the read `readCaseSnapshot`/`mergeCaseReads` made of it
 * (then it is not parsed again). Throws EngineOptionsError only for bad options, never because of
 * the snapshot. `evaluate` (index.ts) is this plus `describe` with the full wording.
 */
export function decide(snapshot: unknown, options: EngineRun): Verdict[] {
  const e = prepare(snapshot, options);
  const out: Verdict[] = [];
  const plan = e.plan;
  for (let i = 0; i < plan.length; i++) runStep(plan[i], e, out);
  return out;
}

/** One evaluation's inputs, resolved and checked. */
interface Evaluation {
  c: CaseSnapshot;
  issues: readonly FieldIssue[];
  config: ResolvedConfig;
  calendar: Calendar;
  plan: Step[];
  ctx: Context;
}

function prepare(snapshot: unknown, options: EngineRun): Evaluation {
  const { today, now } = options ?? ({} as EngineRun);
  if (!isCivilDate(today)) throw new EngineOptionsError(`today must be YYYY-MM-DD, got ${String(today)}`);
  if (now !== undefined && !isCivilDateTime(now)) throw new EngineOptionsError(`now must be YYYY-MM-DDTHH:mm, got ${String(now)}`);
  const rules = options.rules ?? catalogue;
  const config = options.config;
  // A read the page reader (or readCaseSnapshot) already made is taken as it is: read once.
  const { snapshot: c, issues } = isCaseRead(snapshot) ? snapshot : readCaseSnapshot(snapshot, options.enumLabels);
  const calendar = options.calendar;
  const all = planFor(rules, config);
  const plan = config.includeNotApplicable ? all.steps : stepsFor(all, c.procedure);
  // One context for the whole evaluation; each rule's settings are set on it before its check.
  const ctx = new Context(today, now, issues, calendar, plan.length > 0 ? plan[0].cfg : (undefined as never));
  return { c, issues, config, calendar, plan, ctx };
}

/** Runs one rule of an evaluation, appending its verdicts to `out`. */
function runStep({ rule, cfg, procedures, requires, index }: Step, { c, config, calendar, ctx }: Evaluation, out: Verdict[]): void {
  try {
    let result: CheckResult;
    const procedure = c.procedure;
    if ((procedures !== null && (procedure === undefined || !procedures.has(procedure))) || !rule.applies(c)) result = null;
    else {
      let missing: FieldId[] | undefined;
      if (requires !== undefined) for (const f of requires) if (c[f] === undefined) (missing ??= []).push(f);
      if (missing !== undefined) result = { messageId: 'inputs-missing', missing, occurrence: 'inputs' };
      else {
        ctx.cfg = cfg;
        result = rule.check(c, ctx);
      }
    }
    if (result === null || result === undefined) {
      if (config.includeNotApplicable) out.push(toVerdict(rule, cfg, { messageId: 'not-applicable', occurrence: 'n/a' }, calendar, index));
    } else if (Array.isArray(result)) {
      for (const o of result as readonly Outcome[]) out.push(toVerdict(rule, cfg, o, calendar, index));
    } else {
      out.push(toVerdict(rule, cfg, result as Outcome, calendar, index));
    }
  } catch (e) {
    out.push(toVerdict(rule, cfg, { messageId: 'rule-error', data: { error: errorText(e) }, occurrence: 'error' }, calendar, index));
  }
}

const readersCache = new WeakMap<Step[], Map<string, number[]>>();

/** Field id → the plan's steps whose rule reads it. */
function readersOf(plan: Step[]): Map<string, number[]> {
  let m = readersCache.get(plan);
  if (m === undefined) {
    m = new Map();
    for (const [i, step] of plan.entries()) {
      for (const f of step.index.fields) {
        const list = m.get(f);
        if (list === undefined) m.set(f, [i]);
        else list.push(i);
      }
    }
    readersCache.set(plan, m);
  }
  return m;
}

/** Structural equality of plain data: verdicts (their data, deadlines and dates), read issues. */
function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const k = Object.keys(a);
  return k.length === Object.keys(b).length && k.every((x) => equal((a as Record<string, unknown>)[x], (b as Record<string, unknown>)[x]));
}

/**
 * `decide` for one page, evaluated again and again as it is edited: it remembers its last
 * evaluation and re-runs only the rules one of whose fields (`meta.fields`, every field a rule
 * reads; the RuleTester checks it) changed since, keeping the other rules' verdicts (the same
 * objects, so a caller may keep what it made of them). A change of anything else — today, now,
 * the rules, calendar or config, the procedure, what the reader could not read — re-runs every
 * rule, and so does the same snapshot object passed again (it may have been edited in place).
 * Same verdicts as `decide`, in the same order. A rule that runs again and decides as before hands
 * back its previous verdicts (the same objects), so a caller keeps what it made of them.
 *
 * @example const check = createDecider(); check(read, { today }); check(readAfterEdit, { today });
 */
export function createDecider(): (snapshot: unknown, options: EngineRun) => Verdict[] {
  let last: { e: Evaluation; today: string; now: string | undefined; configKey: unknown; byStep: Verdict[][] } | undefined;
  return (snapshot, options) => {
    const e = prepare(snapshot, options);
    const prev = last;
    /** Step i's verdicts, or its previous ones when they are equal (same plan). */
    const run = (i: number) => {
      const out: Verdict[] = [];
      runStep(e.plan[i], e, out);
      const was = prev?.e.plan === e.plan ? prev.byStep[i] : undefined;
      return was && equal(was, out) ? was : out;
    };
    let byStep: Verdict[][];
    if (
      prev === undefined || prev.e.plan !== e.plan || prev.e.calendar !== e.calendar || prev.today !== options.today || prev.now !== options.now ||
      prev.configKey !== options.config || prev.e.c.procedure !== e.c.procedure || !equal(prev.e.issues, e.issues) ||
      // The same object again may have been edited in place: what changed cannot be told.
      prev.e.c === e.c
    ) {
      byStep = e.plan.map((_, i) => run(i));
    } else {
      const a = prev.e.c as Readonly<Record<string, unknown>>;
      const b = e.c as Readonly<Record<string, unknown>>;
      const readers = readersOf(e.plan);
      let dirty: Set<number> | undefined;
      const touch = (k: string) => {
        const r = readers.get(k);
        if (r !== undefined) for (const i of r) (dirty ??= new Set()).add(i);
      };
      for (const k of Object.keys(b)) if (a[k] !== b[k]) touch(k);
      // A field cleared since: in `a`, not in `b`.
      for (const k of Object.keys(a)) if (!(k in b)) touch(k);
      byStep = prev.byStep;
      if (dirty !== undefined) {
        byStep = prev.byStep.slice();
        for (const i of dirty) byStep[i] = run(i);
      }
    }
    last = { e, today: options.today, now: options.now, configKey: options.config, byStep };
    const out: Verdict[] = [];
    for (const list of byStep) for (const v of list) out.push(v);
    return out;
  };
}
