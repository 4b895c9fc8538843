import rule from '../../../shared/rules/period-change-notifications';
import { testRule } from './rule-tester';

const pr = { procedure: 'prosecution-review', acceptedOn: '2025-09-01', inCustody: true };

testRule(rule, {
  valid: [
    {
      name: 'extension told to both in time',
      snapshot: { ...pr, extensionApprovedOn: '2025-09-29', detentionCentreNotifiedOn: '2025-09-29', supervisionDeptNotifiedOn: '2025-10-05' },
      today: '2025-10-10',
      expect: [
        { light: 'green', messageId: 'centre-told', due: '2025-09-30' },
        { light: 'green', messageId: 'dept-told', due: '2025-10-09' },
      ],
    },
    {
      name: 'the latest change counts: re-transfer after a return',
      snapshot: { ...pr, lastReturnOn: '2025-09-10', retransferredOn: '2025-10-09', detentionCentreNotifiedOn: '2025-10-10', supervisionDeptNotifiedOn: '2025-10-15' },
      today: '2025-10-20',
      expect: [
        { light: 'green', messageId: 'centre-told', due: '2025-10-10' },
        { light: 'green', messageId: 'dept-told', due: '2025-10-19' },
      ],
    },
    // A return alone is told to the supervising department (规则 614(5)); the clock restarts on re-transfer.
    {
      name: 'a return is told to the supervising department',
      snapshot: { ...pr, lastReturnOn: '2025-09-10', supervisionDeptNotifiedOn: '2025-09-12' },
      today: '2025-09-15',
      expect: [{ light: 'green', messageId: 'dept-told', due: '2025-09-20' }],
    },
    { name: 'not in custody', snapshot: { ...pr, inCustody: false, custodyMeasure: 'bail', retransferredOn: '2025-09-10' }, today: '2025-10-20', expect: [] },
    { name: 'no change', snapshot: pr, today: '2025-10-20', expect: [] },
  ],
  invalid: [
    {
      name: '规则 152 "及时": the centre notice limit adopted by the unit: red',
      snapshot: { ...pr, lastReturnOn: '2025-08-10', retransferredOn: '2025-09-10', supervisionDeptNotifiedOn: '2025-09-12' },
      today: '2025-09-15',
      config: { rules: { 'period-change-notifications': { adopted: true } } },
      expect: [
        { light: 'red', messageId: 'centre-missing', due: '2025-09-11', points: 3 },
        { light: 'green', messageId: 'dept-told', due: '2025-09-20' },
      ],
    },
    {
      name: '规则 152 "及时" (a unit-policy limit): re-transfer not told to the detention centre, yellow',
      snapshot: { ...pr, lastReturnOn: '2025-08-10', retransferredOn: '2025-09-10', supervisionDeptNotifiedOn: '2025-09-12' },
      today: '2025-09-15',
      expect: [
        { light: 'yellow', messageId: 'centre-missing', due: '2025-09-11' },
        { light: 'green', messageId: 'dept-told', due: '2025-09-20' },
      ],
    },
    {
      name: 'a notice of the earlier return does not cover the re-transfer',
      snapshot: { ...pr, lastReturnOn: '2025-09-10', retransferredOn: '2025-10-09', detentionCentreNotifiedOn: '2025-09-10', supervisionDeptNotifiedOn: '2025-09-12' },
      today: '2025-10-10',
      expect: [
        { light: 'yellow', messageId: 'centre-due', due: '2025-10-10' },
        { light: 'green', messageId: 'dept-open', due: '2025-10-19' },
      ],
    },
    // In a police case the police tell the detention centre; the procuratorate tells its own department.
    {
      name: 'police case: extension told to the supervising department late',
      snapshot: { procedure: 'detention-supervision', custodyMeasure: 'arrest', detentionExtensionDecidedOn: '2025-09-01', supervisionDeptNotifiedOn: '2025-09-15' },
      today: '2025-09-20',
      expect: [{ light: 'red', messageId: 'dept-late', due: '2025-09-11', points: 3 }],
    },
    {
      name: 'own investigation: recalculated detention, nobody told',
      snapshot: { procedure: 'self-investigation', inCustody: true, detentionRestartedOn: '2025-09-01' },
      today: '2025-09-15',
      expect: [
        { light: 'yellow', messageId: 'centre-missing', due: '2025-09-02' },
        { light: 'red', messageId: 'dept-missing', due: '2025-09-11', points: 3 },
      ],
    },
  ],
});
