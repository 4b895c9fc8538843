// R42 认罪认罚具结书须辩护人或值班律师在场.
import { defineRule } from './lib/define-rule';

export default defineRule({
  meta: {
    id: 'plea-agreement-counsel-present',
    catalogue: 'R42',
    version: 1,
    title: { zh: '认罪认罚具结书须辩护人或值班律师在场', en: 'Plea agreement signed with a defender or duty lawyer present' },
    description: {
      zh: '犯罪嫌疑人自愿认罪、同意量刑建议和程序适用的，应当在辩护人或者值班律师在场的情况下签署认罪认罚具结书，在场律师应当签名。',
      en: 'A plea agreement must be signed in the presence of a defender or duty lawyer, who also signs it.',
    },
    basis: [
      { law: '刑事诉讼法', article: 174, clause: 1 },
      { law: '人民检察院刑事诉讼规则', article: 272 },
      { law: '人民检察院刑事诉讼规则', article: 468 },
    ],
    procedures: ['prosecution-review'],
    fields: ['pleaAgreementSignedOn', 'counselPresentAtSigning'],
    requires: ['counselPresentAtSigning'],
    anchor: 'counselPresentAtSigning',
    severity: 'serious',
    points: { 'no-counsel': 9 },
    messages: {
      'counsel-present': { light: 'green', zh: '具结书于{{signedOn}}签署，辩护人或值班律师在场', en: 'Agreement signed on {{signedOn}} with counsel present' },
      'no-counsel': { light: 'red', zh: '具结书于{{signedOn}}签署时无辩护人或值班律师在场', en: 'Agreement signed on {{signedOn}} without a defender or duty lawyer present' },
    },
  },
  applies: (c) => c.pleaAgreementSignedOn !== undefined,
  check: (c) => {
    const signedOn = c.pleaAgreementSignedOn!;
    // A re-signed agreement is a new occurrence.
    return { messageId: c.counselPresentAtSigning ? 'counsel-present' : 'no-counsel', data: { signedOn }, occurrence: signedOn };
  },
});
