// R58 non-custodial-measure-max-term: its wording (the rule's logic, ids and lights: shared/rules/non-custodial-measure-max-term.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '取保候审最长12个月、监视居住最长6个月', en: 'Bail at most 12 months, residential surveillance at most 6' },
  description: {
    zh: '本院决定的取保候审最长不得超过12个月，监视居住最长不得超过6个月，自本院决定之日起算（移送审查起诉后重新决定的，重新计算）；期限届满应当及时解除或变更，并通知执行机关、被取保候审人或被监视居住人。',
    en: 'Bail decided by the procuratorate lasts at most 12 months and residential surveillance at most 6, from its own decision (a re-decision after transfer restarts it); lift or change it at expiry and notify the executing authority and the person.',
  },
  basis: [
    { law: '刑事诉讼法', article: 79 },
    { law: '人民检察院刑事诉讼规则', article: 102 },
    { law: '人民检察院刑事诉讼规则', article: 103 },
    { law: '人民检察院刑事诉讼规则', article: 105 },
    { law: '人民检察院刑事诉讼规则', article: 112 },
    { law: '人民检察院刑事诉讼规则', article: 113 },
  ],
  deadline: { zh: '决定日 + 12个月（取保候审）/ 6个月（监视居住），期满日为节假日的顺延至节假日后第一个工作日', en: 'decided on + 12 months (bail) / 6 months (residential surveillance); a rest-day end moves to the next working day' },
  messages: {
    'lifted': { zh: '{{measure}}已于{{doneOn}}解除或变更（最长至 {{due}}）', en: '{{measure}} lifted on {{doneOn}} (limit {{due}})' },
    'open': { zh: '{{measure}}最长至 {{due}}', en: '{{measure}} may last until {{due}}' },
    'due-soon': { zh: '{{measure}}将于 {{due}} 届满，应及时解除或变更', en: '{{measure}} expires on {{due}}: lift or change it in time' },
    'exceeded': { zh: '{{measure}}超过法定期限：{{due}} 届满，{{doneOn}}才解除', en: '{{measure}} exceeded its limit: expired {{due}}, lifted on {{doneOn}}' },
    'in-force-past-expiry': { zh: '{{measure}}已于 {{due}} 届满，仍未解除或变更', en: '{{measure}} expired on {{due}} and is still in force' },
  },
  phrases: {
    'bail': { zh: '取保候审', en: 'Bail' },
    'residential-surveillance': { zh: '监视居住', en: 'Residential surveillance' },
  },
} satisfies RuleText;
