// R20 审查逮捕应当讯问的情形: any statutory trigger requires an interrogation before the decision.
import type { Bilingual } from '../case';
import { defineRule } from './lib/define-rule';
import { inCustodyOf, isMinorOn } from './lib/support';

export default defineRule({
  meta: {
    id: 'arrest-review-mandatory-interrogation',
    catalogue: 'R20',
    version: 1,
    procedures: ['arrest-review'],
    fields: [
      'interrogatedOn', 'decisionOn', 'arrestConditionDoubt', 'suspectRequestedInterview', 'investigationViolationSuspected',
      'majorComplex', 'pleaAccepted', 'suspectBirthDate', 'suspectDisability', 'inCustody', 'custodyMeasure', 'opinionFormCollectedOn',
    ],
    anchor: 'interrogatedOn',
    severity: 'serious',
    points: { 'missing': 7, 'after-decision': 7, 'no-opinion-form': 7 },
    messages: {
      'interrogated': { light: 'green' },
      'not-yet': { light: 'grey' },
      'missing': { light: 'red' },
      'after-decision': { light: 'red' },
      'opinion-form': { light: 'green' },
      'no-opinion-form': { light: 'red' },
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
