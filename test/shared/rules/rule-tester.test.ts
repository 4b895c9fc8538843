// The RuleTester must refuse incomplete case lists and must fail on a wrong expectation.
import { describe, expect, it } from 'vitest';
import rule from '../../../shared/rules/notice-suspect-counsel-3d';
import { runCase, validateRuleTests, type RuleTestCase } from './rule-tester';

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
