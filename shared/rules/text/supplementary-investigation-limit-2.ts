// R36 supplementary-investigation-limit-2: its wording (the rule's logic, ids and lights: shared/rules/supplementary-investigation-limit-2.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '退回补充侦查以二次为限', en: 'At most two returns for supplementary investigation' },
  description: {
    zh: '退回补充侦查（补充调查）以二次为限，改变管辖前后的退回合并计算；二次退回后证据仍不足的，应当作出不起诉决定。',
    en: 'A case may be returned for supplementary investigation at most twice, counting returns before and after a change of jurisdiction; after two, if evidence is still insufficient, decide not to prosecute.',
  },
  basis: [
    { law: '刑事诉讼法', article: 175, clause: 3 },
    { law: '刑事诉讼法', article: 175, clause: 4 },
    { law: '人民检察院刑事诉讼规则', article: 346 },
    { law: '人民检察院刑事诉讼规则', article: 349 },
    { law: '人民检察院刑事诉讼规则', article: 350 },
    { law: '人民检察院刑事诉讼规则', article: 367 },
  ],
  deadline: { zh: '退回次数 ≤ 2', en: 'returns ≤ 2' },
  messages: {
    'within-limit': { zh: '已退回补充侦查{{count}}次（上限二次）', en: 'Returned {{count}} times (limit: two)' },
    'limit-reached': { zh: '已退回补充侦查二次，不得再次退回；证据仍不足的应作出不起诉决定', en: 'Returned twice: no further return; if evidence is still insufficient, decide not to prosecute' },
    'third-return': { zh: '退回补充侦查{{count}}次（改变管辖前后合并计算），超过二次上限', en: 'Returned {{count}} times (before and after any change of jurisdiction), over the limit of two' },
  },
} satisfies RuleText;
