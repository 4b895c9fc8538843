import rule from '../../../shared/rules/juvenile-conditional-nonpros';
import { testRule } from './rule-tester';

const cond = {
  procedure: 'non-prosecution', suspectBirthDate: '2009-03-01', inCustody: false, nonProsType: 'conditional',
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
