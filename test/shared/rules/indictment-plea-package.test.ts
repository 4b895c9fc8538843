import rule from '../../../shared/rules/indictment-plea-package';
import { testRule } from './rule-tester';

const plea = {
  procedure: 'prosecution-review', acceptedOn: '2025-09-01', inCustody: false, pleaAccepted: true, indictedOn: '2025-09-20',
  sentencingRecommendationMade: true, sentencingRecommendationFixed: true, pleaAgreementSignedOn: '2025-09-15', pleaStatedInIndictment: true,
};

testRule(rule, {
  valid: [
    {
      name: 'complete plea indictment',
      snapshot: plea,
      today: '2025-09-25',
      expect: [
        { light: 'green', messageId: 'recommendation-made' },
        { light: 'green', messageId: 'agreement-transferred' },
      ],
    },
    {
      name: 'disabled suspect: no agreement needed',
      snapshot: { ...plea, pleaAgreementSignedOn: undefined, suspectDisability: true },
      today: '2025-09-25',
      expect: [
        { light: 'green', messageId: 'recommendation-made' },
        { light: 'green', messageId: 'agreement-exempt' },
      ],
    },
    {
      name: 'court supplement sent within 3 days (not a plea case)',
      snapshot: { procedure: 'prosecution-review', inCustody: false, indictedOn: '2025-09-20', courtSupplementRequestedOn: '2025-10-10', courtSupplementProvidedOn: '2025-10-13' },
      today: '2025-10-20',
      expect: [{ light: 'green', messageId: 'supplied', due: '2025-10-13' }],
    },
    { name: 'not indicted yet', snapshot: { ...plea, indictedOn: undefined }, today: '2025-09-25', expect: [] },
  ],
  invalid: [
    {
      name: 'no sentencing recommendation',
      snapshot: { ...plea, sentencingRecommendationMade: false },
      today: '2025-09-25',
      expect: [
        { light: 'red', messageId: 'no-recommendation', points: 5 },
        { light: 'green', messageId: 'agreement-transferred' },
      ],
    },
    {
      name: 'no agreement and no exemption; range recommendation; silent indictment',
      snapshot: { ...plea, pleaAgreementSignedOn: undefined, sentencingRecommendationFixed: false, pleaStatedInIndictment: false },
      today: '2025-09-25',
      expect: [
        { light: 'yellow', messageId: 'range-recommendation' },
        { light: 'red', messageId: 'no-agreement', points: 5 },
        { light: 'yellow', messageId: 'indictment-silent' },
      ],
    },
    {
      name: 'recommendation not recorded',
      snapshot: { ...plea, sentencingRecommendationMade: undefined },
      today: '2025-09-25',
      expect: [
        { light: 'grey', messageId: 'inputs-missing', missingFields: ['sentencingRecommendationMade'] },
        { light: 'green', messageId: 'agreement-transferred' },
      ],
    },
    {
      name: 'court supplement sent late',
      snapshot: { ...plea, courtSupplementRequestedOn: '2025-10-10', courtSupplementProvidedOn: '2025-10-15' },
      today: '2025-10-20',
      expect: [
        { light: 'green', messageId: 'recommendation-made' },
        { light: 'green', messageId: 'agreement-transferred' },
        { light: 'red', messageId: 'supply-late', due: '2025-10-13', points: 3 },
      ],
    },
    {
      name: 'court supplement not sent: a prompt',
      snapshot: { procedure: 'prosecution-review', inCustody: false, indictedOn: '2025-09-20', courtSupplementRequestedOn: '2025-10-10' },
      today: '2025-10-20',
      expect: [{ light: 'yellow', messageId: 'supply-overdue', due: '2025-10-13' }],
    },
  ],
});
