// A small RuleTester in the manner of ESLint's: valid and invalid cases per rule, run through the
// real engine (lenient reading, applicability, required inputs, config) with only that rule.
import { describe, expect, it } from 'vitest';
import type { Calendar } from '../../../shared/calendar';
import { PRIVATE_FIELD_IDS, readCaseSnapshot } from '../../../shared/case';
import { evaluate, FindingSchema, type Finding } from '../../../shared/engine';
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
        const msg = rule.meta.messages[e.messageId] ?? (BUILTIN_MESSAGES as Record<string, { light: Light }>)[e.messageId];
        if (msg === undefined) throw new Error(`${id}: case "${c.name}" expects unknown messageId "${e.messageId}"`);
        if (msg.light !== e.light) throw new Error(`${id}: case "${c.name}": messageId "${e.messageId}" is ${msg.light}, not ${e.light}`);
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

/** Runs one case and asserts on it (throws an assertion error on mismatch). */
export function runCase(rule: Rule, c: RuleTestCase, kind: 'valid' | 'invalid'): Finding[] {
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
  });
}
