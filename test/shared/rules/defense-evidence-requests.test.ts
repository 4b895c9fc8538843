import rule from '../../../shared/rules/defense-evidence-requests';
import { testRule } from './rule-tester';

const pr = { procedure: 'prosecution-review', inCustody: true };

testRule(rule, {
  valid: [
    {
      name: 'police evidence handed over, defender told in 3 days',
      snapshot: { ...pr, evidenceRequestType: 'from-police', evidenceRequestOn: '2025-09-01', evidenceRequestGranted: true, evidenceRequestDecidedOn: '2025-09-02', policeEvidenceReceivedOn: '2025-09-10', evidenceDefenderToldOn: '2025-09-12' },
      today: '2025-09-20',
      expect: [{ light: 'green', messageId: 'told', due: '2025-09-13' }],
    },
    {
      name: 'victim-side permission decided on day 5',
      snapshot: { ...pr, evidenceRequestType: 'victim-side', evidenceRequestOn: '2025-09-01', evidenceRequestDecidedOn: '2025-09-06', evidenceRequestGranted: true },
      today: '2025-09-20',
      expect: [{ light: 'green', messageId: 'decided', due: '2025-09-06' }],
    },
    {
      name: 'collection refused in writing with reasons',
      snapshot: { ...pr, evidenceRequestType: 'by-procuratorate', evidenceRequestOn: '2025-09-01', evidenceRequestDecidedOn: '2025-09-03', evidenceRequestGranted: false, evidenceRefusalReasonsGiven: true },
      today: '2025-09-20',
      expect: [{ light: 'green', messageId: 'refused-with-reasons' }],
    },
    {
      name: 'collection request awaiting decision',
      snapshot: { ...pr, evidenceRequestType: 'by-procuratorate', evidenceRequestOn: '2025-09-01' },
      today: '2025-09-03',
      expect: [{ light: 'green', messageId: 'pending-decision' }],
    },
  ],
  invalid: [
    {
      name: 'defender told late',
      snapshot: { ...pr, evidenceRequestType: 'from-police', evidenceRequestGranted: true, policeEvidenceReceivedOn: '2025-09-10', evidenceDefenderToldOn: '2025-09-16' },
      today: '2025-09-20',
      expect: [{ light: 'red', messageId: 'told-late', due: '2025-09-13', points: 3 }],
    },
    {
      name: 'defender never told',
      snapshot: { ...pr, evidenceRequestType: 'from-police', evidenceRequestGranted: true, policeEvidenceReceivedOn: '2025-09-10' },
      today: '2025-09-14',
      expect: [{ light: 'red', messageId: 'not-told', due: '2025-09-13', points: 3 }],
    },
    {
      name: 'victim-side permission undecided after 5 days',
      snapshot: { ...pr, evidenceRequestType: 'victim-side', evidenceRequestOn: '2025-09-01' },
      today: '2025-09-08',
      expect: [{ light: 'red', messageId: 'undecided', due: '2025-09-06', points: 3 }],
    },
    {
      name: 'victim-side permission: two days left, yellow',
      snapshot: { ...pr, evidenceRequestType: 'victim-side', evidenceRequestOn: '2025-09-08' },
      today: '2025-09-11',
      expect: [{ light: 'yellow', messageId: 'decide-due', due: '2025-09-13' }],
    },
    {
      name: 'refused without reasons',
      snapshot: { ...pr, evidenceRequestType: 'by-procuratorate', evidenceRequestOn: '2025-09-01', evidenceRequestDecidedOn: '2025-09-03', evidenceRequestGranted: false },
      today: '2025-09-20',
      expect: [{ light: 'red', messageId: 'refused-without-reasons', points: 3 }],
    },
    {
      name: 'request type unknown',
      snapshot: { ...pr, evidenceRequestOn: '2025-09-01' },
      today: '2025-09-20',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['evidenceRequestType'] }],
    },
  ],
});
