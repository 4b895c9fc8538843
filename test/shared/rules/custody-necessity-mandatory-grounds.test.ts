import rule from '../../../shared/rules/custody-necessity-mandatory-grounds';
import { testRule } from './rule-tester';

// Held since 2025-03-01, likely term 6 months: reached on 2025-09-01.
const base = { procedure: 'custody-review', inCustody: true, custodyMeasure: 'arrest', detainedOn: '2025-03-01', arrestedOn: '2025-03-08', likelySentenceMonths: 6 };

testRule(rule, {
  valid: [
    { name: 'no mandatory ground yet', snapshot: base, today: '2025-07-01', expect: [{ light: 'green', messageId: 'no-mandatory-ground', due: '2025-09-01' }] },
    { name: 'term reached and release recommended', snapshot: { ...base, custodyReviewConclusion: 'recommend-release' }, today: '2025-09-05',
      expect: [{ light: 'green', messageId: 'recommended', due: '2025-09-01' }] },
    { name: 'released', snapshot: { ...base, inCustody: false, custodyMeasure: 'bail' }, today: '2025-09-05' },
    { name: 'likely light sentence, change recommended', snapshot: { ...base, likelySentenceMonths: undefined, likelyLightSentence: true, custodyReviewConclusion: 'recommend-change' },
      today: '2025-05-01', expect: [{ light: 'green', messageId: 'recommended' }] },
  ],
  invalid: [
    { name: 'approaching the likely term', snapshot: base, today: '2025-08-20', expect: [{ light: 'yellow', messageId: 'approaching-sentence', due: '2025-09-01' }] },
    { name: 'term reached, no conclusion yet', snapshot: base, today: '2025-09-01', expect: [{ light: 'yellow', messageId: 'ground-present', due: '2025-09-01' }] },
    { name: 'term reached, detention continued', snapshot: { ...base, custodyReviewConclusion: 'continue' }, today: '2025-09-05',
      expect: [{ light: 'red', messageId: 'ground-ignored', due: '2025-09-01', points: 6 }] },
    { name: 'evidence changed, detention continued', snapshot: { ...base, likelySentenceMonths: undefined, evidenceChangedMaterially: true, custodyReviewConclusion: '继续羁押' },
      today: '2025-05-01', expect: [{ light: 'red', messageId: 'ground-ignored' }] },
    { name: 'custody unknown', snapshot: { procedure: 'custody-review' }, today: '2025-05-01',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['inCustody'] }] },
  ],
});
