import rule from '../../../shared/rules/custody-necessity-tracking';
import { testRule } from './rule-tester';

const cr = { procedure: 'custody-review', inCustody: true, custodyMeasure: 'arrest', arrestedOn: '2025-06-01' };

testRule(rule, {
  valid: [
    {
      name: 'forwarded the same day, reply received, applicant informed',
      snapshot: { ...cr, custodyReviewAppliedOn: '2025-09-01', custodyReviewForwardedOn: '2025-09-01', custodyRecommendationSentOn: '2025-09-05', custodyRecommendationRepliedOn: '2025-09-12', custodyReviewConclusion: 'recommend-release', applicantInformedOn: '2025-09-13' },
      today: '2025-09-20',
      expect: [
        { light: 'green', messageId: 'forwarded', due: '2025-09-01' },
        { light: 'green', messageId: 'replied', due: '2025-09-15' },
        { light: 'green', messageId: 'applicant-informed' },
      ],
    },
    {
      name: 'received by another procuratorate: two days',
      snapshot: { ...cr, custodyReviewAppliedOn: '2025-09-01', custodyReviewReceivedElsewhere: true, custodyReviewForwardedOn: '2025-09-03' },
      today: '2025-09-20',
      expect: [{ light: 'green', messageId: 'forwarded', due: '2025-09-03' }],
    },
    {
      name: 'no reply after 10 days, correction issued (review on the office’s own motion)',
      snapshot: { ...cr, custodyRecommendationSentOn: '2025-09-01', custodyReviewCorrectionOn: '2025-09-12' },
      today: '2025-09-20',
      expect: [{ light: 'green', messageId: 'correction-issued', due: '2025-09-11' }],
    },
  ],
  invalid: [
    {
      name: 'forwarded the next day',
      snapshot: { ...cr, custodyReviewAppliedOn: '2025-09-01', custodyReviewForwardedOn: '2025-09-02' },
      today: '2025-09-20',
      expect: [{ light: 'red', messageId: 'forward-late', due: '2025-09-01', points: 3 }],
    },
    {
      name: 'no reply and no correction opinion',
      snapshot: { ...cr, custodyRecommendationSentOn: '2025-09-01' },
      today: '2025-09-12',
      expect: [{ light: 'yellow', messageId: 'no-reply', due: '2025-09-11' }],
    },
    {
      name: 'concluded, applicant not told',
      snapshot: { ...cr, custodyReviewAppliedOn: '2025-09-01', custodyReviewForwardedOn: '2025-09-01', custodyReviewConclusion: 'continue' },
      today: '2025-09-12',
      expect: [
        { light: 'green', messageId: 'forwarded', due: '2025-09-01' },
        { light: 'yellow', messageId: 'inform-applicant' },
      ],
    },
  ],
});
