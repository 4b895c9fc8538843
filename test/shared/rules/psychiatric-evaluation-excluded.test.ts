import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../shared/engine';
import rule from '../../../shared/rules/psychiatric-evaluation-excluded';
import review from '../../../shared/rules/prosecution-review-1m';
import { testRule } from './rule-tester';
import { RULE_TEXT } from '../../../shared/rules/text';

const pr = { procedure: 'prosecution-review', acceptedOn: '2025-09-01', inCustody: true };

testRule(rule, {
  valid: [
    {
      name: 'evaluated and notified in time',
      snapshot: { ...pr, psychEvalStartedOn: '2025-09-05', psychEvalResultOn: '2025-09-25', psychEvalNoticeOn: '2025-09-08' },
      today: '2025-10-01',
      expect: [{ light: 'green', messageId: 'done', due: '2025-09-15' }],
    },
    {
      name: 'running, notice not yet due',
      snapshot: { ...pr, psychEvalStartedOn: '2025-09-05' },
      today: '2025-09-07',
      expect: [{ light: 'green', messageId: 'in-progress', due: '2025-09-15' }],
    },
    { name: 'on bail: no custody notice', snapshot: { ...pr, inCustody: false, custodyMeasure: 'bail', psychEvalStartedOn: '2025-09-05' }, today: '2025-10-01', expect: [] },
  ],
  invalid: [
    {
      name: '规则 614 ③: evaluation not notified: R34’s own defect (the period is still deducted, 刑诉法 149)',
      snapshot: { ...pr, psychEvalStartedOn: '2025-09-05', psychEvalResultOn: '2025-09-25' },
      today: '2025-10-01',
      expect: [{ light: 'red', messageId: 'missing', due: '2025-09-15', points: 3 }],
    },
    {
      name: 'notice late',
      snapshot: { ...pr, psychEvalStartedOn: '2025-09-05', psychEvalResultOn: '2025-09-25', psychEvalNoticeOn: '2025-09-20' },
      today: '2025-10-01',
      expect: [{ light: 'red', messageId: 'late', due: '2025-09-15', points: 3 }],
    },
    {
      name: 'notice due in two days',
      snapshot: { ...pr, psychEvalStartedOn: '2025-09-05' },
      today: '2025-09-13',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-09-15' }],
    },
    {
      name: 'result without a commission date',
      snapshot: { ...pr, psychEvalResultOn: '2025-09-25' },
      today: '2025-10-01',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['psychEvalStartedOn'] }],
    },
  ],
});

// 刑诉法 149; 规则 222: the evaluation is excluded unconditionally. R34 charges the missing notice,
// and must not tell the prosecutor the period "should not be deducted" while R29 deducts it.
describe('psychiatric evaluation: R34 and R29 agree', () => {
  const snapshot = { ...pr, acceptedOn: '2025-09-01', psychEvalStartedOn: '2025-09-05', psychEvalResultOn: '2025-09-25' };
  const findings = evaluate(snapshot, { today: '2025-10-01', rules: [rule, review] });
  const r34 = findings.find((f) => f.ruleId === rule.meta.id)!;
  const r29 = findings.find((f) => f.ruleId === review.meta.id)!;

  it('R29 deducts the 20 evaluation days without any notice', () => {
    expect(r29.due).toBe('2025-10-21');
  });

  it('R34 charges the missing notice and never says the period should not be deducted', () => {
    expect(r34.light).toBe('red');
    for (const text of [r34.message.zh, r34.message.en, RULE_TEXT[rule.meta.id].description.zh, RULE_TEXT[rule.meta.id].description.en]) {
      expect(text).not.toMatch(/不应扣除|不予延长|should not be excluded|should not be applied/);
    }
  });
});
