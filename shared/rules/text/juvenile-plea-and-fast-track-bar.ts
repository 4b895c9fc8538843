// R54 juvenile-plea-and-fast-track-bar: its wording (the rule's logic, ids and lights: shared/rules/juvenile-plea-and-fast-track-bar.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '未成年人认罪认罚与速裁禁止', en: 'Minors: plea agreements, no fast track, age in doubt' },
  description: {
    zh: '犯罪嫌疑人是未成年人的，不得建议适用速裁程序。未成年犯罪嫌疑人认罪认罚的，应当在法定代理人、辩护人在场的情况下签署具结书（法定代理人无法到场的，合适成年人代为行使到场权并记录原因；辩护人在场见 R42）；法定代理人、辩护人有异议的，不需要签署具结书，如实记录异议，不影响从宽。审查逮捕时实际年龄难以判断、影响是否负刑事责任认定的，应当不批准逮捕。',
    en: 'A minor’s case must not be proposed for the fast track. A minor signs a plea agreement with the legal representative (or, recorded why, an appropriate adult) and the defender present (counsel presence is R42); if either objects, no agreement is needed and the objection is recorded. Where the actual age is uncertain in a way that affects criminal liability, arrest must not be approved.',
  },
  basis: [
    { law: '刑事诉讼法', article: 223, item: 2 },
    { law: '刑事诉讼法', article: 280 },
    { law: '人民检察院刑事诉讼规则', article: 438, item: 2 },
    { law: '人民检察院刑事诉讼规则', article: 462 },
    { law: '人民检察院刑事诉讼规则', article: 463 },
    { law: '人民检察院刑事诉讼规则', article: 464, clause: 2 },
    { law: '人民检察院刑事诉讼规则', article: 467 },
    { law: '人民检察院刑事诉讼规则', article: 468 },
  ],
  messages: {
    'fast-track-minor': { zh: '犯罪嫌疑人是未成年人，不得建议适用速裁程序', en: 'The suspect is a minor: the fast track must not be proposed' },
    'guardian-present': { zh: '未成年人签署具结书（{{signedOn}}）时法定代理人或合适成年人在场', en: 'Legal representative or appropriate adult present at the minor’s signing on {{signedOn}}' },
    'no-guardian': { zh: '未成年人签署具结书（{{signedOn}}）时法定代理人或合适成年人不在场', en: 'The minor signed the plea agreement on {{signedOn}} without the legal representative or an appropriate adult' },
    'signed-despite-objection': { zh: '法定代理人或辩护人对认罪认罚有异议，仍签署了具结书，请核对异议记录', en: 'Signed although the representative or defender objects; check the objection record' },
    'age-doubt-arrest': { zh: '实际年龄难以判断且影响刑事责任认定，仍批准逮捕', en: 'Arrest approved although the uncertain age affects criminal liability' },
  },
} satisfies RuleText;
