import rule from '../../../shared/rules/family-notification-24h';
import { testRule } from './rule-tester';

// The procuratorate detained at 2025-09-10 20:30: notify by 09-11 20:30, yellow from 16:30.
const base = { procedure: 'self-investigation', detainedAt: '2025-09-10T20:30' };

testRule(rule, {
  valid: [
    { name: 'notified next morning', snapshot: { ...base, familyNotifiedAt: '2025-09-11T10:00' }, today: '2025-09-12',
      expect: [{ light: 'green', messageId: 'done', dueAt: '2025-09-11T20:30' }] },
    { name: 'pending, early', snapshot: base, today: '2025-09-11', now: '2025-09-11T09:00', expect: [{ light: 'green', messageId: 'open', dueAt: '2025-09-11T20:30' }] },
    { name: 'could not notify, reason on file', snapshot: { ...base, familyNotificationExempt: true }, today: '2025-09-12',
      expect: [{ light: 'green', messageId: 'exempt', dueAt: '2025-09-11T20:30' }] },
    { name: 'police case at arrest review: the police’s duty', snapshot: { ...base, procedure: 'arrest-review' }, today: '2025-09-12' },
    { name: 'supervision case at review: the procuratorate detained', snapshot: { ...base, procedure: 'prosecution-review', supervisionCase: true, familyNotifiedAt: '2025-09-11T20:30' },
      today: '2025-09-12', expect: [{ light: 'green', messageId: 'done', dueAt: '2025-09-11T20:30' }] },
  ],
  invalid: [
    { name: 'four hours left', snapshot: base, today: '2025-09-11', now: '2025-09-11T16:30', expect: [{ light: 'yellow', messageId: 'due-soon', dueAt: '2025-09-11T20:30' }] },
    { name: 'past 24 hours', snapshot: base, today: '2025-09-11', now: '2025-09-11T20:31', expect: [{ light: 'red', messageId: 'missing', dueAt: '2025-09-11T20:30', points: 6 }] },
    { name: 'without a clock time: yellow on the due day', snapshot: base, today: '2025-09-11', expect: [{ light: 'yellow', messageId: 'due-soon', dueAt: '2025-09-11T20:30' }] },
    { name: 'without a clock time: red the day after', snapshot: base, today: '2025-09-12', expect: [{ light: 'red', messageId: 'missing', dueAt: '2025-09-11T20:30' }] },
    { name: 'notified late', snapshot: { ...base, familyNotifiedAt: '2025-09-11 21:00' }, today: '2025-09-12',
      expect: [{ light: 'red', messageId: 'late', dueAt: '2025-09-11T20:30', points: 6 }] },
    { name: 'detention and arrest: one finding each', snapshot: { ...base, familyNotifiedAt: '2025-09-11T08:00', arrestedAt: '2025-09-20T10:00' }, today: '2025-09-22',
      expect: [
        { light: 'green', messageId: 'done', dueAt: '2025-09-11T20:30', occurrenceKey: 'family-notification-24h:detention:2025-09-10T20:30' },
        { light: 'red', messageId: 'missing', dueAt: '2025-09-21T10:00', anchor: 'arrestFamilyNotifiedAt', occurrenceKey: 'family-notification-24h:arrest:2025-09-20T10:00' },
      ] },
    { name: 'designated residence counts too', snapshot: { procedure: 'self-investigation', designatedResidenceAt: '2025-09-10T08:00' }, today: '2025-09-12',
      expect: [{ light: 'red', messageId: 'missing', dueAt: '2025-09-11T08:00', anchor: 'designatedResidenceFamilyNotifiedAt' }] },
  ],
});
