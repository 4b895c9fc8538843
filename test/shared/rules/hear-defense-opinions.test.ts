import rule from '../../../shared/rules/hear-defense-opinions';
import { testRule } from './rule-tester';

const review = { procedure: 'prosecution-review', acceptedOn: '2025-09-08', hasCounsel: true, hasVictim: false, decisionOn: '2025-09-25' };

testRule(rule, {
  valid: [
    { name: 'defender heard before the decision', snapshot: { ...review, counselOpinionHeardOn: '2025-09-20' }, today: '2025-09-30',
      expect: [{ light: 'green', messageId: 'heard', anchor: 'counselOpinionHeardOn' }] },
    { name: 'defender and victim heard', snapshot: { ...review, hasVictim: true, counselOpinionHeardOn: '2025-09-20', victimOpinionHeardOn: '2025-09-25' }, today: '2025-09-30',
      expect: [{ light: 'green', messageId: 'heard' }, { light: 'green', messageId: 'heard', anchor: 'victimOpinionHeardOn' }] },
    { name: 'could not be reached, recorded', snapshot: { ...review, opinionsUnobtainable: true }, today: '2025-09-30',
      expect: [{ light: 'green', messageId: 'unobtainable' }] },
    { name: 'arrest review, no request to be heard', snapshot: { procedure: 'arrest-review', acceptedOn: '2025-09-08', hasCounsel: true, decisionOn: '2025-09-12' }, today: '2025-09-30' },
    { name: 'no defender, no duty lawyer, no victim', snapshot: { ...review, hasCounsel: false }, today: '2025-09-30' },
  ],
  invalid: [
    { name: 'victim not heard before the decision', snapshot: { ...review, hasVictim: true, counselOpinionHeardOn: '2025-09-20' }, today: '2025-09-30',
      expect: [{ light: 'green', messageId: 'heard' }, { light: 'red', messageId: 'missing', points: 5, anchor: 'victimOpinionHeardOn' }] },
    { name: 'defender heard after the decision', snapshot: { ...review, counselOpinionHeardOn: '2025-09-26' }, today: '2025-09-30',
      expect: [{ light: 'red', messageId: 'after-decision', points: 5 }] },
    { name: 'duty lawyer involved but not heard', snapshot: { ...review, hasCounsel: false, dutyLawyerNotifiedOn: '2025-09-10' }, today: '2025-09-30',
      expect: [{ light: 'red', messageId: 'missing' }] },
    { name: 'not decided yet', snapshot: { ...review, decisionOn: undefined }, today: '2025-09-20', expect: [{ light: 'grey', messageId: 'not-yet' }] },
    { name: 'arrest review: lawyer asked and was not heard', snapshot: { procedure: 'arrest-review', acceptedOn: '2025-09-08', hasCounsel: true, counselRequestedHearing: true, decisionOn: '2025-09-12' },
      today: '2025-09-30', expect: [{ light: 'red', messageId: 'missing' }] },
    { name: 'arrest review of a minor: the defence lawyer is always heard', snapshot: { procedure: 'arrest-review', acceptedOn: '2025-09-08', hasCounsel: true, suspectBirthDate: '2009-03-01', decisionOn: '2025-09-12' },
      today: '2025-09-30', expect: [{ light: 'red', messageId: 'missing' }] },
    { name: 'counsel and victim status unknown', snapshot: { procedure: 'prosecution-review', acceptedOn: '2025-09-08' }, today: '2025-09-20',
      expect: [
        { light: 'grey', messageId: 'inputs-missing', missingFields: ['hasCounsel'] },
        { light: 'grey', messageId: 'inputs-missing', missingFields: ['hasVictim'] },
      ] },
  ],
});
