import rule from '../../../shared/rules/notice-suspect-counsel-3d';
import { testRule } from './rule-tester';

const base = { procedure: 'prosecution-review', acceptedOn: '2025-09-08', inCustody: true };

testRule(rule, {
  valid: [
    { name: 'told on the second day', snapshot: { ...base, suspectCounselNoticeOn: '2025-09-10' }, today: '2025-09-20',
      expect: [{ light: 'green', messageId: 'done', due: '2025-09-11' }] },
    { name: 'told on the due day, proof on file', snapshot: { ...base, suspectCounselNoticeOn: '2025-09-11', suspectCounselNoticeProof: true }, today: '2025-09-11',
      expect: [{ light: 'green', messageId: 'done', due: '2025-09-11', occurrenceKey: 'notice-suspect-counsel-3d:2025-09-08' }] },
    { name: 'pending with time left', snapshot: base, today: '2025-09-09', expect: [{ light: 'green', messageId: 'open', due: '2025-09-11' }] },
    // Periods run from receipt when the materials arrived before registration (doubt D18).
    { name: 'runs from the earlier receipt', snapshot: { ...base, materialsReceivedOn: '2025-09-05', suspectCounselNoticeOn: '2025-09-08' }, today: '2025-09-20',
      expect: [{ light: 'green', messageId: 'done', due: '2025-09-08' }] },
    { name: 'supervision case: told when detention was executed', snapshot: { ...base, supervisionCase: true, detainedOn: '2025-09-09', suspectCounselNoticeOn: '2025-09-09' }, today: '2025-09-20',
      expect: [{ light: 'green', messageId: 'done', due: '2025-09-09' }] },
    { name: 'another procedure: not applicable', snapshot: { ...base, procedure: 'arrest-review' }, today: '2025-09-20' },
  ],
  invalid: [
    // Example D: 2025-09-28 is a make-up working day; the due day 10-01 is a holiday and is not
    // moved (doubt D1), so the last working day before it (09-30) is already yellow.
    { name: 'example D: due on a holiday, yellow on the last working day', snapshot: { ...base, acceptedOn: '2025-09-28' }, today: '2025-09-30',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-10-01' }] },
    { name: 'example D: not moved even when not in custody', snapshot: { ...base, acceptedOn: '2025-09-28', inCustody: false }, today: '2025-10-02',
      expect: [{ light: 'red', messageId: 'missing', due: '2025-10-01', points: 6 }] },
    { name: 'example D with the postponement option: 10-09', snapshot: { ...base, acceptedOn: '2025-09-28', inCustody: false }, today: '2025-10-02',
      config: { rules: { 'notice-suspect-counsel-3d': { options: { postponeOnRestDay: true } } } },
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-10-09' }] },
    { name: 'due today', snapshot: base, today: '2025-09-11', expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-09-11' }] },
    { name: 'not told after the due date', snapshot: base, today: '2025-09-12', expect: [{ light: 'red', messageId: 'missing', due: '2025-09-11', points: 6 }] },
    { name: 'told late', snapshot: { ...base, suspectCounselNoticeOn: '2025-09-12' }, today: '2025-09-20',
      expect: [{ light: 'red', messageId: 'late', due: '2025-09-11', points: 4 }] },
    { name: 'told without proof', snapshot: { ...base, suspectCounselNoticeOn: '2025-09-10', suspectCounselNoticeProof: false }, today: '2025-09-20',
      expect: [{ light: 'yellow', messageId: 'no-proof', due: '2025-09-11', anchor: 'suspectCounselNoticeProof' }] },
    { name: 'supervision case without the detention date', snapshot: { ...base, supervisionCase: true }, today: '2025-09-20',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['detainedOn'] }] },
    { name: 'acceptance date missing', snapshot: { procedure: 'prosecution-review' }, today: '2025-09-20',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['acceptedOn'] }] },
    { name: 'acceptance date unreadable counts as missing', snapshot: { procedure: 'prosecution-review', acceptedOn: '2025-02-30' }, today: '2025-09-20',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['acceptedOn'] }] },
  ],
});
