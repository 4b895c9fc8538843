import rule from '../../../shared/rules/prosecution-mandatory-interrogation';
import { testRule } from './rule-tester';

const base = { procedure: 'prosecution-review', acceptedOn: '2025-09-08' };

testRule(rule, {
  valid: [
    { name: 'interrogated, then decided', snapshot: { ...base, interrogatedOn: '2025-09-10', decisionOn: '2025-09-30' }, today: '2025-10-01',
      expect: [{ light: 'green', messageId: 'interrogated' }] },
    { name: 'interrogated, decision pending', snapshot: { ...base, interrogatedOn: '2025-09-10' }, today: '2025-09-20' },
  ],
  invalid: [
    { name: 'decided without interrogation', snapshot: { ...base, decisionOn: '2025-09-30' }, today: '2025-10-01',
      expect: [{ light: 'red', messageId: 'missing', points: 8 }] },
    { name: 'interrogated after the decision', snapshot: { ...base, interrogatedOn: '2025-10-02', decisionOn: '2025-09-30' }, today: '2025-10-03',
      expect: [{ light: 'red', messageId: 'after-decision', points: 8 }] },
    { name: 'only an interrogation from before the case arrived', snapshot: { ...base, interrogatedOn: '2025-08-01' }, today: '2025-09-20',
      expect: [{ light: 'yellow', messageId: 'before-acceptance' }] },
    { name: 'an earlier-stage interrogation does not count at the decision', snapshot: { ...base, interrogatedOn: '2025-08-01', decisionOn: '2025-09-30' }, today: '2025-10-01',
      expect: [{ light: 'red', messageId: 'missing' }] },
    { name: 'nothing yet', snapshot: base, today: '2025-09-20', expect: [{ light: 'grey', messageId: 'not-yet' }] },
  ],
});
