import rule from '../../../shared/rules/arrest-review-mandatory-interrogation';
import { testRule } from './rule-tester';

const base = { procedure: 'arrest-review', acceptedOn: '2025-09-08', inCustody: false };

testRule(rule, {
  valid: [
    { name: 'plea: interrogated before the decision', snapshot: { ...base, pleaAccepted: true, interrogatedOn: '2025-09-10', decisionOn: '2025-09-12' }, today: '2025-09-20',
      expect: [{ light: 'green', messageId: 'interrogated' }] },
    { name: 'no trigger and not detained', snapshot: { ...base, decisionOn: '2025-09-12' }, today: '2025-09-20' },
    { name: 'detained, not interrogated, opinion form returned', snapshot: { ...base, inCustody: true, opinionFormCollectedOn: '2025-09-11', decisionOn: '2025-09-12' },
      today: '2025-09-20', expect: [{ light: 'green', messageId: 'opinion-form' }] },
  ],
  invalid: [
    { name: 'trigger, not decided yet', snapshot: { ...base, suspectRequestedInterview: true }, today: '2025-09-10', expect: [{ light: 'grey', messageId: 'not-yet' }] },
    { name: 'doubt about the conditions, decided without interrogation', snapshot: { ...base, arrestConditionDoubt: true, decisionOn: '2025-09-12' }, today: '2025-09-20',
      expect: [{ light: 'red', messageId: 'missing', points: 7 }] },
    { name: 'interrogated after the decision', snapshot: { ...base, majorComplex: true, interrogatedOn: '2025-09-13', decisionOn: '2025-09-12' }, today: '2025-09-20',
      expect: [{ light: 'red', messageId: 'after-decision', points: 7 }] },
    { name: 'a minor suspect', snapshot: { ...base, suspectBirthDate: '2009-05-05', decisionOn: '2025-09-12' }, today: '2025-09-20',
      expect: [{ light: 'red', messageId: 'missing' }] },
    { name: 'detained, neither interrogated nor given the opinion form', snapshot: { ...base, inCustody: true, decisionOn: '2025-09-12' }, today: '2025-09-20',
      expect: [{ light: 'red', messageId: 'no-opinion-form', anchor: 'opinionFormCollectedOn' }] },
  ],
});
