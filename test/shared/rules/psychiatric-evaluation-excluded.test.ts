import rule from '../../../shared/rules/psychiatric-evaluation-excluded';
import { testRule } from './rule-tester';

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
      name: 'exclusion applied without any notice',
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
