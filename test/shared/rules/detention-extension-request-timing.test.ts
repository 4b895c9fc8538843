import rule from '../../../shared/rules/detention-extension-request-timing';
import { testRule } from './rule-tester';

// Example H: arrested 2025-08-31, two months end 2025-10-31.
const ds = { procedure: 'detention-supervision', arrestedOn: '2025-08-31', inCustody: true, detentionExpiresOn: '2025-10-31' };

testRule(rule, {
  valid: [
    {
      name: 'requested 7 days before, decided and served before expiry',
      snapshot: { ...ds, detentionExtensionRequestedOn: '2025-10-24', detentionExtensionDecidedOn: '2025-10-29', detentionExtensionServedOn: '2025-10-30' },
      today: '2025-11-03',
      expect: [
        { light: 'green', messageId: 'request-in-time' },
        { light: 'green', messageId: 'decided', due: '2025-10-31' },
      ],
    },
    {
      name: 'requested in time, decision pending with time left',
      snapshot: { ...ds, detentionExtensionRequestedOn: '2025-10-20' },
      today: '2025-10-22',
      expect: [
        { light: 'green', messageId: 'request-in-time' },
        { light: 'green', messageId: 'decide-open', due: '2025-10-31' },
      ],
    },
    { name: 'no request', snapshot: ds, today: '2025-10-22', expect: [] },
  ],
  invalid: [
    {
      name: 'requested within the last 7 days',
      snapshot: { ...ds, detentionExtensionRequestedOn: '2025-10-27', detentionExtensionDecidedOn: '2025-10-30' },
      today: '2025-11-03',
      expect: [
        { light: 'yellow', messageId: 'request-late' },
        { light: 'green', messageId: 'decided', due: '2025-10-31' },
      ],
    },
    {
      name: 'request after expiry was accepted',
      snapshot: { ...ds, detentionExtensionRequestedOn: '2025-11-01', detentionExtensionDecidedOn: '2025-11-03' },
      today: '2025-11-05',
      expect: [{ light: 'red', messageId: 'late-request-accepted', due: '2025-10-31', points: 4, anchor: 'detentionExtensionRequestedOn' }],
    },
    {
      name: 'request after expiry, not accepted',
      snapshot: { ...ds, detentionExtensionRequestedOn: '2025-11-01' },
      today: '2025-11-05',
      expect: [{ light: 'yellow', messageId: 'request-after-expiry', due: '2025-10-31' }],
    },
    {
      name: 'decided after expiry',
      snapshot: { ...ds, detentionExtensionRequestedOn: '2025-10-20', detentionExtensionDecidedOn: '2025-11-02' },
      today: '2025-11-05',
      expect: [
        { light: 'green', messageId: 'request-in-time' },
        { light: 'red', messageId: 'decided-after-expiry', due: '2025-10-31', points: 8 },
      ],
    },
    {
      name: 'decided in time, served after expiry',
      snapshot: { ...ds, detentionExtensionRequestedOn: '2025-10-20', detentionExtensionDecidedOn: '2025-10-30', detentionExtensionServedOn: '2025-11-01' },
      today: '2025-11-05',
      expect: [
        { light: 'green', messageId: 'request-in-time' },
        { light: 'green', messageId: 'decided', due: '2025-10-31' },
        { light: 'red', messageId: 'served-after-expiry', due: '2025-10-31', points: 4 },
      ],
    },
    {
      name: 'expiry near, undecided',
      snapshot: { ...ds, detentionExtensionRequestedOn: '2025-10-20' },
      today: '2025-10-29',
      expect: [
        { light: 'green', messageId: 'request-in-time' },
        { light: 'yellow', messageId: 'decide-due', due: '2025-10-31' },
      ],
    },
    {
      name: 'expired undecided',
      snapshot: { ...ds, detentionExtensionRequestedOn: '2025-10-20' },
      today: '2025-11-01',
      expect: [
        { light: 'green', messageId: 'request-in-time' },
        { light: 'yellow', messageId: 'expired-undecided', due: '2025-10-31' },
      ],
    },
    {
      name: 'expiry date missing',
      snapshot: { procedure: 'detention-supervision', detentionExtensionRequestedOn: '2025-10-20' },
      today: '2025-11-01',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['detentionExpiresOn'] }],
    },
  ],
});
