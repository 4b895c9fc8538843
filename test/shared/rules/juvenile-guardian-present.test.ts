import rule from '../../../shared/rules/juvenile-guardian-present';
import { testRule } from './rule-tester';

const base = { procedure: 'prosecution-review', acceptedOn: '2025-09-01', suspectBirthDate: '2008-05-01', interrogatedOn: '2025-09-10' };

testRule(rule, {
  valid: [
    { name: 'guardian present', snapshot: { ...base, guardianPresentAtInterrogation: true }, today: '2025-09-11',
      expect: [{ light: 'green', messageId: 'adult-present', occurrenceKey: 'juvenile-guardian-present:2025-09-10' }] },
    { name: 'an adult suspect', snapshot: { ...base, suspectBirthDate: '1990-01-01', guardianPresentAtInterrogation: false }, today: '2025-09-11' },
    // 周岁 from the day after the birthday: 18 on 2025-09-10 for one born 2007-09-09.
    { name: 'turned 18 the day before the interrogation', snapshot: { ...base, suspectBirthDate: '2007-09-09', guardianPresentAtInterrogation: false }, today: '2025-09-11' },
    { name: 'no interrogation yet', snapshot: { ...base, interrogatedOn: undefined }, today: '2025-09-11' },
  ],
  invalid: [
    { name: 'no adult present', snapshot: { ...base, guardianPresentAtInterrogation: false }, today: '2025-09-11',
      expect: [{ light: 'red', messageId: 'no-adult', points: 8 }] },
    { name: 'interrogated on the 18th birthday: still a minor', snapshot: { ...base, suspectBirthDate: '2007-09-10', guardianPresentAtInterrogation: false }, today: '2025-09-11',
      expect: [{ light: 'red', messageId: 'no-adult' }] },
    { name: 'presence not recorded', snapshot: base, today: '2025-09-11',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['guardianPresentAtInterrogation'] }] },
    { name: 'own investigation: first interrogation time', snapshot: { ...base, procedure: 'self-investigation', interrogatedOn: undefined, firstInterrogatedAt: '2025-09-10T09:30', guardianPresentAtInterrogation: false },
      today: '2025-09-11', expect: [{ light: 'red', messageId: 'no-adult' }] },
  ],
});
