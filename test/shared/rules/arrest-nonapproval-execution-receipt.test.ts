import rule from '../../../shared/rules/arrest-nonapproval-execution-receipt';
import { testRule } from './rule-tester';

const ar = { procedure: 'arrest-review', acceptedOn: '2025-09-01', decisionOn: '2025-09-05', nonApprovalServedOn: '2025-09-05' };

testRule(rule, {
  valid: [
    {
      name: 'receipt within 3 days',
      snapshot: { ...ar, inCustody: false, nonApprovalReceiptOn: '2025-09-07' },
      today: '2025-09-20',
      expect: [{ light: 'green', messageId: 'receipt-received', due: '2025-09-08' }],
    },
    {
      name: 'waiting for the receipt',
      snapshot: { ...ar, inCustody: false },
      today: '2025-09-06',
      expect: [{ light: 'green', messageId: 'awaiting-receipt', due: '2025-09-08' }],
    },
    {
      name: 'non-execution answered with a correction opinion',
      snapshot: { ...ar, inCustody: true, nonApprovalReceiptOn: '2025-09-06', nonApprovalNotExecuted: true, nonApprovalCorrectionOn: '2025-09-07' },
      today: '2025-09-20',
      expect: [
        { light: 'green', messageId: 'receipt-received', due: '2025-09-08' },
        { light: 'green', messageId: 'correction-issued' },
      ],
    },
    { name: 'approved: nothing to execute', snapshot: { procedure: 'arrest-review', acceptedOn: '2025-09-01', decisionOn: '2025-09-05' }, today: '2025-09-20', expect: [] },
  ],
  invalid: [
    {
      name: 'no receipt after 3 days: a prompt, not a defect of the procuratorate',
      snapshot: { ...ar, inCustody: false },
      today: '2025-09-09',
      expect: [{ light: 'yellow', messageId: 'receipt-overdue', due: '2025-09-08' }],
    },
    {
      name: 'receipt late',
      snapshot: { ...ar, inCustody: false, nonApprovalReceiptOn: '2025-09-10' },
      today: '2025-09-20',
      expect: [{ light: 'yellow', messageId: 'receipt-late', due: '2025-09-08' }],
    },
    {
      name: 'not released and no correction opinion',
      snapshot: { ...ar, inCustody: true, nonApprovalReceiptOn: '2025-09-06', nonApprovalNotExecuted: true },
      today: '2025-09-20',
      expect: [
        { light: 'green', messageId: 'receipt-received', due: '2025-09-08' },
        { light: 'red', messageId: 'no-correction', points: 4 },
      ],
    },
  ],
});
