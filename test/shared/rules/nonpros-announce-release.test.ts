import rule from '../../../shared/rules/nonpros-announce-release';
import { testRule } from './rule-tester';

const base = { procedure: 'non-prosecution', acceptedOn: '2025-08-01', inCustody: true, decisionOn: '2025-09-10', announcedOn: '2025-09-12' };

testRule(rule, {
  valid: [
    { name: 'released on the announcement day', snapshot: { ...base, inCustody: false, releaseOn: '2025-09-12' }, today: '2025-09-15',
      expect: [{ light: 'green', messageId: 'released' }] },
    { name: 'on bail throughout', snapshot: { ...base, inCustody: false, custodyMeasure: 'bail' }, today: '2025-09-15' },
    { name: 'released before the decision (on bail since)', snapshot: { ...base, inCustody: false, releaseOn: '2025-08-20' }, today: '2025-09-15' },
  ],
  invalid: [
    { name: 'released the day after the announcement', snapshot: { ...base, inCustody: false, releaseOn: '2025-09-13' }, today: '2025-09-15',
      expect: [{ light: 'red', messageId: 'late-release', points: 9 }] },
    { name: 'still held after the announcement day', snapshot: base, today: '2025-09-13', expect: [{ light: 'red', messageId: 'not-released', points: 9 }] },
    { name: 'announcement day: release now', snapshot: base, today: '2025-09-12', expect: [{ light: 'yellow', messageId: 'release-today' }] },
    { name: 'decided, detained, not announced', snapshot: { ...base, announcedOn: undefined }, today: '2025-09-12',
      expect: [{ light: 'yellow', messageId: 'not-announced', anchor: 'announcedOn' }] },
    { name: 'custody unknown', snapshot: { ...base, inCustody: undefined }, today: '2025-09-12',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['inCustody'] }] },
  ],
});
