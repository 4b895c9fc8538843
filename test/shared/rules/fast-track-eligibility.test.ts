import rule from '../../../shared/rules/fast-track-eligibility';
import { testRule } from './rule-tester';

const ft = { procedure: 'prosecution-review', acceptedOn: '2025-09-01', fastTrack: true, pleaAccepted: true, fastTrackConsent: true, likelySentenceMonths: 10 };

testRule(rule, {
  valid: [
    { name: 'eligible', snapshot: { ...ft, hasVictim: true, civilSettlementReached: true }, today: '2025-09-05', expect: [{ light: 'green', messageId: 'eligible' }] },
    { name: 'three years exactly', snapshot: { ...ft, likelySentenceMonths: 36 }, today: '2025-09-05', expect: [{ light: 'green', messageId: 'eligible' }] },
    // The minor exclusion is R54's finding.
    { name: 'a minor is left to R54', snapshot: { ...ft, suspectBirthDate: '2009-03-01' }, today: '2025-09-05', expect: [] },
    { name: 'no fast track proposed', snapshot: { ...ft, fastTrack: false, likelySentenceMonths: 60 }, today: '2025-09-05', expect: [] },
    // 刑诉法 223 (5) concerns the ancillary civil claim: without one there is nothing to settle.
    { name: '刑诉法 223 (5): victim, no civil claim, no settlement: eligible', snapshot: { ...ft, hasVictim: true, hasCivilClaim: false, civilSettlementReached: false }, today: '2025-09-05',
      expect: [{ light: 'green', messageId: 'eligible' }] },
  ],
  invalid: [
    {
      name: 'likely sentence over three years',
      snapshot: { ...ft, likelySentenceMonths: 42 },
      today: '2025-09-05',
      expect: [{ light: 'red', messageId: 'ineligible', points: 5 }],
    },
    {
      name: '刑诉法 223 (5): a civil claim not settled',
      snapshot: { ...ft, hasVictim: true, hasCivilClaim: true, civilSettlementReached: false },
      today: '2025-09-05',
      expect: [{ light: 'red', messageId: 'ineligible', points: 5 }],
    },
    {
      name: '刑诉法 223 (5): no settlement on file and the civil claim unknown: grey, not red',
      snapshot: { ...ft, hasVictim: true, civilSettlementReached: false },
      today: '2025-09-05',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['hasCivilClaim'] }],
    },
    {
      name: 'several exclusions, one finding',
      snapshot: { ...ft, suspectDisability: true, majorSocialImpact: true, coDefendantObjection: true, fastTrackConsent: false },
      today: '2025-09-05',
      expect: [{ light: 'red', messageId: 'ineligible', points: 5 }],
    },
    {
      name: 'one proposal, one defect: a minor with another exclusion shows it, R54 charges (刑诉法 223 (2))',
      snapshot: { ...ft, suspectBirthDate: '2009-03-01', majorSocialImpact: true },
      today: '2025-09-05',
      expect: [{ light: 'yellow', messageId: 'ineligible-minor' }],
    },
    {
      name: 'likely sentence unknown',
      snapshot: { procedure: 'prosecution-review', fastTrack: true, pleaAccepted: true },
      today: '2025-09-05',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['likelySentenceMonths'] }],
    },
  ],
});
