import rule from '../../../shared/rules/jurisdiction-change-restart';
import { testRule } from './rule-tester';

const pr = { procedure: 'prosecution-review', jurisdictionChangedOn: '2025-09-10' };

testRule(rule, {
  valid: [
    { name: 'accepted after the change', snapshot: { ...pr, acceptedOn: '2025-09-12' }, today: '2025-09-20', expect: [{ light: 'green', messageId: 'restarted' }] },
    {
      name: 'returns at the old office carried into the count',
      snapshot: { ...pr, acceptedOn: '2025-09-12', returnsBeforeJurisdictionChange: 1, returnCount: 2 },
      today: '2025-09-20',
      expect: [
        { light: 'green', messageId: 'restarted' },
        { light: 'green', messageId: 'returns-carried' },
      ],
    },
    { name: 'no change of jurisdiction', snapshot: { procedure: 'prosecution-review', acceptedOn: '2025-09-12' }, today: '2025-09-20', expect: [] },
  ],
  invalid: [
    {
      name: 'the old office’s acceptance date kept',
      snapshot: { ...pr, acceptedOn: '2025-08-01' },
      today: '2025-09-20',
      expect: [{ light: 'red', messageId: 'not-restarted', points: 2 }],
    },
    {
      name: 'returns before the change not counted',
      snapshot: { ...pr, acceptedOn: '2025-09-12', returnsBeforeJurisdictionChange: 1, returnCount: 0 },
      today: '2025-09-20',
      expect: [
        { light: 'green', messageId: 'restarted' },
        { light: 'red', messageId: 'returns-not-carried', points: 2 },
      ],
    },
    // One defect, charged once (刑诉法 175 ③; 规则 350): the third return is R36's; here only "see R36".
    {
      name: '规则 350: a third return across the change, not carried: see R36, no points here',
      snapshot: { ...pr, acceptedOn: '2025-09-12', returnsBeforeJurisdictionChange: 2, returnCount: 1 },
      today: '2025-09-20',
      expect: [
        { light: 'green', messageId: 'restarted' },
        { light: 'yellow', messageId: 'third-return-across-change' },
      ],
    },
    {
      name: '规则 350: returns carried, three in all: never green "合计3次", see R36 instead',
      snapshot: { ...pr, acceptedOn: '2025-09-12', returnsBeforeJurisdictionChange: 1, returnCount: 3 },
      today: '2025-09-20',
      expect: [
        { light: 'green', messageId: 'restarted' },
        { light: 'yellow', messageId: 'third-return-across-change' },
      ],
    },
  ],
});
