import rule from '../../../shared/rules/plea-arrested-custody-review';
import { testRule } from './rule-tester';

const held = { procedure: 'prosecution-review', acceptedOn: '2025-09-01', inCustody: true, custodyMeasure: 'arrest', arrestedOn: '2025-08-01', pleaAccepted: true };

testRule(rule, {
  valid: [
    {
      name: 'reviewed two working days after the plea',
      snapshot: { ...held, pleaHearingOn: '2025-09-08', custodyReviewedOn: '2025-09-10' },
      today: '2025-09-20',
      expect: [{ light: 'green', messageId: 'done', due: '2025-09-11' }],
    },
    // Plea Fri 09-26: working days 09-28 (make-up Sunday), 09-29, 09-30.
    {
      name: 'make-up Sunday counts as a working day',
      snapshot: { ...held, pleaAgreementSignedOn: '2025-09-26', custodyReviewedOn: '2025-09-30' },
      today: '2025-10-09',
      expect: [{ light: 'green', messageId: 'done', due: '2025-09-30' }],
    },
    {
      name: 'released instead',
      snapshot: { ...held, pleaHearingOn: '2025-09-08', releaseOn: '2025-09-09' },
      today: '2025-09-20',
      expect: [{ light: 'green', messageId: 'done', due: '2025-09-11' }],
    },
    { name: 'on bail', snapshot: { ...held, inCustody: false, custodyMeasure: 'bail', pleaHearingOn: '2025-09-08' }, today: '2025-09-20', expect: [] },
    { name: 'plea before the arrest', snapshot: { ...held, pleaHearingOn: '2025-07-20' }, today: '2025-09-20', expect: [] },
  ],
  invalid: [
    {
      name: '规则 270 ② "及时" read as 3 working days, adopted by the unit: red',
      snapshot: { ...held, pleaHearingOn: '2025-09-08', custodyReviewedOn: '2025-08-20' },
      today: '2025-09-12',
      config: { rules: { 'plea-arrested-custody-review': { adopted: true } } },
      expect: [{ light: 'red', messageId: 'missing', due: '2025-09-11', points: 3 }],
    },
    {
      name: '规则 270 ② "及时" (a unit-policy limit): no review after the plea, yellow',
      snapshot: { ...held, pleaHearingOn: '2025-09-08', custodyReviewedOn: '2025-08-20' },
      today: '2025-09-12',
      expect: [{ light: 'yellow', messageId: 'missing', due: '2025-09-11' }],
    },
    {
      name: 'reviewed late',
      snapshot: { ...held, pleaHearingOn: '2025-09-08', custodyReviewedOn: '2025-09-15' },
      today: '2025-09-20',
      expect: [{ light: 'yellow', messageId: 'late', due: '2025-09-11' }],
    },
    {
      name: 'last working day',
      snapshot: { ...held, pleaHearingOn: '2025-09-08' },
      today: '2025-09-11',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-09-11' }],
    },
    {
      name: 'plea date unknown',
      snapshot: held,
      today: '2025-09-11',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['pleaHearingOn'] }],
    },
  ],
});
