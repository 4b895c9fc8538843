import rule from '../../../shared/rules/intake-register-and-assign';
import { testRule } from './rule-tester';

const intake = { procedure: 'intake', acceptedOn: '2025-09-08' };

testRule(rule, {
  valid: [
    {
      name: 'passed on the day of receipt',
      snapshot: { ...intake, assignedToHandlerOn: '2025-09-08', intakeChecklistDone: true },
      today: '2025-09-10',
      expect: [{ light: 'green', messageId: 'same-day', due: '2025-09-09' }],
    },
    {
      name: 'fast-track recommendation passed the same day',
      snapshot: { ...intake, policeRecommendedFastTrack: true, assignedToHandlerOn: '2025-09-08' },
      today: '2025-09-10',
      expect: [{ light: 'green', messageId: 'same-day', due: '2025-09-08' }],
    },
    {
      name: 'still the day of receipt',
      snapshot: intake,
      today: '2025-09-08',
      expect: [{ light: 'green', messageId: 'open', due: '2025-09-09' }],
    },
    {
      name: 'received on a Friday: the next working day is Monday',
      snapshot: { procedure: 'intake', acceptedOn: '2025-09-12' },
      today: '2025-09-12',
      expect: [{ light: 'green', messageId: 'open', due: '2025-09-15' }],
    },
    // On the review form the case has obviously been passed on; nothing to say without a date.
    { name: 'review form without a hand-over date', snapshot: { procedure: 'prosecution-review', acceptedOn: '2025-09-08' }, today: '2025-09-20', expect: [] },
  ],
  invalid: [
    {
      name: 'passed on the next working day: yellow',
      snapshot: { ...intake, assignedToHandlerOn: '2025-09-09' },
      today: '2025-09-10',
      expect: [{ light: 'yellow', messageId: 'next-workday', due: '2025-09-09' }],
    },
    // 规则 158 says "立即" and sets no day count: the next working day is the unit's reading, a policy.
    {
      name: '规则 158: passed on two working days later: a unit-policy limit, yellow without points',
      snapshot: { ...intake, assignedToHandlerOn: '2025-09-10' },
      today: '2025-09-10',
      expect: [{ light: 'yellow', messageId: 'late', due: '2025-09-09' }],
    },
    {
      name: '规则 158: the unit adopted the next-working-day limit: red with points',
      snapshot: { ...intake, assignedToHandlerOn: '2025-09-10' },
      today: '2025-09-10',
      config: { rules: { 'intake-register-and-assign': { adopted: true } } },
      expect: [{ light: 'red', messageId: 'late', due: '2025-09-09', points: 1 }],
    },
    {
      name: 'fast-track recommendation passed the next day',
      snapshot: { ...intake, policeRecommendedFastTrack: true, assignedToHandlerOn: '2025-09-09' },
      today: '2025-09-10',
      expect: [{ light: 'red', messageId: 'fast-track-late', due: '2025-09-08', points: 1 }],
    },
    {
      name: 'fast-track recommendation pending on the day: yellow',
      snapshot: { ...intake, policeRecommendedFastTrack: true },
      today: '2025-09-08',
      expect: [{ light: 'yellow', messageId: 'due-soon', due: '2025-09-08' }],
    },
    {
      name: 'not passed on by the next working day',
      snapshot: intake,
      today: '2025-09-10',
      expect: [{ light: 'yellow', messageId: 'missing', due: '2025-09-09' }],
    },
    // 规则 273 ②: a police fast-track recommendation is passed on the same day: the law's own limit.
    {
      name: '规则 273 ②: fast-track recommendation not passed on the same day: red',
      snapshot: { ...intake, policeRecommendedFastTrack: true },
      today: '2025-09-09',
      expect: [{ light: 'red', messageId: 'fast-track-missing', due: '2025-09-08', points: 1 }],
    },
    {
      name: '规则 273 ②: fast-track recommendation registered days after the file arrived: red',
      snapshot: { procedure: 'intake', policeRecommendedFastTrack: true, materialsReceivedOn: '2025-09-01', acceptedOn: '2025-09-14' },
      today: '2025-09-16',
      expect: [{ light: 'red', messageId: 'fast-track-registration-late', due: '2025-09-01', anchor: 'acceptedOn', points: 1 }],
    },
    {
      name: 'registered long after the file arrived',
      snapshot: { procedure: 'intake', materialsReceivedOn: '2025-09-01', acceptedOn: '2025-09-14' },
      today: '2025-09-16',
      expect: [{ light: 'yellow', messageId: 'registration-late', due: '2025-09-02', anchor: 'acceptedOn' }],
    },
    {
      name: 'registered late and handed over later still',
      snapshot: { procedure: 'intake', materialsReceivedOn: '2025-09-01', acceptedOn: '2025-09-04', assignedToHandlerOn: '2025-09-05' },
      today: '2025-09-16',
      expect: [{ light: 'yellow', messageId: 'late', due: '2025-09-02', anchor: 'acceptedOn' }],
    },
    {
      name: 'checks not done',
      snapshot: { ...intake, assignedToHandlerOn: '2025-09-08', intakeChecklistDone: false },
      today: '2025-09-10',
      expect: [
        { light: 'green', messageId: 'same-day', due: '2025-09-09' },
        { light: 'yellow', messageId: 'checklist-incomplete' },
      ],
    },
    {
      name: 'acceptance date missing',
      snapshot: { procedure: 'intake' },
      today: '2025-09-10',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['acceptedOn'] }],
    },
  ],
});
