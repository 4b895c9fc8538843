import rule from '../../../shared/rules/nonpros-service-7d-notice';
import { testRule } from './rule-tester';

// Announced Friday 2025-09-12: yellow from +3 (09-15), the 7-day service limit ends 09-19. The law
// sets no service period, so that limit is a unit policy: yellow without points unless adopted.
const base = { procedure: 'non-prosecution', acceptedOn: '2025-08-01', decisionOn: '2025-09-10', announcedOn: '2025-09-12' };
const adopted = { rules: { 'nonpros-service-7d-notice': { adopted: true } } };

testRule(rule, {
  valid: [
    { name: 'served with the appeal notice', snapshot: { ...base, hasVictim: true, nonProsServedOn: '2025-09-12', appealRightsNoticed: true }, today: '2025-09-20',
      expect: [{ light: 'green', messageId: 'done', due: '2025-09-19' }] },
    { name: 'not served yet, early', snapshot: base, today: '2025-09-14', expect: [{ light: 'green', messageId: 'open', due: '2025-09-19' }] },
    { name: 'not yet decided', snapshot: { procedure: 'non-prosecution', acceptedOn: '2025-08-01' }, today: '2025-09-14' },
    // 刑诉法 180/181: the 7-day appeal belongs to a victim, or to the person after a 177 ② decision.
    { name: '刑诉法 180, 181: statutory non-prosecution without a victim owes no appeal notice: green',
      snapshot: { ...base, nonProsType: 'statutory', hasVictim: false, nonProsServedOn: '2025-09-12', appealRightsNoticed: false }, today: '2025-09-20',
      expect: [{ light: 'green', messageId: 'no-appeal-owed', due: '2025-09-19' }] },
    { name: '刑诉法 105 ④: the 7-day limit ending on a holiday moves (decided 09-26: 10-03 → 10-09)',
      snapshot: { procedure: 'non-prosecution', decisionOn: '2025-09-26', nonProsServedOn: '2025-10-09' }, today: '2025-10-10',
      expect: [{ light: 'green', messageId: 'done', due: '2025-10-09' }] },
  ],
  invalid: [
    { name: 'yellow from the third day', snapshot: base, today: '2025-09-15', expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-09-19' }] },
    { name: '[配置] not served after seven days: a unit-policy limit, yellow without points', snapshot: base, today: '2025-09-20',
      expect: [{ light: 'yellow', messageId: 'missing', due: '2025-09-19' }] },
    { name: '[配置] not served after seven days, the unit adopted the limit: red with points', snapshot: base, today: '2025-09-21', config: adopted,
      expect: [{ light: 'red', messageId: 'missing', due: '2025-09-19', points: 6 }] },
    { name: 'served late', snapshot: { ...base, nonProsServedOn: '2025-09-22' }, today: '2025-09-25', expect: [{ light: 'yellow', messageId: 'late', due: '2025-09-19' }] },
    { name: 'served late, adopted', snapshot: { ...base, nonProsServedOn: '2025-09-22' }, today: '2025-09-25', config: adopted,
      expect: [{ light: 'red', messageId: 'late', due: '2025-09-19', points: 6 }] },
    { name: '刑诉法 180: a victim not told of the 7-day appeal: red (the law’s own duty)',
      snapshot: { ...base, hasVictim: true, nonProsType: 'statutory', nonProsServedOn: '2025-09-12', appealRightsNoticed: false }, today: '2025-09-20',
      expect: [{ light: 'red', messageId: 'no-appeal-notice', due: '2025-09-19', anchor: 'appealRightsNoticed', points: 6 }] },
    { name: '刑诉法 181; 规则 385: after a 177 ② decision the person is told of their own appeal',
      snapshot: { ...base, hasVictim: false, nonProsType: 'discretionary', nonProsServedOn: '2025-09-12', appealRightsNoticed: false }, today: '2025-09-20',
      expect: [{ light: 'red', messageId: 'no-appeal-notice', due: '2025-09-19', anchor: 'appealRightsNoticed', points: 6 }] },
    { name: 'no appeal notice, and whether one was owed is unknown: grey', snapshot: { ...base, nonProsServedOn: '2025-09-12', appealRightsNoticed: false }, today: '2025-09-20',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['hasVictim', 'nonProsType'] }] },
    { name: 'not announced: counts from the decision', snapshot: { ...base, announcedOn: undefined }, today: '2025-09-18',
      expect: [{ light: 'yellow', messageId: 'missing', due: '2025-09-17' }] },
  ],
});
