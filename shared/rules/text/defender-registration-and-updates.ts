// R10 defender-registration-and-updates: its wording (the rule's logic, ids and lights: shared/rules/defender-registration-and-updates.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '辩护人登记与诉讼进程告知', en: 'Register the defender and tell the lawyer how the case moves' },
  description: {
    zh: '辩护人告知接受委托或法律援助机构通知指派后，案件管理部门应及时登记并查验执业证书、律师事务所证明和委托书（或法律援助公函）；审查起诉案件退回补充侦查、改变管辖、提起公诉的，应当及时告知辩护律师。“及时”按登记1个工作日、告知3日掌握（可配置）。',
    en: 'Once told of a defender’s engagement or a legal-aid appointment, case management registers it promptly and checks the licence, firm letter and engagement (or legal-aid letter); a return for supplementary investigation, a change of jurisdiction or an indictment is promptly told to the defence lawyer. “Promptly” is read as 1 working day to register and 3 days to tell (configurable).',
  },
  basis: [
    { law: '刑事诉讼法', article: 34, clause: 4 },
    { law: '人民检察院刑事诉讼规则', article: 45 },
    { law: '人民检察院刑事诉讼规则', article: 46 },
    { law: '人民检察院刑事诉讼规则', article: 47, clause: 2 },
    { law: '人民检察院刑事诉讼规则', article: 57, item: 14 },
  ],
  deadline: {
    zh: '登记：辩护人告知之日 + 1个工作日；告知辩护律师：退补/改变管辖/提起公诉之日 + 3日，期满日为节假日的顺延、在押的不顺延（均为本院内部期限，可配置）',
    en: 'register: told of the defender + 1 working day; tell the lawyer: return / change of jurisdiction / indictment + 3 days, moved off a rest day unless in custody (both unit-policy limits, configurable)',
  },
  optionDocs: {
    registerWorkdays: {
      zh: '“及时登记”的工作日数。目录建议：1。',
      en: 'Working days for a “prompt” registration. Recommended: 1.',
    },
    tellDays: {
      zh: '退补、改变管辖、提起公诉后“及时告知”辩护律师的日数。目录建议：3。',
      en: 'Days to tell the lawyer of a return, change of jurisdiction or indictment. Recommended: 3.',
    },
  },
  messages: {
    'registered': { zh: '已于{{doneOn}}登记辩护人', en: 'Defender registered on {{doneOn}}' },
    'registration-open': { zh: '应及时登记辩护人信息（最迟 {{due}}）', en: 'Register the defender promptly (by {{due}})' },
    'registration-due': { zh: '应于 {{due}} 前登记辩护人信息并移交办案部门', en: 'Register the defender and pass it to the handling department by {{due}}' },
    'registration-late': { zh: '辩护人登记迟延：最迟 {{due}}，{{doneOn}}才登记', en: 'Defender registered late: limit {{due}}, registered on {{doneOn}}' },
    'registration-missing': { zh: '至 {{due}} 仍未登记辩护人信息', en: 'The defender had not been registered by {{due}}' },
    'credentials-unchecked': { zh: '未查验辩护人执业证书、所函及委托书（或法律援助公函）', en: 'The defender’s licence, firm letter and engagement (or legal-aid letter) were not checked' },
    'told': { zh: '已于{{doneOn}}告知辩护律师{{event}}', en: 'Defence lawyer told of the {{event}} on {{doneOn}}' },
    'tell-open': { zh: '应及时告知辩护律师{{event}}（最迟 {{due}}）', en: 'Tell the defence lawyer of the {{event}} promptly (by {{due}})' },
    'tell-due': { zh: '应于 {{due}} 前告知辩护律师{{event}}', en: 'Tell the defence lawyer of the {{event}} by {{due}}' },
    'told-late': { zh: '告知辩护律师{{event}}迟延：最迟 {{due}}，{{doneOn}}才告知', en: 'Defence lawyer told of the {{event}} late: limit {{due}}, told on {{doneOn}}' },
    'not-told': { zh: '{{event}}后至 {{due}} 仍未告知辩护律师', en: 'The defence lawyer had not been told of the {{event}} by {{due}}' },
  },
  phrases: {
    'return': { zh: '退回补充侦查', en: 'return for supplementary investigation' },
    'jurisdiction-change': { zh: '改变管辖', en: 'change of jurisdiction' },
    'indictment': { zh: '提起公诉', en: 'indictment' },
  },
} satisfies RuleText;
