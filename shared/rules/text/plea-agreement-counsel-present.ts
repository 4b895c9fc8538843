// R42 plea-agreement-counsel-present: its wording (the rule's logic, ids and lights: shared/rules/plea-agreement-counsel-present.ts).
import type { RuleText } from '../lib/types';

export default {
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
  messages: {
    'counsel-present': { zh: '具结书于{{signedOn}}签署，辩护人或值班律师在场', en: 'Agreement signed on {{signedOn}} with counsel present' },
    'no-counsel': { zh: '具结书于{{signedOn}}签署时无辩护人或值班律师在场', en: 'Agreement signed on {{signedOn}} without a defender or duty lawyer present' },
  },
} satisfies RuleText;
