import { describe, expect, it } from 'vitest';
import rule from '../../../shared/rules/arrest-review-self-investigated';
import { testRule } from './rule-tester';
import { RULE_TEXT } from '../../../shared/rules/text';

const own = { procedure: 'arrest-review', selfInvestigated: true };

testRule(rule, {
  valid: [
    {
      name: 'detained: sent in 7 days, decided in 7',
      snapshot: { ...own, inCustody: true, detainedOn: '2025-09-01', acceptedOn: '2025-09-06', decisionOn: '2025-09-12' },
      today: '2025-09-20',
      expect: [
        { light: 'green', messageId: 'transferred', due: '2025-09-08' },
        { light: 'green', messageId: 'done', due: '2025-09-13' },
      ],
    },
    {
      name: 'special extension of three days',
      snapshot: { ...own, inCustody: true, detainedOn: '2025-09-01', acceptedOn: '2025-09-06', arrestExtraDays: 3, decisionOn: '2025-09-16' },
      today: '2025-09-20',
      expect: [
        { light: 'green', messageId: 'transferred', due: '2025-09-08' },
        { light: 'green', messageId: 'done', due: '2025-09-16' },
      ],
    },
    // Not detained, 15 days from 09-23 = 10-08 (holiday): moved to Thu 10-09 (example B).
    {
      name: 'not detained: 15 days, moved off the holiday',
      snapshot: { procedure: 'self-investigation', inCustody: false, acceptedOn: '2025-09-23', decisionOn: '2025-10-09' },
      today: '2025-10-10',
      expect: [{ light: 'green', messageId: 'done', due: '2025-10-09' }],
    },
    {
      name: 'not detained, major and complex: 20 days (Sunday expiry moves to Monday)',
      snapshot: { ...own, inCustody: false, majorComplex: true, acceptedOn: '2025-09-01' },
      today: '2025-09-10',
      expect: [{ light: 'green', messageId: 'open', due: '2025-09-22' }],
    },
    { name: 'a police request is not this rule', snapshot: { procedure: 'arrest-review', inCustody: true, acceptedOn: '2025-09-01' }, today: '2025-09-30', expect: [] },
  ],
  invalid: [
    {
      name: 'investigating department sent the case 9 days after detention',
      snapshot: { ...own, inCustody: true, detainedOn: '2025-09-01', acceptedOn: '2025-09-10', decisionOn: '2025-09-15' },
      today: '2025-09-20',
      expect: [
        { light: 'red', messageId: 'transfer-late', due: '2025-09-08', points: 8 },
        { light: 'green', messageId: 'done', due: '2025-09-17' },
      ],
    },
    // Example A: received 09-24, detained, due 10-01 (holiday) — not extended.
    {
      name: 'example A: detained, due on the holiday, still undecided',
      snapshot: { ...own, inCustody: true, acceptedOn: '2025-09-24' },
      today: '2025-10-02',
      expect: [{ light: 'red', messageId: 'overdue-detained', due: '2025-10-01', points: 8 }],
    },
    {
      name: 'example A: the last working day before the holiday is yellow',
      snapshot: { ...own, inCustody: true, acceptedOn: '2025-09-24' },
      today: '2025-09-29',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-10-01' }],
    },
    {
      name: 'not detained, decided late',
      snapshot: { ...own, inCustody: false, acceptedOn: '2025-09-01', decisionOn: '2025-09-18' },
      today: '2025-09-20',
      expect: [{ light: 'red', messageId: 'late', due: '2025-09-16', points: 6 }],
    },
    {
      name: 'custody unknown',
      snapshot: { ...own, acceptedOn: '2025-09-01' },
      today: '2025-09-20',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['inCustody'] }],
    },
  ],
});

// 刑诉法 167: the procuratorate decides on arresting a person it detained within 14 days (+1–3);
// 规则 296 and 297 split those days between the two departments.
describe('arrest-review-self-investigated cites the statute', () => {
  it('cites 刑诉法 167', () => {
    expect(RULE_TEXT[rule.meta.id].basis).toContainEqual({ law: '刑事诉讼法', article: 167 });
  });
});
