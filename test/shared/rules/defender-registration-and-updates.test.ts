import rule from '../../../shared/rules/defender-registration-and-updates';
import { testRule } from './rule-tester';

const pr = { procedure: 'prosecution-review', acceptedOn: '2025-09-01', hasCounsel: true };

testRule(rule, {
  valid: [
    {
      name: 'registered the same day, credentials checked',
      snapshot: { ...pr, defenderNoticeReceivedOn: '2025-09-03', defenderRegisteredOn: '2025-09-03', defenderCredentialsChecked: true },
      today: '2025-09-10',
      expect: [{ light: 'green', messageId: 'registered', due: '2025-09-04' }],
    },
    {
      name: 'lawyer told of the return two days later',
      snapshot: { ...pr, lastReturnOn: '2025-09-15', defenderProgressNoticeOn: '2025-09-17' },
      today: '2025-09-20',
      expect: [{ light: 'green', messageId: 'told', due: '2025-09-18' }],
    },
    {
      name: 'the latest event counts: indictment after a return',
      snapshot: { ...pr, lastReturnOn: '2025-08-15', indictedOn: '2025-09-20', defenderProgressNoticeOn: '2025-09-20' },
      today: '2025-09-30',
      expect: [{ light: 'green', messageId: 'told', due: '2025-09-23' }],
    },
    { name: 'no defender: nothing to do', snapshot: { procedure: 'prosecution-review', hasCounsel: false, indictedOn: '2025-09-20' }, today: '2025-09-30', expect: [] },
  ],
  invalid: [
    // 规则 45 "及时登记" and 规则 47 ② "及时告知" set no day count: 1 working day and 3 days are the
    // unit's reading, a policy: yellow without points unless the unit adopts it.
    {
      name: '规则 45: registered three working days later, the limit adopted by the unit: red',
      snapshot: { ...pr, defenderNoticeReceivedOn: '2025-09-03', defenderRegisteredOn: '2025-09-08' },
      today: '2025-09-10',
      config: { rules: { 'defender-registration-and-updates': { adopted: true } } },
      expect: [{ light: 'red', messageId: 'registration-late', due: '2025-09-04', points: 3 }],
    },
    {
      name: '规则 45: registered three working days later: a unit-policy limit, yellow without points',
      snapshot: { ...pr, defenderNoticeReceivedOn: '2025-09-03', defenderRegisteredOn: '2025-09-08' },
      today: '2025-09-10',
      expect: [{ light: 'yellow', messageId: 'registration-late', due: '2025-09-04' }],
    },
    {
      name: 'never registered',
      snapshot: { procedure: 'intake', defenderNoticeReceivedOn: '2025-09-03' },
      today: '2025-09-05',
      expect: [{ light: 'yellow', messageId: 'registration-missing', due: '2025-09-04' }],
    },
    {
      name: 'credentials not checked',
      snapshot: { ...pr, defenderNoticeReceivedOn: '2025-09-03', defenderRegisteredOn: '2025-09-03', defenderCredentialsChecked: false },
      today: '2025-09-10',
      expect: [
        { light: 'green', messageId: 'registered', due: '2025-09-04' },
        { light: 'yellow', messageId: 'credentials-unchecked' },
      ],
    },
    {
      name: 'indicted, lawyer not told',
      snapshot: { ...pr, indictedOn: '2025-09-20' },
      today: '2025-09-24',
      expect: [{ light: 'yellow', messageId: 'not-told', due: '2025-09-23' }],
    },
    // 09-10 + 3 = Sat 09-13: 刑诉法 105 ④ moves it to Monday 09-15 (suspect not held); Friday is yellow.
    {
      name: 'a notice before the latest event does not count',
      snapshot: { ...pr, lastReturnOn: '2025-08-15', jurisdictionChangedOn: '2025-09-10', defenderProgressNoticeOn: '2025-08-16' },
      today: '2025-09-12',
      expect: [{ light: 'yellow', messageId: 'tell-due', due: '2025-09-15' }],
    },
    {
      name: '刑诉法 105 ④: suspect in custody, the Saturday expiry stands',
      snapshot: { ...pr, inCustody: true, jurisdictionChangedOn: '2025-09-10' },
      today: '2025-09-12',
      expect: [{ light: 'yellow', messageId: 'tell-due', due: '2025-09-13' }],
    },
    {
      name: 'last day to tell the lawyer: yellow',
      snapshot: { ...pr, lastReturnOn: '2025-09-15' },
      today: '2025-09-18',
      expect: [{ light: 'yellow', messageId: 'tell-due', due: '2025-09-18' }],
    },
  ],
});
