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
    {
      name: 'passed on two working days later',
      snapshot: { ...intake, assignedToHandlerOn: '2025-09-10' },
      today: '2025-09-10',
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
      expect: [{ light: 'red', messageId: 'missing', due: '2025-09-09', points: 1 }],
    },
    // Training scenario intake-registration-late: received 13 days before registration.
    {
      name: 'registered long after the file arrived',
      snapshot: { procedure: 'intake', materialsReceivedOn: '2025-09-01', acceptedOn: '2025-09-14' },
      today: '2025-09-16',
      expect: [{ light: 'red', messageId: 'registration-late', due: '2025-09-02', points: 1, anchor: 'acceptedOn' }],
    },
    {
      name: 'registered late and handed over later still',
      snapshot: { procedure: 'intake', materialsReceivedOn: '2025-09-01', acceptedOn: '2025-09-04', assignedToHandlerOn: '2025-09-05' },
      today: '2025-09-16',
      expect: [{ light: 'red', messageId: 'late', due: '2025-09-02', points: 1, anchor: 'acceptedOn' }],
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
