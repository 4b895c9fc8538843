import { describe, expect, it } from 'vitest';
import rule from '../../../shared/rules/juvenile-conditional-nonpros';
import { testRule } from './rule-tester';
import { RULE_TEXT } from '../../../shared/rules/text';

// Born 2009-03-01, offence 2025-06-01 at 16: a juvenile case (规则 489 ¶1).
const cond = {
  procedure: 'non-prosecution', suspectBirthDate: '2009-03-01', offenceOn: '2025-06-01', inCustody: false, nonProsType: 'conditional',
  offenceInChapters4to6: true, likelySentenceMonths: 8, showsRemorse: true,
};

testRule(rule, {
  valid: [
    {
      name: 'heard, decided, served in 3 days, 8 months probation',
      snapshot: { ...cond, conditionalOpinionsHeardOn: '2025-09-01', decisionOn: '2025-09-05', conditionalServedOn: '2025-09-08', probationMonths: 8 },
      today: '2025-09-20',
      expect: [
        { light: 'green', messageId: 'eligible' },
        { light: 'green', messageId: 'heard' },
        { light: 'green', messageId: 'served', due: '2025-09-08' },
        { light: 'green', messageId: 'probation-ok' },
      ],
    },
    { name: 'another kind of non-prosecution', snapshot: { ...cond, nonProsType: 'discretionary' }, today: '2025-09-20', expect: [] },
    {
      name: '刑诉法 282; 规则 489 ¶1: 18 now but 17 at the offence: still a juvenile case, eligible',
      snapshot: { ...cond, suspectBirthDate: '2007-07-01', offenceOn: '2025-05-01', conditionalOpinionsHeardOn: '2025-09-01', decisionOn: '2025-09-05', conditionalServedOn: '2025-09-08', probationMonths: 6 },
      today: '2025-09-20',
      expect: [
        { light: 'green', messageId: 'eligible' },
        { light: 'green', messageId: 'heard' },
        { light: 'green', messageId: 'served', due: '2025-09-08' },
        { light: 'green', messageId: 'probation-ok' },
      ],
    },
  ],
  invalid: [
    {
      name: 'likely sentence over a year, objection overridden',
      snapshot: { ...cond, likelySentenceMonths: 18, conditionalObjection: true, conditionalOpinionsHeardOn: '2025-09-01', decisionOn: '2025-09-05', conditionalServedOn: '2025-09-06' },
      today: '2025-09-20',
      expect: [
        { light: 'red', messageId: 'ineligible', points: 4 },
        { light: 'red', messageId: 'objection-overridden', points: 4 },
        { light: 'green', messageId: 'heard' },
        { light: 'green', messageId: 'served', due: '2025-09-08' },
      ],
    },
    {
      name: 'decided without hearing, not served, probation of 3 months',
      snapshot: { ...cond, decisionOn: '2025-09-05', probationMonths: 3 },
      today: '2025-09-10',
      expect: [
        { light: 'green', messageId: 'eligible' },
        { light: 'red', messageId: 'not-heard', points: 4 },
        { light: 'red', messageId: 'not-served', due: '2025-09-08', points: 4 },
        { light: 'red', messageId: 'probation-out-of-range', points: 4 },
      ],
    },
    {
      name: '刑诉法 282; 规则 489 ¶1: 18 when the offence was committed: not a juvenile case',
      snapshot: { ...cond, suspectBirthDate: '2007-03-01', offenceOn: '2025-06-01', conditionalOpinionsHeardOn: '2025-09-01', decisionOn: '2025-09-05', conditionalServedOn: '2025-09-08', probationMonths: 6 },
      today: '2025-09-20',
      expect: [
        { light: 'red', messageId: 'ineligible', points: 4 },
        { light: 'green', messageId: 'heard' },
        { light: 'green', messageId: 'served', due: '2025-09-08' },
        { light: 'green', messageId: 'probation-ok' },
      ],
    },
    {
      name: '刑诉法 282; 规则 489 ¶1: the offence date is needed to know the age at the offence',
      snapshot: { ...cond, offenceOn: undefined },
      today: '2025-09-10',
      expect: [
        { light: 'grey', messageId: 'inputs-missing', missingFields: ['offenceOn'] },
        { light: 'grey', messageId: 'hear-first' },
      ],
    },
    {
      name: '刑诉法 283 ¶2; 规则 473: probation over a year',
      snapshot: { ...cond, conditionalOpinionsHeardOn: '2025-09-01', decisionOn: '2025-09-05', conditionalServedOn: '2025-09-08', probationMonths: 13 },
      today: '2025-09-20',
      expect: [
        { light: 'green', messageId: 'eligible' },
        { light: 'green', messageId: 'heard' },
        { light: 'green', messageId: 'served', due: '2025-09-08' },
        { light: 'red', messageId: 'probation-out-of-range', points: 4 },
      ],
    },
    {
      name: '刑诉法 105 ④ (规则 471): service due on a holiday moves to the next working day when not in custody',
      snapshot: { ...cond, conditionalOpinionsHeardOn: '2025-09-25', decisionOn: '2025-09-28' },
      today: '2025-10-02',
      expect: [
        { light: 'green', messageId: 'eligible' },
        { light: 'green', messageId: 'heard' },
        { light: 'yellow', messageId: 'serve-due', due: '2025-10-09' },
      ],
    },
    {
      name: 'conditional dates on file without the non-prosecution type: grey, not silence',
      snapshot: { procedure: 'non-prosecution', conditionalServedOn: '2025-09-08', probationMonths: 8 },
      today: '2025-09-20',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['nonProsType'] }],
    },
    {
      name: 'before the decision: hear first',
      snapshot: cond,
      today: '2025-09-10',
      expect: [
        { light: 'green', messageId: 'eligible' },
        { light: 'grey', messageId: 'hear-first' },
      ],
    },
  ],
});

// 规则 473: the probation of a conditional non-prosecution is 6 to 12 months from the decision.
describe('juvenile-conditional-nonpros cites the probation rule', () => {
  it('cites 规则 473', () => {
    expect(RULE_TEXT[rule.meta.id].basis).toContainEqual({ law: '人民检察院刑事诉讼规则', article: 473 });
  });
});
