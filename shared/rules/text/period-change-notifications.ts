// R28 period-change-notifications: its wording (the rule's logic, ids and lights: shared/rules/period-change-notifications.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '期限变更及强制措施变化的通知', en: 'Notices of changed periods' },
  description: {
    zh: '犯罪嫌疑人被羁押，本院侦查、审查起诉期间发生延长或重新计算审查起诉期限（含重新移送、改变管辖）、自侦案件延长或重新计算侦查羁押期限等期限改变的，应当及时将变更后的期限书面通知看守所（按1个工作日掌握，可配置）；批准或决定延长侦查羁押期限、自侦案件重新计算侦查羁押期限、改变管辖、延长审查起诉期限、退回补充侦查、重新移送后重新计算审查起诉期限的，应当在决定后十日以内通知本院负有监督职责的部门。各以表单上最近一次相应变更为准；精神病鉴定见 R34。',
    en: 'For a held suspect, a changed period in the procuratorate’s own investigation or review (review period extended or restarted, including re-transfer and change of jurisdiction; in own investigations, detention extended or recalculated) is told to the detention centre in writing promptly (read as 1 working day, configurable); extensions of detention, own recalculations, changes of jurisdiction, review extensions, returns and re-transfers are told to the supervising department within 10 days. The latest relevant change on the form counts; psychiatric evaluation is R34.',
  },
  basis: [
    { law: '人民检察院刑事诉讼规则', article: 152 },
    { law: '人民检察院刑事诉讼规则', article: 293 },
    { law: '人民检察院刑事诉讼规则', article: 304 },
    { law: '人民检察院刑事诉讼规则', article: 313, clause: 2 },
    { law: '人民检察院刑事诉讼规则', article: 614 },
    { law: '人民检察院刑事诉讼规则', article: 616 },
  ],
  deadline: {
    zh: '看守所：变更之日 + 1个工作日（可配置）；监督部门：变更之日 + 10日；均不顺延',
    en: 'detention centre: changed on + 1 working day (configurable); supervising department: changed on + 10 days; never moved',
  },
  optionDocs: {
    centreWorkdays: {
      zh: '“及时”书面通知看守所的工作日数。目录建议：1。',
      en: 'Working days for a “prompt” written notice to the detention centre. Recommended: 1.',
    },
  },
  messages: {
    'centre-told': { zh: '{{change}}已于{{doneOn}}书面通知看守所', en: 'Detention centre told of the {{change}} on {{doneOn}}' },
    'centre-open': { zh: '{{change}}后应于 {{due}} 前书面通知看守所', en: 'Tell the detention centre of the {{change}} by {{due}}' },
    'centre-due': { zh: '应于 {{due}} 前将{{change}}后的期限书面通知看守所', en: 'Tell the detention centre in writing of the {{change}} by {{due}}' },
    'centre-late': { zh: '{{change}}后通知看守所迟延：最迟 {{due}}，{{doneOn}}才通知', en: 'Detention centre told of the {{change}} late: limit {{due}}, told on {{doneOn}}' },
    'centre-missing': { zh: '{{change}}后至 {{due}} 仍未书面通知看守所', en: 'The detention centre had not been told of the {{change}} by {{due}}' },
    'dept-told': { zh: '{{change}}已于{{doneOn}}通知本院监督部门', en: 'Supervising department told of the {{change}} on {{doneOn}}' },
    'dept-open': { zh: '{{change}}后应于 {{due}} 前通知本院负有监督职责的部门', en: 'Tell the supervising department of the {{change}} by {{due}}' },
    'dept-due': { zh: '应于 {{due}} 前将{{change}}通知本院负有监督职责的部门', en: 'Tell the supervising department of the {{change}} by {{due}}' },
    'dept-late': { zh: '{{change}}后通知监督部门超过十日：最迟 {{due}}，{{doneOn}}才通知', en: 'Supervising department told of the {{change}} late: limit {{due}}, told on {{doneOn}}' },
    'dept-missing': { zh: '{{change}}后十日（{{due}}）已过，仍未通知本院监督部门', en: 'Ten days after the {{change}} ({{due}}) the supervising department has not been told' },
  },
  phrases: {
    'extension': { zh: '延长审查起诉期限', en: 'extension of the review period' },
    'return': { zh: '退回补充侦查', en: 'return for supplementary investigation' },
    'retransfer': { zh: '补充侦查后重新移送、重新计算审查起诉期限', en: 're-transfer restarting the review period' },
    'jurisdiction-change': { zh: '改变管辖', en: 'change of jurisdiction' },
    'detention-extension': { zh: '延长侦查羁押期限', en: 'extension of investigative detention' },
    'detention-restart': { zh: '重新计算侦查羁押期限', en: 'recalculation of investigative detention' },
    'period-change': { zh: '期限变更', en: 'change of period' },
  },
} satisfies RuleText;
