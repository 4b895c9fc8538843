import rule from '../../../shared/rules/plea-agreement-counsel-present';
import { testRule } from './rule-tester';

const base = { procedure: 'prosecution-review', acceptedOn: '2025-09-08', pleaAccepted: true, pleaAgreementSignedOn: '2025-09-20' };

testRule(rule, {
  valid: [
    { name: 'signed with counsel present', snapshot: { ...base, counselPresentAtSigning: true }, today: '2025-09-21',
      expect: [{ light: 'green', messageId: 'counsel-present', occurrenceKey: 'plea-agreement-counsel-present:2025-09-20' }] },
    { name: 'not signed yet', snapshot: { ...base, pleaAgreementSignedOn: undefined }, today: '2025-09-21' },
    { name: 'yes/no written in Chinese', snapshot: { ...base, counselPresentAtSigning: '是' }, today: '2025-09-21' },
  ],
  invalid: [
    { name: 'signed without counsel', snapshot: { ...base, counselPresentAtSigning: false }, today: '2025-09-21',
      expect: [{ light: 'red', messageId: 'no-counsel', points: 9 }] },
    { name: 'presence not recorded', snapshot: base, today: '2025-09-21',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['counselPresentAtSigning'] }] },
    { name: 'points can be configured', snapshot: { ...base, counselPresentAtSigning: '否' }, today: '2025-09-21',
      config: { rules: { 'plea-agreement-counsel-present': { points: { 'no-counsel': 10 } } } },
      expect: [{ light: 'red', messageId: 'no-counsel', points: 10 }] },
  ],
});
