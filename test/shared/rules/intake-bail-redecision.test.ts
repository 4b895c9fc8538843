import rule from '../../../shared/rules/intake-bail-redecision';
import { testRule } from './rule-tester';

const bail = { procedure: 'prosecution-review', acceptedOn: '2025-09-08', custodyMeasure: 'bail' };

testRule(rule, {
  valid: [
    {
      name: 're-decided and told within the window',
      snapshot: { ...bail, measureStartedOn: '2025-09-10', measureRedecisionNoticeOn: '2025-09-10' },
      today: '2025-09-20',
      expect: [
        { light: 'green', messageId: 'done', due: '2025-09-15' },
        { light: 'green', messageId: 'notified', due: '2025-09-15' },
      ],
    },
    {
      name: 'pending in the first three days',
      snapshot: bail,
      today: '2025-09-10',
      expect: [{ light: 'green', messageId: 'open', due: '2025-09-15' }],
    },
    { name: 'suspect in custody: nothing to re-decide', snapshot: { ...bail, custodyMeasure: 'arrest' }, today: '2025-09-30', expect: [] },
    { name: 'supervision case: the procuratorate decided itself', snapshot: { ...bail, supervisionCase: true }, today: '2025-09-30', expect: [] },
  ],
  invalid: [
    {
      name: 'pending after day 3: yellow',
      snapshot: { ...bail, custodyMeasure: 'residential-surveillance' },
      today: '2025-09-12',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-09-15' }],
    },
    {
      name: 'the decision in force is still the police’s (before receipt)',
      snapshot: { ...bail, measureStartedOn: '2025-06-01' },
      today: '2025-09-16',
      expect: [{ light: 'yellow', messageId: 'missing', due: '2025-09-15' }],
    },
    {
      name: '规则 103: no new decision by day 7: the law sets no day count, yellow without points',
      snapshot: bail,
      today: '2025-09-16',
      expect: [{ light: 'yellow', messageId: 'missing', due: '2025-09-15' }],
    },
    {
      name: '规则 103: no new decision by day 7, the unit adopted the 7 days: red',
      snapshot: bail,
      today: '2025-09-16',
      config: { rules: { 'intake-bail-redecision': { adopted: true } } },
      expect: [{ light: 'red', messageId: 'missing', due: '2025-09-15', points: 3 }],
    },
    // One defect, charged once: the police's bail ran past 12 months (刑诉法 79) because nobody
    // re-decided; R58 charges that, so even an adopted R03 only points to it.
    {
      name: '刑诉法 79; 规则 103: the police’s bail past 12 months, not re-decided: see R58, no points here',
      snapshot: { ...bail, measureStartedOn: '2024-08-20' },
      today: '2025-09-16',
      config: { rules: { 'intake-bail-redecision': { adopted: true } } },
      expect: [{ light: 'yellow', messageId: 'see-max-term', due: '2025-09-15' }],
    },
    {
      name: 're-decided late',
      snapshot: { ...bail, measureStartedOn: '2025-09-18', measureRedecisionNoticeOn: '2025-09-18' },
      today: '2025-09-20',
      expect: [
        { light: 'yellow', messageId: 'late', due: '2025-09-15' },
        { light: 'yellow', messageId: 'notice-late', due: '2025-09-15' },
      ],
    },
    {
      name: 're-decided, no record of telling the suspect',
      snapshot: { ...bail, measureStartedOn: '2025-09-10' },
      today: '2025-09-16',
      expect: [
        { light: 'green', messageId: 'done', due: '2025-09-15' },
        { light: 'yellow', messageId: 'notice-not-recorded', due: '2025-09-15' },
      ],
    },
    {
      name: 're-decided, notice still to give',
      snapshot: { ...bail, measureStartedOn: '2025-09-10' },
      today: '2025-09-11',
      expect: [
        { light: 'green', messageId: 'done', due: '2025-09-15' },
        { light: 'yellow', messageId: 'notify-pending', due: '2025-09-15' },
      ],
    },
    // 7 days from 2025-09-26 is 10-03 (holiday): not in custody, so it moves to 10-09.
    {
      name: 'holiday expiry moves to the next working day',
      snapshot: { ...bail, acceptedOn: '2025-09-26' },
      today: '2025-10-10',
      expect: [{ light: 'yellow', messageId: 'missing', due: '2025-10-09' }],
    },
  ],
});
