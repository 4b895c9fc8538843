// R25 investigative-detention-expiry: its wording (the rule's logic, ids and lights: shared/rules/investigative-detention-expiry.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '逮捕后侦查羁押期限届满预警', en: 'Investigative detention after arrest: expiry' },
  description: {
    zh: '逮捕后的侦查羁押期限不得超过2个月；经批准可延长1个月、2个月、再2个月，各次延长合并计算、自原起算日起算月数（逮捕2024年12月30日 + 3个月 = 2025年3月30日，不以上一期限月末截断后的日期为准）；发现另有重要罪行的自发现之日起重新计算；精神病鉴定期间不计入（鉴定进行中期限停止计算）。在押，期满日不因节假日顺延。期满未侦查终结的应当释放或变更强制措施。',
    en: 'Detention for investigation after arrest is at most 2 months, extendable by 1, 2 and 2 more months; the months add up and run from the original start (arrested 2024-12-30 + 3 months = 2025-03-30, never from a month-end an earlier step was clipped to); it restarts when another important crime is found; psychiatric evaluation is not counted (the clock stands still while it runs). In custody, never extended by rest days.',
  },
  basis: [
    { law: '刑事诉讼法', article: 156 },
    { law: '刑事诉讼法', article: 158 },
    { law: '刑事诉讼法', article: 159 },
    { law: '刑事诉讼法', article: 160 },
    { law: '刑事诉讼法', article: 98 },
    { law: '人民检察院刑事诉讼规则', article: 305 },
    { law: '人民检察院刑事诉讼规则', article: 318 },
    { law: '人民检察院刑事诉讼规则', article: 620 },
  ],
  deadline: {
    zh: '逮捕（或重新计算起算）日 + 2个月，每次批准延长依次 +1、+2、+2个月（月数合并、自原起算日计算），加精神病鉴定天数；在押不顺延',
    en: 'arrested (or recalculated) on + 2 months, each approved extension +1, +2, +2 months (months added up from the original start), plus evaluation days; in custody, never extended',
  },
  messages: {
    'concluded': { zh: '已于{{doneOn}}侦查终结或解除羁押（期满日 {{due}}）', en: 'Concluded or released on {{doneOn}} (due {{due}})' },
    'open': { zh: '侦查羁押期满日 {{due}}（已延长{{extensions}}次）', en: 'Investigative detention due {{due}} ({{extensions}} extensions)' },
    'due-soon': { zh: '侦查羁押期限将于 {{due}} 届满（已延长{{extensions}}次），需延长的应在届满7日前提请', en: 'Investigative detention expires {{due}} ({{extensions}} extensions); extension requests are due 7 days before' },
    'overdue': { zh: '侦查羁押期限已于 {{due}} 届满，犯罪嫌疑人仍被羁押（超期羁押）', en: 'Investigative detention expired on {{due}} and the suspect is still held' },
    'exceeded': { zh: '侦查羁押超期：期满日 {{due}}，{{doneOn}}才侦查终结或解除羁押', en: 'Detention exceeded: due {{due}}, concluded or released on {{doneOn}}' },
  },
} satisfies RuleText;
