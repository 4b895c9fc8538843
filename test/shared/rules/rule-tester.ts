// A small RuleTester in the manner of ESLint's: valid and invalid cases per rule, run through the
// real engine (lenient reading, applicability, required inputs, config) with only that rule.
import { defaultCalendar } from '../../../shared/calendar/calendar';
import { describe, expect, it } from 'vitest';
import type { Calendar } from '../../../shared/calendar';
import { PRIVATE_FIELD_IDS, readCaseSnapshot } from '../../../shared/case';
import { evaluate, FindingSchema, resolveConfig, type Finding } from '../../../shared/engine';
import { Context } from '../../../shared/engine/context';
import { BUILTIN_MESSAGES, type Light, type Rule } from '../../../shared/rules';

export interface Expected {
  light: Light;
  messageId: string;
  /** Required whenever the finding has a due date. */
  due?: string;
  /** Due time of an hour deadline. */
  dueAt?: string;
  points?: number;
  anchor?: string;
  occurrenceKey?: string;
  missingFields?: string[];
}

export interface RuleTestCase {
  /** Short description; shown as the test name. */
  name: string;
  snapshot: Record<string, unknown>;
  today: string;
  now?: string;
  config?: unknown;
  calendar?: Calendar;
  /**
   * Findings of the rule, in order. Required for invalid cases; for valid cases optional (every
   * finding must then be green, or there must be none).
   */
  expect?: Expected[];
}

export interface RuleTests {
  valid: RuleTestCase[];
  invalid: RuleTestCase[];
}

function caseKey(c: RuleTestCase): string {
  const sorted = Object.fromEntries(Object.entries(c.snapshot).sort(([a], [b]) => a.localeCompare(b)));
  return JSON.stringify([sorted, c.today, c.now ?? null, c.config ?? null, c.calendar ? c.calendar.overrides : null]);
}

/**
 * Checks the case lists before any test runs and throws (failing the file) when a rule lacks a
 * valid or an invalid case, a case is duplicated, an invalid case has no expectations, or an
 * expectation names a messageId the rule does not have.
 */
export function validateRuleTests(rule: Rule, tests: RuleTests): void {
  const id = rule.meta.id;
  if (tests.valid.length === 0) throw new Error(`${id}: needs at least one valid case`);
  if (tests.invalid.length === 0) throw new Error(`${id}: needs at least one invalid case`);
  const seen = new Map<string, string>();
  for (const [kind, list] of [['valid', tests.valid], ['invalid', tests.invalid]] as const) {
    for (const c of list) {
      const key = caseKey(c);
      const prev = seen.get(key);
      if (prev !== undefined) throw new Error(`${id}: duplicate case "${c.name}" (same as "${prev}")`);
      seen.set(key, c.name);
      if (kind === 'invalid' && (c.expect === undefined || c.expect.length === 0)) {
        throw new Error(`${id}: invalid case "${c.name}" lists no expected findings`);
      }
      for (const e of c.expect ?? []) {
        const msg = rule.meta.messages[e.messageId] ?? (BUILTIN_MESSAGES as Record<string, { light: Light; policy?: boolean }>)[e.messageId];
        if (msg === undefined) throw new Error(`${id}: case "${c.name}" expects unknown messageId "${e.messageId}"`);
        // A unit-policy limit is red only where the case's config adopts it; yellow otherwise.
        const light = msg.light === 'red' && msg.policy === true && !resolveConfig(c.config).forRule(rule).adopted ? 'yellow' : msg.light;
        if (light !== e.light) throw new Error(`${id}: case "${c.name}": messageId "${e.messageId}" is ${light}, not ${e.light}`);
        if (kind === 'valid' && e.light !== 'green') throw new Error(`${id}: valid case "${c.name}" expects a ${e.light} finding`);
      }
    }
  }
}

