import rule from '../../../shared/rules/juvenile-counsel-and-social-inquiry';
import { testRule } from './rule-tester';

// Born 2009-03-01: 16 in September 2025.
const minor = { procedure: 'prosecution-review', acceptedOn: '2025-09-01', inCustody: false, custodyMeasure: 'bail', suspectBirthDate: '2009-03-01' };

testRule(rule, {
  valid: [
    {
      name: 'asked about counsel in time, report reviewed before the decision',
      snapshot: { ...minor, juvenileCounselInquiryOn: '2025-09-02', socialInquiryReport: true, socialInquiryReviewedOn: '2025-09-10', decisionOn: '2025-09-20' },
      today: '2025-09-25',
      expect: [
        { light: 'green', messageId: 'inquired', due: '2025-09-04' },
        { light: 'green', messageId: 'report-reviewed' },
      ],
    },
    {
      name: 'police failure corrected',
      snapshot: { ...minor, juvenileCounselInquiryOn: '2025-09-02', policeFailedJuvenileLegalAid: true, juvenileLegalAidCorrectionOn: '2025-09-03' },
      today: '2025-09-10',
      expect: [
        { light: 'green', messageId: 'inquired', due: '2025-09-04' },
        { light: 'green', messageId: 'correction-issued' },
      ],
    },
    { name: 'an adult', snapshot: { ...minor, suspectBirthDate: '1990-01-01' }, today: '2025-09-10', expect: [] },
    // 规则 489 ¶1: an adult now who was 17 at the offence: a juvenile case, so 规则 461's report review
    // applies; 规则 460's counsel inquiry goes by the age in the proceedings (¶2) and does not.
    {
      name: '规则 461, 489 ¶1: 18 at intake, 17 at the offence: the report is reviewed; no 460 inquiry owed',
      snapshot: { ...minor, suspectBirthDate: '2007-05-01', offenceOn: '2025-03-01', socialInquiryReport: true, socialInquiryReviewedOn: '2025-09-03', decisionOn: '2025-09-20' },
      today: '2025-09-25',
      expect: [{ light: 'green', messageId: 'report-reviewed' }],
    },
    { name: '规则 489 ¶1: adult at the offence and now: no juvenile duties', snapshot: { ...minor, suspectBirthDate: '2000-01-01', offenceOn: '2025-03-01', socialInquiryReport: true }, today: '2025-09-10', expect: [] },
  ],
  invalid: [
    {
      name: '规则 461, 489 ¶1: a juvenile case (17 at the offence) decided without reviewing the report: red',
      snapshot: { ...minor, suspectBirthDate: '2007-05-01', offenceOn: '2025-03-01', socialInquiryReport: true, decisionOn: '2025-09-20' },
      today: '2025-09-25',
      expect: [{ light: 'red', messageId: 'report-not-reviewed', points: 2 }],
    },
    {
      name: '规则 489 ¶1: adult now, a report on file, offence date unknown: grey',
      snapshot: { ...minor, suspectBirthDate: '2007-05-01', socialInquiryReport: true },
      today: '2025-09-25',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['offenceOn'] }],
    },
    {
      name: 'police failure not corrected',
      snapshot: { ...minor, juvenileCounselInquiryOn: '2025-09-02', policeFailedJuvenileLegalAid: true },
      today: '2025-09-10',
      expect: [
        { light: 'green', messageId: 'inquired', due: '2025-09-04' },
        { light: 'red', messageId: 'no-correction', points: 8 },
      ],
    },
    {
      name: 'decided without reviewing the report',
      snapshot: { ...minor, juvenileCounselInquiryOn: '2025-09-02', socialInquiryReport: true, decisionOn: '2025-09-20' },
      today: '2025-09-25',
      expect: [
        { light: 'green', messageId: 'inquired', due: '2025-09-04' },
        { light: 'red', messageId: 'report-not-reviewed', points: 2 },
      ],
    },
    {
      name: 'no record of asking about counsel; report still to review',
      snapshot: { ...minor, socialInquiryReport: true },
      today: '2025-09-10',
      expect: [
        { light: 'yellow', messageId: 'inquiry-missing', due: '2025-09-04' },
        { light: 'grey', messageId: 'review-report' },
      ],
    },
  ],
});
