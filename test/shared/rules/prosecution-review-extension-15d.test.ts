import rule from '../../../shared/rules/prosecution-review-extension-15d';
import { testRule } from './rule-tester';

// Example C′: received 2025-09-08, nominal 10-08; +15 days -> 10-23.
const c = { procedure: 'prosecution-review', acceptedOn: '2025-09-08', inCustody: true, majorComplex: true };

testRule(rule, {
  valid: [
    { name: 'example C′: approved before expiry', snapshot: { ...c, extensionApprovedOn: '2025-09-30' }, today: '2025-10-10',
      expect: [{ light: 'green', messageId: 'approved', due: '2025-10-08' }] },
    { name: 'approved on the expiry day', snapshot: { ...c, extensionApprovedOn: '2025-10-08' }, today: '2025-10-10' },
    { name: 'complex case, early in the period', snapshot: c, today: '2025-09-15' },
    { name: 'not complex, no extension', snapshot: { ...c, majorComplex: false }, today: '2025-10-05' },
  ],
  invalid: [
    // One defect, charged once (刑诉法 172 ①): a retroactive approval extends nothing, and the overrun
    // it leaves is R29's red; here the approval only points there.
    { name: '刑诉法 172 ①: approved after the expiry: extends nothing, see R29, no points here', snapshot: { ...c, extensionApprovedOn: '2025-10-09' }, today: '2025-10-10',
      expect: [{ light: 'yellow', messageId: 'retroactive', due: '2025-10-08' }] },
    { name: 'extended without the major/complex flag', snapshot: { ...c, majorComplex: false, extensionApprovedOn: '2025-09-30' }, today: '2025-10-10',
      expect: [{ light: 'yellow', messageId: 'no-ground', due: '2025-10-08' }] },
    { name: 'complex case near the expiry without approval', snapshot: c, today: '2025-09-26',
      expect: [{ light: 'yellow', messageId: 'consider-extension', due: '2025-10-08' }] },
  ],
});
