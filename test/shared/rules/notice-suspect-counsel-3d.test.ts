import rule from '../../../shared/rules/notice-suspect-counsel-3d';
import { testRule } from './rule-tester';

const base = { procedure: 'prosecution-review', acceptedOn: '2025-09-08', inCustody: true };

testRule(rule, {
  valid: [
    { name: '刑诉法 105 ④: bail case told on Mon 09-22, the rolled-over due date: green', snapshot: { ...base, acceptedOn: '2025-09-17', inCustody: false, suspectCounselNoticeOn: '2025-09-22' }, today: '2025-09-25',
      expect: [{ light: 'green', messageId: 'done', due: '2025-09-22' }] },
    { name: 'told on the second day', snapshot: { ...base, suspectCounselNoticeOn: '2025-09-10' }, today: '2025-09-20',
      expect: [{ light: 'green', messageId: 'done', due: '2025-09-11' }] },
    { name: 'told on the due day, proof on file', snapshot: { ...base, suspectCounselNoticeOn: '2025-09-11', suspectCounselNoticeProof: true }, today: '2025-09-11',
      expect: [{ light: 'green', messageId: 'done', due: '2025-09-11', occurrenceKey: 'notice-suspect-counsel-3d:2025-09-08' }] },
    { name: 'pending with time left', snapshot: base, today: '2025-09-09', expect: [{ light: 'green', messageId: 'open', due: '2025-09-11' }] },
    // Periods run from receipt when the materials arrived before registration (the earlier of the two).
    { name: 'runs from the earlier receipt', snapshot: { ...base, materialsReceivedOn: '2025-09-05', suspectCounselNoticeOn: '2025-09-08' }, today: '2025-09-20',
      expect: [{ light: 'green', messageId: 'done', due: '2025-09-08' }] },
    { name: 'supervision case: told when detention was executed', snapshot: { ...base, supervisionCase: true, detainedOn: '2025-09-09', suspectCounselNoticeOn: '2025-09-09' }, today: '2025-09-20',
      expect: [{ light: 'green', messageId: 'done', due: '2025-09-09' }] },
    { name: 'another procedure: not applicable', snapshot: { ...base, procedure: 'arrest-review' }, today: '2025-09-20' },
  ],
  invalid: [
    // Example D: 2025-09-28 is a make-up working day; the due day 10-01 is a holiday. In custody it
    // is not moved (刑诉法 105 ④ proviso), so the last working day before it (09-30) is yellow.
    { name: 'example D in custody: due on a holiday, not moved (刑诉法 105 ④), yellow on the last working day', snapshot: { ...base, acceptedOn: '2025-09-28' }, today: '2025-09-30',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-10-01' }] },
    { name: 'example D in custody: missing the day after the holiday due date', snapshot: { ...base, acceptedOn: '2025-09-28' }, today: '2025-10-02',
      expect: [{ light: 'red', messageId: 'missing', due: '2025-10-01', points: 6 }] },
    // 刑诉法 105 ④ as written: out of custody the procuratorate's own notice duty rolls over too.
    { name: '刑诉法 105 ④: example D out of custody moves to 10-09, not red on 10-02', snapshot: { ...base, acceptedOn: '2025-09-28', inCustody: false }, today: '2025-10-02',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-10-09' }] },
    { name: '刑诉法 105 ④: bail case accepted Wed 2025-09-17 is due Mon 09-22, not Sat 09-20', snapshot: { ...base, acceptedOn: '2025-09-17', inCustody: false, custodyMeasure: 'bail' }, today: '2025-09-21',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-09-22' }] },
    { name: '刑诉法 105 ④: the bail case is red only after Mon 09-22', snapshot: { ...base, acceptedOn: '2025-09-17', inCustody: false, custodyMeasure: 'bail' }, today: '2025-09-23',
      expect: [{ light: 'red', messageId: 'missing', due: '2025-09-22', points: 6 }] },
    { name: 'a unit’s stricter internal date (the nominal Saturday) passed: yellow, never red', snapshot: { ...base, acceptedOn: '2025-09-17', inCustody: false }, today: '2025-09-21',
      config: { rules: { 'notice-suspect-counsel-3d': { internalNominalDue: true } } },
      expect: [{ light: 'yellow', messageId: 'internal-date-passed', due: '2025-09-22' }] },
    { name: 'told on Monday after the internal Saturday: yellow without points', snapshot: { ...base, acceptedOn: '2025-09-17', inCustody: false, suspectCounselNoticeOn: '2025-09-22' }, today: '2025-09-25',
      config: { rules: { 'notice-suspect-counsel-3d': { internalNominalDue: true } } },
      expect: [{ light: 'yellow', messageId: 'internal-date-late', due: '2025-09-22' }] },
    { name: 'custody unknown: the law’s rollover applies (in custody must be on file to hold the date)', snapshot: { procedure: 'prosecution-review', acceptedOn: '2025-09-17' }, today: '2025-09-21',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-09-22' }] },
    { name: 'a due date in a year without the State Council arrangement is never red', snapshot: { ...base, acceptedOn: '2027-01-08', inCustody: false }, today: '2027-01-20',
      expect: [{ light: 'yellow', messageId: 'calendar-not-loaded', due: '2027-01-11' }] },
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
