import rule from '../../../shared/rules/notice-victim-agent-3d';
import { testRule } from './rule-tester';

const base = { procedure: 'prosecution-review', acceptedOn: '2025-09-08', inCustody: true, hasVictim: true };

testRule(rule, {
  valid: [
    { name: 'told in time', snapshot: { ...base, victimAgentNoticeOn: '2025-09-11', victimAgentNoticeProof: true }, today: '2025-09-20',
      expect: [{ light: 'green', messageId: 'done', due: '2025-09-11' }] },
    { name: 'no victim: nothing to check', snapshot: { ...base, hasVictim: false }, today: '2025-09-20' },
    { name: 'victim could not be told, reason on file', snapshot: { ...base, victimNoticeImpossible: true }, today: '2025-09-20',
      expect: [{ light: 'green', messageId: 'impossible-recorded', due: '2025-09-11' }] },
    { name: 'pending with time left', snapshot: base, today: '2025-09-09', expect: [{ light: 'green', messageId: 'open', due: '2025-09-11' }] },
  ],
  invalid: [
    { name: 'whether there is a victim is unknown', snapshot: { ...base, hasVictim: undefined }, today: '2025-09-20',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['hasVictim'] }] },
    { name: 'due today', snapshot: base, today: '2025-09-11', expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-09-11' }] },
    { name: 'never told', snapshot: base, today: '2025-09-12', expect: [{ light: 'red', messageId: 'missing', due: '2025-09-11', points: 6 }] },
    { name: 'told late', snapshot: { ...base, victimAgentNoticeOn: '2025-09-15' }, today: '2025-09-20',
      expect: [{ light: 'red', messageId: 'late', due: '2025-09-11', points: 4 }] },
    { name: 'told without proof', snapshot: { ...base, victimAgentNoticeOn: '2025-09-09', victimAgentNoticeProof: false }, today: '2025-09-20',
      expect: [{ light: 'yellow', messageId: 'no-proof', due: '2025-09-11' }] },
    // Example D applies to the victim notice too: 10-01 is a holiday. 刑诉法 105 ④: the suspect on
    // bail, the procuratorate's own notice moves to the first working day after it.
    { name: '刑诉法 105 ④: example D, suspect not in custody: moved to 10-09, yellow on 10-02', snapshot: { ...base, acceptedOn: '2025-09-28', inCustody: false }, today: '2025-10-02',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-10-09' }] },
    { name: '刑诉法 105 ④: example D, suspect in custody: not moved, red after 10-01', snapshot: { ...base, acceptedOn: '2025-09-28', inCustody: true }, today: '2025-10-02',
      expect: [{ light: 'red', messageId: 'missing', due: '2025-10-01', points: 6 }] },
  ],
});
