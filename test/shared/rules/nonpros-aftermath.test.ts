import rule from '../../../shared/rules/nonpros-aftermath';
import { testRule } from './rule-tester';

const np = { procedure: 'non-prosecution', decisionOn: '2025-09-01' };

testRule(rule, {
  valid: [
    {
      name: 'release notified with the decision, employer told, opinion sent',
      snapshot: { ...np, hasSeizedProperty: true, seizureReleaseNoticeOn: '2025-09-01', publicEmployee: true, employerNotifiedOn: '2025-09-08', procuratorialOpinionNeeded: true, procuratorialOpinionSentOn: '2025-09-01' },
      today: '2025-09-20',
      expect: [
        { light: 'green', messageId: 'release-notified', due: '2025-09-01' },
        { light: 'green', messageId: 'employer-told', due: '2025-09-11' },
        { light: 'green', messageId: 'opinion-sent' },
      ],
    },
    { name: 'nothing seized, private person', snapshot: { ...np, hasSeizedProperty: false, publicEmployee: false }, today: '2025-09-20', expect: [] },
  ],
  invalid: [
    {
      name: 'release notified the next day',
      snapshot: { ...np, hasSeizedProperty: true, seizureReleaseNoticeOn: '2025-09-02' },
      today: '2025-09-20',
      expect: [{ light: 'red', messageId: 'release-late', due: '2025-09-01', points: 4 }],
    },
    {
      name: 'decision day: release notice still to send',
      snapshot: { ...np, hasSeizedProperty: true },
      today: '2025-09-01',
      expect: [{ light: 'yellow', messageId: 'release-due', due: '2025-09-01' }],
    },
    // 规则 153; 刑诉法 105 ④: decided 2025-09-26, ten days end on 10-06 (National Day); the person is
    // free, so the notice is due on the first working day after the holiday, 10-09.
    {
      name: '规则 153; 刑诉法 105 ④: the 10-day employer notice from 2025-09-26 is due 10-09, not 10-06 (yellow on 10-07)',
      snapshot: { procedure: 'non-prosecution', decisionOn: '2025-09-26', hasSeizedProperty: false, publicEmployee: true },
      today: '2025-10-07',
      expect: [{ light: 'yellow', messageId: 'employer-due', due: '2025-10-09' }],
    },
    {
      name: '规则 153; 刑诉法 105 ④: red only after 10-09',
      snapshot: { procedure: 'non-prosecution', decisionOn: '2025-09-26', hasSeizedProperty: false, publicEmployee: true },
      today: '2025-10-10',
      expect: [{ light: 'red', messageId: 'employer-missing', due: '2025-10-09', points: 4 }],
    },
    {
      name: 'employer never told',
      snapshot: { ...np, hasSeizedProperty: false, publicEmployee: true },
      today: '2025-09-12',
      expect: [{ light: 'red', messageId: 'employer-missing', due: '2025-09-11', points: 4 }],
    },
    {
      name: 'opinion needed, not sent',
      snapshot: { ...np, hasSeizedProperty: false, procuratorialOpinionNeeded: true },
      today: '2025-09-12',
      expect: [{ light: 'yellow', messageId: 'opinion-pending' }],
    },
    {
      name: 'seized property not stated',
      snapshot: np,
      today: '2025-09-12',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['hasSeizedProperty'] }],
    },
  ],
});
