// R14 hear-defense-opinions: its wording (the rule's logic, ids and lights: shared/rules/hear-defense-opinions.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '听取辩护人/值班律师、被害人及其代理人意见', en: 'Hear the defence and the victim before deciding' },
  description: {
    zh: '审查起诉应当听取辩护人或值班律师、被害人及其诉讼代理人的意见并记录在案；审查逮捕中辩护律师提出要求的（未成年犯罪嫌疑人一律）应当听取。听取须在作出决定之前；无法通知或逾期未提出意见的应记录在案。',
    en: 'At review for prosecution, hear and record the defender or duty lawyer and the victim and agent; at arrest review, hear a defence lawyer who asks (always for a minor). Before the decision; record it when they cannot be reached.',
  },
  basis: [
    { law: '刑事诉讼法', article: 88, clause: 2 },
    { law: '刑事诉讼法', article: 173, clause: 1 },
    { law: '刑事诉讼法', article: 280 },
    { law: '人民检察院刑事诉讼规则', article: 54 },
    { law: '人民检察院刑事诉讼规则', article: 261 },
    { law: '人民检察院刑事诉讼规则', article: 262 },
    { law: '人民检察院刑事诉讼规则', article: 465 },
  ],
  deadline: { zh: '不迟于审结/决定日期', en: 'no later than the decision' },
  messages: {
    'heard': { zh: '已于{{heardOn}}听取{{party}}意见', en: 'Heard {{party}} on {{heardOn}}' },
    'not-yet': { zh: '作出决定前应听取{{party}}意见并记录在案', en: 'Hear {{party}} and record it before deciding' },
    'unobtainable': { zh: '无法听取{{party}}意见，情况已记录在案', en: 'Could not hear {{party}}; recorded on file' },
    'missing': { zh: '已于{{decisionOn}}作出决定，未听取{{party}}意见', en: 'Decided on {{decisionOn}} without hearing {{party}}' },
    'after-decision': { zh: '{{heardOn}}才听取{{party}}意见，晚于决定日期{{decisionOn}}', en: 'Heard {{party}} on {{heardOn}}, after the decision on {{decisionOn}}' },
  },
  phrases: {
    'counsel': { zh: '辩护人或值班律师', en: 'the defender or duty lawyer' },
    'victim': { zh: '被害人及其诉讼代理人', en: 'the victim and agent' },
  },
} satisfies RuleText;
