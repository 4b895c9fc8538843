// R45 nonpros-approval: its wording (the rule's logic, ids and lights: shared/rules/nonpros-approval.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '不起诉的类型、条件与审批', en: 'Non-prosecution: type, conditions and approval' },
  description: {
    zh: '法定不起诉、相对不起诉、存疑不起诉须经检察长批准；本院直接受理侦查的案件和监察机关移送起诉的案件拟作不起诉的，应当报请上一级人民检察院批准；刑诉法182条的特殊不起诉须经最高人民检察院核准。存疑不起诉须经二次退回补充侦查（或补充调查），或经一次退回且认为没有再次退回必要。附条件不起诉见 R55。',
    en: 'Statutory, discretionary and insufficient-evidence non-prosecutions need the chief prosecutor’s approval; in own investigations and supervision-commission cases, the upper procuratorate’s; a CPL 182 non-prosecution, the SPP’s sanction. Insufficient evidence requires two returns, or one return and a second judged pointless. Conditional non-prosecution is R55.',
  },
  basis: [
    { law: '刑事诉讼法', article: 175, clause: 4 },
    { law: '刑事诉讼法', article: 177 },
    { law: '刑事诉讼法', article: 182 },
    { law: '人民检察院刑事诉讼规则', article: 279 },
    { law: '人民检察院刑事诉讼规则', article: 365 },
    { law: '人民检察院刑事诉讼规则', article: 367 },
    { law: '人民检察院刑事诉讼规则', article: 370 },
    { law: '人民检察院刑事诉讼规则', article: 371 },
  ],
  messages: {
    'approved': { zh: '不起诉已经{{authority}}', en: 'Non-prosecution has {{authority}}' },
    'not-approved': { zh: '{{kind}}未经{{authority}}', en: '{{kind}} without {{authority}}' },
    'returns-met': { zh: '存疑不起诉：已退回补充侦查{{count}}次', en: 'Insufficient evidence after {{count}} return(s) for supplementary investigation' },
    'no-return': { zh: '存疑不起诉须经退回补充侦查，本案退回{{count}}次', en: 'Insufficient-evidence non-prosecution needs a return first; returns: {{count}}' },
    'second-return-open': { zh: '仅退回一次即存疑不起诉，须认定没有再次退回补充侦查的必要，请记录', en: 'Only one return: record that a second return would be pointless' },
  },
  phrases: {
    'chief': { zh: '检察长批准', en: 'the chief prosecutor’s approval' },
    'upper': { zh: '上一级人民检察院批准', en: 'the upper procuratorate’s approval' },
    'spp': { zh: '最高人民检察院核准', en: 'the Supreme People’s Procuratorate’s sanction' },
    'statutory': { zh: '法定不起诉', en: 'Statutory non-prosecution' },
    'discretionary': { zh: '相对不起诉', en: 'Discretionary non-prosecution' },
    'insufficient-evidence': { zh: '存疑不起诉', en: 'Insufficient-evidence non-prosecution' },
    'conditional': { zh: '附条件不起诉', en: 'Conditional non-prosecution' },
    'special': { zh: '特殊不起诉', en: 'CPL 182 non-prosecution' },
  },
} satisfies RuleText;
