import rule from '../../../shared/rules/nonpros-service-7d-notice';
import { testRule } from './rule-tester';

// Announced Friday 2025-09-12: yellow from +3 (09-15), red after +7 (09-19).
const base = { procedure: 'non-prosecution', acceptedOn: '2025-08-01', decisionOn: '2025-09-10', announcedOn: '2025-09-12' };

testRule(rule, {
  valid: [
    { name: 'served with the appeal notice', snapshot: { ...base, nonProsServedOn: '2025-09-12', appealRightsNoticed: true }, today: '2025-09-20',
      expect: [{ light: 'green', messageId: 'done', due: '2025-09-19' }] },
    { name: 'not served yet, early', snapshot: base, today: '2025-09-14', expect: [{ light: 'green', messageId: 'open', due: '2025-09-19' }] },
    { name: 'not yet decided', snapshot: { procedure: 'non-prosecution', acceptedOn: '2025-08-01' }, today: '2025-09-14' },
  ],
  invalid: [
    { name: 'yellow from the third day', snapshot: base, today: '2025-09-15', expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-09-19' }] },
    { name: 'not served after seven days', snapshot: base, today: '2025-09-20', expect: [{ light: 'red', messageId: 'missing', due: '2025-09-19', points: 6 }] },
    { name: 'served late', snapshot: { ...base, nonProsServedOn: '2025-09-22' }, today: '2025-09-25', expect: [{ light: 'red', messageId: 'late', due: '2025-09-19', points: 6 }] },
    { name: 'served without the 7-day appeal notice', snapshot: { ...base, nonProsServedOn: '2025-09-12', appealRightsNoticed: false }, today: '2025-09-20',
      expect: [{ light: 'red', messageId: 'no-appeal-notice', due: '2025-09-19', anchor: 'appealRightsNoticed' }] },
    { name: 'not announced: counts from the decision', snapshot: { ...base, announcedOn: undefined }, today: '2025-09-18',
      expect: [{ light: 'red', messageId: 'missing', due: '2025-09-17' }] },
  ],
});
