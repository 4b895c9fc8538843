import rule from '../../../shared/rules/legal-aid-application-24h';
import { testRule } from './rule-tester';

// Received 2025-09-08 10:30. 刑诉法 105 ②: 24 hours from the next full hour, so due 09-09 11:00.
const held = { procedure: 'prosecution-review', inCustody: true, legalAidApplicationReceivedAt: '2025-09-08T10:30' };

testRule(rule, {
  valid: [
    {
      name: 'forwarded within 24 hours',
      snapshot: { ...held, legalAidApplicationForwardedAt: '2025-09-09T09:00', legalAidHelpersNotified: true },
      today: '2025-09-10',
      expect: [{ light: 'green', messageId: 'done', dueAt: '2025-09-09T11:00' }],
    },
    {
      name: 'forwarded exactly at the 24th hour',
      snapshot: { ...held, custodyMeasure: 'arrest', legalAidApplicationForwardedAt: '2025-09-09T11:00' },
      today: '2025-09-10',
      expect: [{ light: 'green', messageId: 'done', dueAt: '2025-09-09T11:00' }],
    },
    {
      name: 'pending with hours left',
      snapshot: held,
      today: '2025-09-08',
      now: '2025-09-08T16:00',
      expect: [{ light: 'green', messageId: 'open', dueAt: '2025-09-09T11:00' }],
    },
    { name: 'on bail: not this rule', snapshot: { ...held, inCustody: false, custodyMeasure: 'bail' }, today: '2025-09-20', expect: [] },
  ],
  invalid: [
    {
      name: 'designated-residence surveillance counts and the application was forwarded late',
      snapshot: { procedure: 'prosecution-review', custodyMeasure: 'designated-residential-surveillance', legalAidApplicationReceivedAt: '2025-09-08T10:30', legalAidApplicationForwardedAt: '2025-09-09T15:00' },
      today: '2025-09-10',
      expect: [{ light: 'red', messageId: 'late', dueAt: '2025-09-09T11:00', points: 4 }],
    },
    {
      name: 'not forwarded after 24 hours',
      snapshot: held,
      today: '2025-09-09',
      now: '2025-09-09T11:01',
      expect: [{ light: 'red', messageId: 'missing', dueAt: '2025-09-09T11:00', points: 4 }],
    },
    {
      name: 'four hours left: yellow',
      snapshot: held,
      today: '2025-09-09',
      now: '2025-09-09T07:30',
      expect: [{ light: 'yellow', messageId: 'due-soon', dueAt: '2025-09-09T11:00' }],
    },
    {
      name: 'forwarded, but nobody asked to help with documents',
      snapshot: { ...held, legalAidApplicationForwardedAt: '2025-09-08T15:00', legalAidHelpersNotified: false },
      today: '2025-09-10',
      expect: [
        { light: 'green', messageId: 'done', dueAt: '2025-09-09T11:00' },
        { light: 'yellow', messageId: 'helpers-not-notified' },
      ],
    },
  ],
});
