import rule from '../../../shared/rules/detention-recalculation-important-crime';
import { testRule } from './rule-tester';

const ds = { procedure: 'detention-supervision', arrestedOn: '2025-08-01', inCustody: true };

testRule(rule, {
  valid: [
    {
      name: 'recalculated from the day of discovery and filed in 5 days',
      snapshot: { ...ds, importantCrimeFoundOn: '2025-09-10', detentionRestartedOn: '2025-09-10', importantCrimeQualifies: true, recalculationFiledOn: '2025-09-14' },
      today: '2025-09-20',
      expect: [
        { light: 'green', messageId: 'restart-matches' },
        { light: 'green', messageId: 'filed', due: '2025-09-15' },
      ],
    },
    {
      name: 'own investigation: no police filing',
      snapshot: { procedure: 'self-investigation', importantCrimeFoundOn: '2025-09-10', detentionRestartedOn: '2025-09-10' },
      today: '2025-09-20',
      expect: [{ light: 'green', messageId: 'restart-matches' }],
    },
    {
      name: 'improper recalculation objected to',
      snapshot: { ...ds, importantCrimeFoundOn: '2025-09-10', detentionRestartedOn: '2025-09-10', importantCrimeQualifies: false, recalculationFiledOn: '2025-09-12', recalculationObjectedOn: '2025-09-15' },
      today: '2025-09-20',
      expect: [
        { light: 'green', messageId: 'restart-matches' },
        { light: 'green', messageId: 'objected' },
        { light: 'green', messageId: 'filed', due: '2025-09-15' },
      ],
    },
    { name: 'found, not (yet) recalculated', snapshot: { ...ds, importantCrimeFoundOn: '2025-09-10' }, today: '2025-09-20', expect: [] },
  ],
  invalid: [
    {
      name: 'restart date after the discovery lengthens custody',
      snapshot: { ...ds, importantCrimeFoundOn: '2025-09-10', detentionRestartedOn: '2025-09-20', recalculationFiledOn: '2025-09-12' },
      today: '2025-09-25',
      expect: [
        { light: 'red', messageId: 'restart-after-discovery', points: 4 },
        { light: 'green', messageId: 'filed', due: '2025-09-15' },
      ],
    },
    {
      name: 'not an important crime, no objection',
      snapshot: { ...ds, importantCrimeFoundOn: '2025-09-10', detentionRestartedOn: '2025-09-10', importantCrimeQualifies: false, recalculationFiledOn: '2025-09-12' },
      today: '2025-09-20',
      expect: [
        { light: 'green', messageId: 'restart-matches' },
        { light: 'red', messageId: 'improper-not-objected', points: 4 },
        { light: 'green', messageId: 'filed', due: '2025-09-15' },
      ],
    },
    {
      name: 'police filing missing after 5 days',
      snapshot: { ...ds, importantCrimeFoundOn: '2025-09-10', detentionRestartedOn: '2025-09-08' },
      today: '2025-09-20',
      expect: [
        { light: 'yellow', messageId: 'restart-before-discovery' },
        { light: 'yellow', messageId: 'not-filed', due: '2025-09-15' },
      ],
    },
    {
      name: 'restart recorded without the discovery date',
      snapshot: { ...ds, detentionRestartedOn: '2025-09-10' },
      today: '2025-09-20',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['importantCrimeFoundOn'] }],
    },
  ],
});
