// The RuleTester must refuse incomplete case lists and must fail on a wrong expectation.
import { describe, expect, it } from 'vitest';
import { defineRule } from '../../../shared/rules';
import rule from '../../../shared/rules/notice-suspect-counsel-3d';
import { chargedTwice, requiredFieldsHiddenByApplies, runCase, validateRuleTests, type RuleTestCase } from './rule-tester';

const snapshot = { procedure: 'prosecution-review', acceptedOn: '2025-09-08', inCustody: true };
const valid: RuleTestCase = { name: 'open', snapshot, today: '2025-09-09', expect: [{ light: 'green', messageId: 'open', due: '2025-09-11' }] };
const invalid: RuleTestCase = { name: 'missing', snapshot, today: '2025-09-12', expect: [{ light: 'red', messageId: 'missing', due: '2025-09-11' }] };

describe('RuleTester', () => {
  it('accepts a complete list', () => {
    expect(() => validateRuleTests(rule, { valid: [valid], invalid: [invalid] })).not.toThrow();
  });

  it('throws for a rule without valid or without invalid cases', () => {
    expect(() => validateRuleTests(rule, { valid: [], invalid: [invalid] })).toThrow(/at least one valid/);
    expect(() => validateRuleTests(rule, { valid: [valid], invalid: [] })).toThrow(/at least one invalid/);
  });

  it('throws for a duplicated case, even under another name', () => {
    expect(() => validateRuleTests(rule, { valid: [valid], invalid: [invalid, { ...invalid, name: 'again' }] })).toThrow(/duplicate/);
  });

  it('throws for an invalid case without expectations', () => {
    expect(() => validateRuleTests(rule, { valid: [valid], invalid: [{ ...invalid, expect: [] }] })).toThrow(/no expected findings/);
    expect(() => validateRuleTests(rule, { valid: [valid], invalid: [{ ...invalid, expect: undefined }] })).toThrow(/no expected findings/);
  });

  it('throws for an unknown messageId or a light that does not match it', () => {
    expect(() => validateRuleTests(rule, { valid: [valid], invalid: [{ ...invalid, expect: [{ light: 'red', messageId: 'nope' }] }] })).toThrow(/unknown messageId/);
    expect(() => validateRuleTests(rule, { valid: [valid], invalid: [{ ...invalid, expect: [{ light: 'yellow', messageId: 'missing' }] }] })).toThrow(/is red/);
  });

  it('throws for a valid case expecting a non-green finding', () => {
    expect(() => validateRuleTests(rule, { valid: [{ ...valid, expect: invalid.expect }], invalid: [invalid] })).toThrow(/valid case/);
  });

  it('fails a case whose messageId, due date or missing due date does not match', () => {
    expect(() => runCase(rule, invalid, 'invalid')).not.toThrow();
    expect(() => runCase(rule, { ...invalid, expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-09-11' }] }, 'invalid')).toThrow();
    expect(() => runCase(rule, { ...invalid, expect: [{ light: 'red', messageId: 'missing', due: '2025-09-12' }] }, 'invalid')).toThrow();
    expect(() => runCase(rule, { ...invalid, expect: [{ light: 'red', messageId: 'missing' }] }, 'invalid')).toThrow(/due date/);
  });

  it('fails a valid case without expectations that yields a non-green finding', () => {
    expect(() => runCase(rule, { ...invalid, expect: undefined }, 'valid')).toThrow();
  });
});

const meta = {
  version: 1, title: { zh: '测', en: 't' }, description: { zh: '测', en: 't' }, basis: [], procedures: 'any',
  severity: 'minor', points: { bad: 1 }, messages: { bad: { light: 'red', zh: '错', en: 'bad' } },
} as const;

describe('catalogue-wide checks of the RuleTester', () => {
  it('finds an applies() that silences a missing required field (R45 before its fix)', () => {
    const hiding = defineRule({
      meta: { ...meta, id: 'hiding', fields: ['nonProsType', 'nonProsChiefApproved'], requires: ['nonProsType'], anchor: 'nonProsType' },
      applies: (c) => c.nonProsType !== undefined,
      check: () => null,
    });
    expect(requiredFieldsHiddenByApplies(hiding, { nonProsType: 'statutory', nonProsChiefApproved: true })).toEqual(['nonProsType']);
    const asking = defineRule({ ...hiding, applies: (c) => c.nonProsType !== undefined || c.nonProsChiefApproved !== undefined });
    expect(requiredFieldsHiddenByApplies(asking, { nonProsType: 'statutory', nonProsChiefApproved: true })).toEqual([]);
  });

  it('finds two rules charging one fact', () => {
    const a = defineRule({ meta: { ...meta, id: 'a', fields: ['returnCount'], anchor: 'returnCount' }, applies: () => true, check: () => ({ messageId: 'bad' }) });
    const b = defineRule({ meta: { ...meta, id: 'b', fields: ['returnCount'], anchor: 'returnCount' }, applies: () => true, check: () => ({ messageId: 'bad' }) });
    const c: RuleTestCase = { name: 'x', snapshot: { returnCount: 3 }, today: '2025-09-10' };
    expect(chargedTwice(c, [a, b])).toEqual(['returnCount: a + b']);
    expect(chargedTwice(c, [a])).toEqual([]);
  });
});
