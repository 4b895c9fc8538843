// R20 arrest-review-mandatory-interrogation: its wording (the rule's logic, ids and lights: shared/rules/arrest-review-mandatory-interrogation.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '审查逮捕应当讯问的情形', en: 'Mandatory interrogation at arrest review' },
  description: {
    zh: '对是否符合逮捕条件有疑问、犯罪嫌疑人要求当面陈述、侦查活动可能有重大违法、重大疑难复杂、认罪认罚、未成年人、盲聋哑或限制行为能力的精神病人等情形，应当在作出决定前讯问；已被拘留而未讯问的，应当送达并收回《听取犯罪嫌疑人意见书》。',
    en: 'Doubt about arrest conditions, the suspect asks to be heard, possible serious illegality in the investigation, a major/complex case, a plea, a minor, or a disabled suspect: interrogate before deciding. A detained suspect not interrogated must get and return the written-opinion form.',
  },
  basis: [
    { law: '刑事诉讼法', article: 88, clause: 1 },
    { law: '刑事诉讼法', article: 280, clause: 1 },
    { law: '人民检察院刑事诉讼规则', article: 258 },
    { law: '人民检察院刑事诉讼规则', article: 260 },
    { law: '人民检察院刑事诉讼规则', article: 280 },
  ],
  deadline: { zh: '不迟于决定日期', en: 'no later than the decision' },
  messages: {
    'interrogated': { zh: '已于{{interrogatedOn}}讯问犯罪嫌疑人（{{triggers}}）', en: 'Suspect interrogated on {{interrogatedOn}} ({{triggers}})' },
    'not-yet': { zh: '属应当讯问情形（{{triggers}}），作出决定前应讯问犯罪嫌疑人', en: 'Interrogation required ({{triggers}}) before the decision' },
    'missing': { zh: '属应当讯问情形（{{triggers}}），{{decisionOn}}作出决定前未讯问', en: 'Interrogation required ({{triggers}}) but none before the decision on {{decisionOn}}' },
    'after-decision': { zh: '讯问日期{{interrogatedOn}}晚于决定日期{{decisionOn}}（{{triggers}}）', en: 'Interrogated on {{interrogatedOn}}, after the decision on {{decisionOn}} ({{triggers}})' },
    'opinion-form': { zh: '未讯问，已于{{collectedOn}}收回《听取犯罪嫌疑人意见书》', en: 'Not interrogated; written-opinion form returned on {{collectedOn}}' },
    'no-opinion-form': { zh: '已拘留的犯罪嫌疑人未经讯问，决定（{{decisionOn}}）前未收回《听取犯罪嫌疑人意见书》', en: 'Detained suspect neither interrogated nor given the written-opinion form before the decision on {{decisionOn}}' },
  },
  phrases: {
    'arrest-condition-doubt': { zh: '逮捕条件有疑问', en: 'doubt about arrest conditions' },
    'asked-to-be-heard': { zh: '要求当面陈述', en: 'suspect asked to be heard' },
    'investigation-illegality': { zh: '侦查活动可能有重大违法', en: 'possible illegality in the investigation' },
    'major-complex': { zh: '重大疑难复杂', en: 'major or complex case' },
    'plea': { zh: '认罪认罚', en: 'plea' },
    'minor': { zh: '未成年人', en: 'minor' },
    'disability': { zh: '盲聋哑或限制行为能力的精神病人', en: 'disabled suspect' },
  },
} satisfies RuleText;