/** Invariants every finding of every case must satisfy. */
function checkFinding(rule: Rule, c: RuleTestCase, f: Finding): void {
  expect(FindingSchema.safeParse(f).success, 'finding matches FindingSchema').toBe(true);
  expect(f.messageId === 'rule-error' ? String(f.data.error) : 'no error').toBe('no error');
  expect(f.message.zh).not.toMatch(/\{\{/);
  expect(f.message.en).not.toMatch(/\{\{/);
  expect(rule.meta.fields).toContain(f.anchor);
  if (f.light === 'red') expect(f.points, 'red findings carry points').toBeGreaterThanOrEqual(0);
  else expect(f.points).toBeUndefined();
  // Private case facts (names, birth dates) never leave the browser, so never sit in a finding.
  const { snapshot } = readCaseSnapshot(c.snapshot);
  const values = JSON.stringify(f.data);
  for (const p of PRIVATE_FIELD_IDS) {
    const v = (snapshot as Record<string, unknown>)[p];
    if (typeof v === 'string' && v.length > 0) expect(values, `data leaks private field ${p}`).not.toContain(v);
  }
}

function compare(c: RuleTestCase, findings: Finding[]): void {
  const expected = c.expect ?? [];
  expect(findings.map((f) => `${f.light}:${f.messageId}`)).toEqual(expected.map((e) => `${e.light}:${e.messageId}`));
  findings.forEach((f, i) => {
    const e = expected[i];
    if (f.due !== undefined && f.dueAt === undefined) expect(e.due, `case "${c.name}" must state the due date`).toBeDefined();
    if (f.dueAt !== undefined) expect(e.dueAt, `case "${c.name}" must state the due time`).toBeDefined();
    if (e.due !== undefined) expect(f.due).toBe(e.due);
    if (e.dueAt !== undefined) expect(f.dueAt).toBe(e.dueAt);
    if (e.points !== undefined) expect(f.points).toBe(e.points);
    if (e.anchor !== undefined) expect(f.anchor).toBe(e.anchor);
    if (e.occurrenceKey !== undefined) expect(f.occurrenceKey).toBe(e.occurrenceKey);
    if (e.missingFields !== undefined) expect(f.missingFields).toEqual(e.missingFields);
  });
}

function uniqueKeys(findings: Finding[]): void {
  const keys = findings.map((f) => f.occurrenceKey);
  expect(new Set(keys).size, 'occurrence keys are unique').toBe(keys.length);
}

function run(rule: Rule, c: RuleTestCase): Finding[] {
  return evaluate(c.snapshot, { today: c.today, now: c.now, config: c.config, calendar: c.calendar, rules: [rule] });
}

/** Fields that place any case (stage, custody, intake): on their own they say nothing a rule checks. */
const CONTEXT_FIELDS: ReadonlySet<string> = new Set([
  'procedure', 'inCustody', 'custodyMeasure', 'acceptedOn', 'materialsReceivedOn', 'supervisionCase', 'selfInvestigated',
]);

/**
 * Required fields whose absence would silence the rule where it should answer grey. The engine
 * checks `requires` only once `applies` is true, so `applies` must not depend on a required field:
 * when the case applies and still shows another of the rule's own fields without the required
 * ones, it must apply without them too (and then the engine says which are missing).
 */
export function requiredFieldsHiddenByApplies(rule: Rule, raw: Record<string, unknown>): string[] {
  const required = rule.meta.requires ?? [];
  if (required.length === 0) return [];
  const { snapshot } = readCaseSnapshot(raw);
  const applies = (s: typeof snapshot) => {
    const p = rule.meta.procedures;
    return (p === 'any' || (s.procedure !== undefined && p.includes(s.procedure))) && rule.applies(s);
  };
  if (!applies(snapshot)) return [];
  const without = { ...snapshot };
  for (const f of required) delete (without as Record<string, unknown>)[f];
  const others = rule.meta.fields.filter((f) => !CONTEXT_FIELDS.has(f) && !required.includes(f) && without[f] !== undefined);
  const present = required.filter((f) => snapshot[f] !== undefined);
  return others.length > 0 && present.length > 0 && !applies(without) ? present : [];
}

/** One side of a defect two rules see: the rule and the outcomes that describe it. */
interface DefectSide {
  rule: string;
  messages: readonly string[];
}

/**
 * Defects two rules see from two sides (rules-catalogue §4), beside different fields or not: the
 * first rule charges it, the second only points to it ("见R36").
 */
export const ONE_DEFECT: readonly (readonly [DefectSide, DefectSide])[] = [
  // a third return for supplementary investigation, across a change of jurisdiction
  [{ rule: 'R36', messages: ['third-return'] }, { rule: 'R33', messages: ['third-return-across-change', 'returns-carried', 'returns-not-carried'] }],
  // the police's bail or residential surveillance past its maximum, never re-decided
  [{ rule: 'R58', messages: ['exceeded', 'in-force-past-expiry'] }, { rule: 'R03', messages: ['missing', 'late', 'see-max-term'] }],
  // the review period overrun where the extension came too late
  [{ rule: 'R29', messages: ['late', 'overdue', 'late-in-custody', 'overdue-in-custody'] }, { rule: 'R30', messages: ['retroactive'] }],
  // a fast-track proposal for a minor
  [{ rule: 'R54', messages: ['fast-track-minor'] }, { rule: 'R32', messages: ['ineligible', 'ineligible-minor'] }],
];

/**
 * One fact charged twice by the whole catalogue on a case: two rules booking points beside the
 * same field, or both sides of a {@link ONE_DEFECT} pair booking points.
 */
export function chargedTwice(c: RuleTestCase, rules?: readonly Rule[]): string[] {
  const all = evaluate(c.snapshot, { today: c.today, now: c.now, calendar: c.calendar, rules });
  const byAnchor = new Map<string, Set<string>>();
  const charged = new Set<string>();
  for (const f of all) {
    if (f.light !== 'red' || (f.points ?? 0) === 0) continue;
    const id = f.catalogue ?? f.ruleId;
    charged.add(`${id}:${f.messageId}`);
    const set = byAnchor.get(f.anchor) ?? new Set<string>();
    set.add(id);
    byAnchor.set(f.anchor, set);
  }
  const side = (d: DefectSide) => d.messages.some((m) => charged.has(`${d.rule}:${m}`));
  return [
    ...[...byAnchor].filter(([, ids]) => ids.size > 1).map(([anchor, ids]) => `${anchor}: ${[...ids].sort().join(' + ')}`),
    ...ONE_DEFECT.filter(([a, b]) => side(a) && side(b)).map(([a, b]) => `one defect: ${a.rule} + ${b.rule}`),
  ];
}

/**
 * Snapshot fields the rule reads (in `applies` or `check`) that its `meta.fields` does not list.
 * The engine re-runs a rule on an edit only when one of its fields changed (createDecider), so a
 * field read but not listed would leave a stale light.
 */
export function fieldsReadOutsideMeta(rule: Rule, c: RuleTestCase): string[] {
  const { snapshot, issues } = readCaseSnapshot(c.snapshot);
  const listed = new Set<string>(rule.meta.fields);
  const read = new Set<string>();
  const watched = new Proxy(snapshot, {
    get(target, key, receiver) {
      if (typeof key === 'string') read.add(key);
      return Reflect.get(target, key, receiver);
    },
    has(target, key) {
      if (typeof key === 'string') read.add(key);
      return Reflect.has(target, key);
    },
  });
  const cfg = resolveConfig(c.config).forRule(rule);
  try {
    if (rule.applies(watched)) rule.check(watched, new Context(c.today, c.now, issues, c.calendar ?? defaultCalendar(), cfg));
  } catch {
    // A failing rule is reported by the case itself (rule-error).
  }
  // `procedure` decides which rules run at all; the engine re-runs every rule when it changes.
  return [...read].filter((k) => !listed.has(k) && k !== 'procedure').sort();
}

/** Runs one case and asserts on it (throws an assertion error on mismatch). */
export function runCase(rule: Rule, c: RuleTestCase, kind: 'valid' | 'invalid'): Finding[] {
  expect(requiredFieldsHiddenByApplies(rule, c.snapshot), 'applies() must not hide a required-input check').toEqual([]);
  expect(fieldsReadOutsideMeta(rule, c), 'a rule reads only the fields its meta lists').toEqual([]);
  const findings = run(rule, c);
  for (const f of findings) checkFinding(rule, c, f);
  uniqueKeys(findings);
  if (c.expect !== undefined) compare(c, findings);
  else if (kind === 'valid') expect(findings.filter((f) => f.light !== 'green').map((f) => `${f.light}:${f.messageId}`)).toEqual([]);
  return findings;
}

/**
 * Registers the tests of one rule.
 *
 * @example
 * testRule(rule, {
 *   valid: [{ name: 'told on day 1', snapshot: {...}, today: '2025-09-10' }],
 *   invalid: [{ name: 'never told', snapshot: {...}, today: '2025-09-20', expect: [{ light: 'red', messageId: 'missing', due: '2025-09-11' }] }],
 * });
 */
export function testRule(rule: Rule, tests: RuleTests): void {
  validateRuleTests(rule, tests);
  describe(rule.meta.id, () => {
    describe('valid', () => {
      for (const c of tests.valid) it(c.name, () => void runCase(rule, c, 'valid'));
    });
    describe('invalid', () => {
      for (const c of tests.invalid) it(c.name, () => void runCase(rule, c, 'invalid'));
    });
    it('charges each fact once across the catalogue: no field with two rules booking points', () => {
      const twice = [...tests.valid, ...tests.invalid].flatMap((c) => chargedTwice(c).map((d) => `${c.name}: ${d}`));
      expect(twice).toEqual([]);
    });
  });
}
