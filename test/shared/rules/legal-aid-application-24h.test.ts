import rule from '../../../shared/rules/legal-aid-application-24h';
import { testRule } from './rule-tester';

const held = { procedure: 'prosecution-review', inCustody: true, legalAidApplicationReceivedAt: '2025-09-08T10:30' };

testRule(rule, {
  valid: [
    {
      name: 'forwarded within 24 hours',
      snapshot: { ...held, legalAidApplicationForwardedAt: '2025-09-09T09:00', legalAidHelpersNotified: true },
      today: '2025-09-10',
      expect: [{ light: 'green', messageId: 'done', dueAt: '2025-09-09T10:30' }],
    },
    {
      name: 'forwarded exactly at the 24th hour',
      snapshot: { ...held, custodyMeasure: 'arrest', legalAidApplicationForwardedAt: '2025-09-09T10:30' },
      today: '2025-09-10',
      expect: [{ light: 'green', messageId: 'done', dueAt: '2025-09-09T10:30' }],
    },
    {
      name: 'pending with hours left',
      snapshot: held,
      today: '2025-09-08',
      now: '2025-09-08T16:00',
      expect: [{ light: 'green', messageId: 'open', dueAt: '2025-09-09T10:30' }],
    },
    { name: 'on bail: not this rule', snapshot: { ...held, inCustody: false, custodyMeasure: 'bail' }, today: '2025-09-20', expect: [] },
  ],
  invalid: [
    {
      name: 'designated-residence surveillance counts and the application was forwarded late',
      snapshot: { procedure: 'prosecution-review', custodyMeasure: 'designated-residential-surveillance', legalAidApplicationReceivedAt: '2025-09-08T10:30', legalAidApplicationForwardedAt: '2025-09-09T15:00' },
      today: '2025-09-10',
      expect: [{ light: 'red', messageId: 'late', dueAt: '2025-09-09T10:30', points: 4 }],
    },
    {
      name: 'not forwarded after 24 hours',
      snapshot: held,
      today: '2025-09-09',
      now: '2025-09-09T11:00',
      expect: [{ light: 'red', messageId: 'missing', dueAt: '2025-09-09T10:30', points: 4 }],
    },
    {
      name: 'four hours left: yellow',
      snapshot: held,
      today: '2025-09-09',
      now: '2025-09-09T07:00',
      expect: [{ light: 'yellow', messageId: 'due-soon', dueAt: '2025-09-09T10:30' }],
    },
    {
      name: 'forwarded, but nobody asked to help with documents',
      snapshot: { ...held, legalAidApplicationForwardedAt: '2025-09-08T15:00', legalAidHelpersNotified: false },
      today: '2025-09-10',
      expect: [
        { light: 'green', messageId: 'done', dueAt: '2025-09-09T10:30' },
        { light: 'yellow', messageId: 'helpers-not-notified' },
      ],
    },
  ],
});
