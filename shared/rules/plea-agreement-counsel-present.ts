// R42 认罪认罚具结书须辩护人或值班律师在场.
import { defineRule } from './lib/define-rule';

export default defineRule({
  meta: {
    id: 'plea-agreement-counsel-present',
    catalogue: 'R42',
    version: 1,
    procedures: ['prosecution-review'],
    fields: ['pleaAgreementSignedOn', 'counselPresentAtSigning'],
    requires: ['counselPresentAtSigning'],
    anchor: 'counselPresentAtSigning',
    severity: 'serious',
    points: { 'no-counsel': 9 },
    messages: {
      'counsel-present': { light: 'green' },
      'no-counsel': { light: 'red' },
    },
  },
  applies: (c) => c.pleaAgreementSignedOn !== undefined,
  check: (c) => {
    const signedOn = c.pleaAgreementSignedOn!;
    // A re-signed agreement is a new occurrence.
    return { messageId: c.counselPresentAtSigning ? 'counsel-present' : 'no-counsel', data: { signedOn }, occurrence: signedOn };
  },
});
