import rule from '../../../shared/rules/nonpros-reconsideration-deadlines';
import { testRule } from './rule-tester';

const np = { procedure: 'non-prosecution', decisionOn: '2025-08-01' };

testRule(rule, {
  valid: [
    {
      name: 'police reconsideration decided in 30 days',
      snapshot: { ...np, nonProsChallengeType: 'reconsideration', nonProsChallengeReceivedOn: '2025-08-10', nonProsChallengeDecidedOn: '2025-09-05' },
      today: '2025-09-20',
      expect: [{ light: 'green', messageId: 'done', due: '2025-09-09' }],
    },
    // 30 days from 09-05 is 10-05 (holiday): moved to 10-09.
    {
      name: 'review: holiday expiry moves',
      snapshot: { ...np, nonProsChallengeType: 'review', nonProsChallengeReceivedOn: '2025-09-05', nonProsChallengeDecidedOn: '2025-10-09' },
      today: '2025-10-20',
      expect: [{ light: 'green', messageId: 'done', due: '2025-10-09' }],
    },
    {
      name: 'appeal re-examination, complex: six months',
      snapshot: { ...np, nonProsChallengeType: 'victim-appeal', appealReviewFiledOn: '2025-08-31', majorComplex: true },
      today: '2025-12-01',
      expect: [{ light: 'green', messageId: 'open', due: '2026-02-28' }],
    },
  ],
  invalid: [
    {
      // 08-31 + 3 months = 11-30 (month-end rule), a Sunday: moved to Mon 12-01.
      name: 'appeal re-examination over three months (month-end rule, Sunday moved)',
      snapshot: { ...np, nonProsChallengeType: 'person-appeal', appealReviewFiledOn: '2025-08-31' },
      today: '2025-12-02',
      expect: [{ light: 'red', messageId: 'missing', due: '2025-12-01', points: 3 }],
    },
    {
      name: 'supervision-commission reconsideration decided late',
      snapshot: { ...np, nonProsChallengeType: 'supervision-reconsideration', nonProsChallengeReceivedOn: '2025-08-10', nonProsChallengeDecidedOn: '2025-09-12' },
      today: '2025-09-20',
      expect: [{ light: 'red', messageId: 'late', due: '2025-09-09', points: 3 }],
    },
    {
      name: 'five days left: yellow',
      snapshot: { ...np, nonProsChallengeType: 'reconsideration', nonProsChallengeReceivedOn: '2025-08-10' },
      today: '2025-09-04',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-09-09' }],
    },
    {
      name: 'appeal not yet filed for re-examination',
      snapshot: { ...np, nonProsChallengeType: 'victim-appeal', nonProsChallengeReceivedOn: '2025-08-05' },
      today: '2025-09-04',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['appealReviewFiledOn'] }],
    },
  ],
});
