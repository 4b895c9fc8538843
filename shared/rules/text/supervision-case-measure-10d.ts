// R19 supervision-case-measure-10d: its wording (the rule's logic, ids and lights: shared/rules/supervision-case-measure-10d.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '监察留置案件拘留后10日内决定强制措施', en: 'Supervision (留置) cases: decide the coercive measure within 10 days of detention' },
  description: {
    zh: '监察机关移送起诉的已采取留置措施的案件，人民检察院应当在受理后及时先行拘留，留置措施自动解除，并在拘留后十日以内作出是否逮捕、取保候审或者监视居住的决定；特殊情况下可延长一日至四日。在押，期满日不因节假日顺延。决定强制措施的期间不计入审查起诉期限。',
    en: 'In a supervision-commission case with 留置, the procuratorate detains the suspect after intake and decides on arrest, bail or residential surveillance within 10 days of detention (1–4 more days in special cases). In custody, never extended by rest days. The time is not counted in the review period.',
  },
  basis: [
    { law: '刑事诉讼法', article: 170, clause: 2 },
    { law: '人民检察院刑事诉讼规则', article: 142 },
    { law: '人民检察院刑事诉讼规则', article: 143 },
    { law: '人民检察院刑事诉讼规则', article: 145 },
  ],
  deadline: { zh: '拘留执行日 + 10日（特殊情况 +1至4日），在押不顺延', en: 'detained on + 10 days (+1–4 in special cases); in custody, never extended' },
  messages: {
    'done': { zh: '已于{{doneOn}}决定强制措施（期满日 {{due}}）', en: 'Coercive measure decided on {{doneOn}} (due {{due}})' },
    'open': { zh: '拘留后应于 {{due}} 前决定逮捕、取保候审或监视居住', en: 'Decide on arrest, bail or residential surveillance by {{due}}' },
    'due-soon': { zh: '应于 {{due}} 前作出是否逮捕、取保候审或监视居住的决定（在押，不顺延）', en: 'Decide the coercive measure by {{due}} (in custody: not extended)' },
    'late': { zh: '决定强制措施超期：期满日 {{due}}，{{doneOn}}才决定', en: 'Coercive measure decided late: due {{due}}, decided on {{doneOn}}' },
    'missing': { zh: '拘留后决定强制措施的期限已于 {{due}} 届满，尚未决定', en: 'The period to decide the coercive measure expired on {{due}} without a decision' },
  },
} satisfies RuleText;
