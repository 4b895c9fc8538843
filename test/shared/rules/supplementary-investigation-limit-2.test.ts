import rule from '../../../shared/rules/supplementary-investigation-limit-2';
import { testRule } from './rule-tester';

const base = { procedure: 'prosecution-review', acceptedOn: '2025-03-03' };

testRule(rule, {
  valid: [
    { name: 'no return', snapshot: { ...base, returnCount: 0 }, today: '2025-03-10', expect: [{ light: 'green', messageId: 'within-limit' }] },
    { name: 'two returns: the limit', snapshot: { ...base, returnCount: 2, lastReturnOn: '2025-05-20' }, today: '2025-06-01',
      expect: [{ light: 'green', messageId: 'limit-reached' }] },
    { name: 'no return information at all', snapshot: base, today: '2025-03-10' },
  ],
  invalid: [
    { name: 'a third return', snapshot: { ...base, returnCount: 3, lastReturnOn: '2025-07-01' }, today: '2025-07-02',
      expect: [{ light: 'red', messageId: 'third-return', points: 8, occurrenceKey: 'supplementary-investigation-limit-2:return-3' }] },
    { name: 'a fourth return is another defect', snapshot: { ...base, returnCount: 4, lastReturnOn: '2025-08-01' }, today: '2025-08-02',
      expect: [{ light: 'red', messageId: 'third-return', occurrenceKey: 'supplementary-investigation-limit-2:return-4' }] },
    // 刑诉法 175 ③; 规则 350: returns before and after a change of jurisdiction count together.
    { name: '规则 350: two returns at the old office + one here (not carried into the count): a third return, charged here',
      snapshot: { ...base, jurisdictionChangedOn: '2025-06-01', returnsBeforeJurisdictionChange: 2, returnCount: 1, lastReturnOn: '2025-07-01' }, today: '2025-07-02',
      expect: [{ light: 'red', messageId: 'third-return', points: 8, occurrenceKey: 'supplementary-investigation-limit-2:return-3' }] },
    { name: '规则 350: one at the old office, three in the carried count: a third return, charged once here',
      snapshot: { ...base, jurisdictionChangedOn: '2025-06-01', returnsBeforeJurisdictionChange: 1, returnCount: 3, lastReturnOn: '2025-07-01' }, today: '2025-07-02',
      expect: [{ light: 'red', messageId: 'third-return', points: 8 }] },
    { name: 'return date without a count', snapshot: { ...base, lastReturnOn: '2025-03-20' }, today: '2025-03-21',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['returnCount'] }] },
  ],
});
