import rule from '../../../shared/rules/legal-aid-mandatory-notice-3d';
import { testRule } from './rule-tester';

const base = { procedure: 'prosecution-review', acceptedOn: '2025-09-08', inCustody: true, hasCounsel: false, possibleLifeOrDeath: true };

testRule(rule, {
  valid: [
    { name: 'agency notified in time', snapshot: { ...base, legalAidNoticeOn: '2025-09-10' }, today: '2025-09-20',
      expect: [{ light: 'green', messageId: 'done', due: '2025-09-11' }] },
    { name: 'counsel retained', snapshot: { ...base, hasCounsel: true }, today: '2025-09-20', expect: [{ light: 'green', messageId: 'has-counsel' }] },
    { name: 'no mandatory ground', snapshot: { ...base, possibleLifeOrDeath: false, suspectBirthDate: '1990-01-01' }, today: '2025-09-20' },
    // 周岁 runs from the day after the birthday: born 2007-09-07 is 18 on 2025-09-08.
    { name: 'turned 18 before the case arrived', snapshot: { ...base, possibleLifeOrDeath: false, suspectBirthDate: '2007-09-07' }, today: '2025-09-20' },
  ],
  invalid: [
    { name: 'ground found: yellow while pending', snapshot: base, today: '2025-09-09', expect: [{ light: 'yellow', messageId: 'pending', due: '2025-09-11' }] },
    { name: 'not notified by the due date', snapshot: base, today: '2025-09-12', expect: [{ light: 'red', messageId: 'missing', due: '2025-09-11', points: 8 }] },
    { name: 'notified late', snapshot: { ...base, legalAidNoticeOn: '2025-09-12' }, today: '2025-09-20',
      expect: [{ light: 'red', messageId: 'late', due: '2025-09-11', points: 8 }] },
    { name: 'a minor on the day the case arrived', snapshot: { ...base, possibleLifeOrDeath: false, suspectBirthDate: '2008-01-01' }, today: '2025-09-10',
      expect: [{ light: 'yellow', messageId: 'pending', due: '2025-09-11' }] },
    { name: 'still a minor on the 18th birthday', snapshot: { ...base, possibleLifeOrDeath: false, suspectBirthDate: '2007-09-08' }, today: '2025-09-10',
      expect: [{ light: 'yellow', messageId: 'pending', due: '2025-09-11' }] },
    { name: 'disability found later: runs from the finding', snapshot: { ...base, possibleLifeOrDeath: false, suspectDisability: true, legalAidGroundFoundOn: '2025-09-20' }, today: '2025-09-24',
      expect: [{ light: 'red', messageId: 'missing', due: '2025-09-23' }] },
    { name: 'whether counsel is retained is unknown', snapshot: { ...base, hasCounsel: undefined }, today: '2025-09-10',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['hasCounsel'] }] },
  ],
});
