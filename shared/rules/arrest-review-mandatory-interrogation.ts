// R20 审查逮捕应当讯问的情形: any statutory trigger requires an interrogation before the decision.
import type { Bilingual } from '../case';
import { defineRule } from './lib/define-rule';
import { inCustodyOf, isMinorOn } from './lib/support';

export default defineRule({
  meta: {
    id: 'arrest-review-mandatory-interrogation',
    catalogue: 'R20',
    version: 1,
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
    procedures: ['arrest-review'],
    fields: [
      'interrogatedOn', 'decisionOn', 'arrestConditionDoubt', 'suspectRequestedInterview', 'investigationViolationSuspected',
      'majorComplex', 'pleaAccepted', 'suspectBirthDate', 'suspectDisability', 'inCustody', 'custodyMeasure', 'opinionFormCollectedOn',
    ],
    anchor: 'interrogatedOn',
    deadline: { zh: '不迟于决定日期', en: 'no later than the decision' },
    severity: 'serious',
    points: { 'missing': 7, 'after-decision': 7, 'no-opinion-form': 7 },
    messages: {
      'interrogated': { light: 'green', zh: '已于{{interrogatedOn}}讯问犯罪嫌疑人（{{triggers}}）', en: 'Suspect interrogated on {{interrogatedOn}} ({{triggers}})' },
      'not-yet': { light: 'grey', zh: '属应当讯问情形（{{triggers}}），作出决定前应讯问犯罪嫌疑人', en: 'Interrogation required ({{triggers}}) before the decision' },
      'missing': { light: 'red', zh: '属应当讯问情形（{{triggers}}），{{decisionOn}}作出决定前未讯问', en: 'Interrogation required ({{triggers}}) but none before the decision on {{decisionOn}}' },
      'after-decision': { light: 'red', zh: '讯问日期{{interrogatedOn}}晚于决定日期{{decisionOn}}（{{triggers}}）', en: 'Interrogated on {{interrogatedOn}}, after the decision on {{decisionOn}} ({{triggers}})' },
      'opinion-form': { light: 'green', zh: '未讯问，已于{{collectedOn}}收回《听取犯罪嫌疑人意见书》', en: 'Not interrogated; written-opinion form returned on {{collectedOn}}' },
      'no-opinion-form': { light: 'red', zh: '已拘留的犯罪嫌疑人未经讯问，决定（{{decisionOn}}）前未收回《听取犯罪嫌疑人意见书》', en: 'Detained suspect neither interrogated nor given the written-opinion form before the decision on {{decisionOn}}' },
    },
  },
  applies: () => true,
  check: (c, ctx) => {
    const triggers: Bilingual[] = [];
    if (c.arrestConditionDoubt === true) triggers.push({ zh: '逮捕条件有疑问', en: 'doubt about arrest conditions' });
    if (c.suspectRequestedInterview === true) triggers.push({ zh: '要求当面陈述', en: 'suspect asked to be heard' });
    if (c.investigationViolationSuspected === true) triggers.push({ zh: '侦查活动可能有重大违法', en: 'possible illegality in the investigation' });
    if (c.majorComplex === true) triggers.push({ zh: '重大疑难复杂', en: 'major or complex case' });
    if (c.pleaAccepted === true) triggers.push({ zh: '认罪认罚', en: 'plea' });
    if (c.suspectBirthDate !== undefined && isMinorOn(c.suspectBirthDate, c.decisionOn ?? ctx.today, ctx)) {
      triggers.push({ zh: '未成年人', en: 'minor' });
    }
    if (c.suspectDisability === true) triggers.push({ zh: '盲聋哑或限制行为能力的精神病人', en: 'disabled suspect' });
    const { interrogatedOn, decisionOn } = c;
    if (triggers.length === 0) {
      // 规则 280: a detained suspect who is not interrogated gets the written-opinion form.
      if (interrogatedOn !== undefined || inCustodyOf(c) !== true || decisionOn === undefined) return null;
      const collectedOn = c.opinionFormCollectedOn;
      if (collectedOn !== undefined && collectedOn <= decisionOn) return { messageId: 'opinion-form', data: { collectedOn }, anchor: 'opinionFormCollectedOn' };
      return { messageId: 'no-opinion-form', data: { decisionOn }, anchor: 'opinionFormCollectedOn' };
    }
    const data = { triggers: { zh: triggers.map((t) => t.zh).join('、'), en: triggers.map((t) => t.en).join(', ') } };
    if (interrogatedOn !== undefined) {
      if (decisionOn !== undefined && interrogatedOn > decisionOn) return { messageId: 'after-decision', data: { ...data, interrogatedOn, decisionOn } };
      return { messageId: 'interrogated', data: { ...data, interrogatedOn } };
    }
    if (decisionOn === undefined) return { messageId: 'not-yet', data };
    return { messageId: 'missing', data: { ...data, decisionOn } };
  },
});
