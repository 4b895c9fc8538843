import rule from '../../../shared/rules/supervision-case-measure-10d';
import { testRule } from './rule-tester';

const sup = { procedure: 'prosecution-review', supervisionCase: true, acceptedOn: '2025-09-01' };

testRule(rule, {
  valid: [
    {
      name: 'decided within 10 days',
      snapshot: { ...sup, detainedOn: '2025-09-02', supervisionMeasureDecidedOn: '2025-09-11' },
      today: '2025-09-20',
      expect: [{ light: 'green', messageId: 'done', due: '2025-09-12' }],
    },
    {
      name: 'special extension of 4 days',
      snapshot: { ...sup, detainedOn: '2025-09-02', supervisionMeasureExtraDays: 4, supervisionMeasureDecidedOn: '2025-09-16' },
      today: '2025-09-20',
      expect: [{ light: 'green', messageId: 'done', due: '2025-09-16' }],
    },
    {
      name: 'pending with days left',
      snapshot: { ...sup, detainedOn: '2025-09-02' },
      today: '2025-09-05',
      expect: [{ light: 'green', messageId: 'open', due: '2025-09-12' }],
    },
    { name: 'a police case is not this rule', snapshot: { procedure: 'prosecution-review', acceptedOn: '2025-09-01', detainedOn: '2025-08-02' }, today: '2025-09-20', expect: [] },
  ],
  invalid: [
    // 09-25 + 10 = 10-05 (holiday): in custody, not extended.
    {
      name: 'holiday expiry is not extended',
      snapshot: { ...sup, detainedOn: '2025-09-25', supervisionMeasureDecidedOn: '2025-10-09' },
      today: '2025-10-10',
      expect: [{ light: 'red', messageId: 'late', due: '2025-10-05', points: 8 }],
    },
    {
      name: 'undecided after 10 days',
      snapshot: { ...sup, detainedOn: '2025-09-02' },
      today: '2025-09-13',
      expect: [{ light: 'red', messageId: 'missing', due: '2025-09-12', points: 8 }],
    },
    {
      name: 'two days left: yellow',
      snapshot: { ...sup, detainedOn: '2025-09-02' },
      today: '2025-09-10',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-09-12' }],
    },
    {
      name: 'detention date missing',
      snapshot: sup,
      today: '2025-09-10',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['detainedOn'] }],
    },
  ],
});
