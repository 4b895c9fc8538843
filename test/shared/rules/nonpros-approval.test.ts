import rule from '../../../shared/rules/nonpros-approval';
import { testRule } from './rule-tester';

const np = { procedure: 'non-prosecution', acceptedOn: '2025-06-01', decisionOn: '2025-09-01' };

testRule(rule, {
  valid: [
    { name: 'discretionary, chief approved', snapshot: { ...np, nonProsType: 'discretionary', nonProsChiefApproved: true }, today: '2025-09-05', expect: [{ light: 'green', messageId: 'approved' }] },
    {
      name: 'supervision case: chief and upper level',
      snapshot: { ...np, nonProsType: 'statutory', supervisionCase: true, nonProsChiefApproved: true, nonProsUpperApproved: true },
      today: '2025-09-05',
      expect: [
        { light: 'green', messageId: 'approved' },
        { light: 'green', messageId: 'approved' },
      ],
    },
    {
      name: 'insufficient evidence after two returns',
      snapshot: { ...np, nonProsType: 'insufficient-evidence', nonProsChiefApproved: true, returnCount: 2 },
      today: '2025-09-05',
      expect: [
        { light: 'green', messageId: 'approved' },
        { light: 'green', messageId: 'returns-met' },
      ],
    },
    {
      name: 'insufficient evidence after one return, a second pointless',
      snapshot: { ...np, nonProsType: 'insufficient-evidence', nonProsChiefApproved: true, returnCount: 1, secondReturnUnnecessary: true },
      today: '2025-09-05',
      expect: [
        { light: 'green', messageId: 'approved' },
        { light: 'green', messageId: 'returns-met' },
      ],
    },
    { name: 'CPL 182 sanctioned by the SPP', snapshot: { ...np, nonProsType: 'special', nonProsSppApproved: true }, today: '2025-09-05', expect: [{ light: 'green', messageId: 'approved' }] },
    { name: 'conditional is R55', snapshot: { ...np, nonProsType: 'conditional' }, today: '2025-09-05', expect: [] },
  ],
  invalid: [
    // 刑诉法 177; 规则 370: which approval is owed depends on the type; on the 不起诉 form a missing
    // type must be grey (inputs missing), never silence.
    {
      name: '刑诉法 177; 规则 370: 不起诉 form without the non-prosecution type: grey, not silent',
      snapshot: { ...np, nonProsChiefApproved: true },
      today: '2025-09-05',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['nonProsType'] }],
    },
    {
      name: '刑诉法 177; 规则 370: type missing on the 不起诉 form even with nothing else recorded: grey',
      snapshot: np,
      today: '2025-09-05',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['nonProsType'] }],
    },
    {
      name: 'own investigation without the upper level',
      snapshot: { ...np, nonProsType: 'discretionary', selfInvestigated: true, nonProsChiefApproved: true, nonProsUpperApproved: false },
      today: '2025-09-05',
      expect: [
        { light: 'green', messageId: 'approved' },
        { light: 'red', messageId: 'not-approved', points: 5, anchor: 'nonProsUpperApproved' },
      ],
    },
    {
      name: 'insufficient evidence without any return',
      snapshot: { ...np, nonProsType: 'insufficient-evidence', nonProsChiefApproved: true, returnCount: 0 },
      today: '2025-09-05',
      expect: [
        { light: 'green', messageId: 'approved' },
        { light: 'red', messageId: 'no-return', points: 5 },
      ],
    },
    {
      name: 'one return, necessity of a second not recorded',
      snapshot: { ...np, nonProsType: 'insufficient-evidence', nonProsChiefApproved: true, returnCount: 1 },
      today: '2025-09-05',
      expect: [
        { light: 'green', messageId: 'approved' },
        { light: 'yellow', messageId: 'second-return-open' },
      ],
    },
    {
      name: 'chief approval not recorded',
      snapshot: { ...np, nonProsType: 'statutory' },
      today: '2025-09-05',
      expect: [{ light: 'grey', messageId: 'inputs-missing', missingFields: ['nonProsChiefApproved'] }],
    },
    {
      name: 'CPL 182 without the SPP',
      snapshot: { ...np, nonProsType: 'special', nonProsSppApproved: false },
      today: '2025-09-05',
      expect: [{ light: 'red', messageId: 'not-approved', points: 5 }],
    },
  ],
});
