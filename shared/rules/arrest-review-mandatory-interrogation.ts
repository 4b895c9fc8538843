// R20 审查逮捕应当讯问的情形: any statutory trigger requires an interrogation before the decision.
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
    const triggers: string[] = [];
    if (c.arrestConditionDoubt === true) triggers.push('arrest-condition-doubt');
    if (c.suspectRequestedInterview === true) triggers.push('asked-to-be-heard');
    if (c.investigationViolationSuspected === true) triggers.push('investigation-illegality');
    if (c.majorComplex === true) triggers.push('major-complex');
    if (c.pleaAccepted === true) triggers.push('plea');
    if (c.suspectBirthDate !== undefined && isMinorOn(c.suspectBirthDate, c.decisionOn ?? ctx.today, ctx)) {
      triggers.push('minor');
    }
    if (c.suspectDisability === true) triggers.push('disability');
    const { interrogatedOn, decisionOn } = c;
    if (triggers.length === 0) {
      // 规则 280: a detained suspect who is not interrogated gets the written-opinion form.
      if (interrogatedOn !== undefined || inCustodyOf(c) !== true || decisionOn === undefined) return null;
      const collectedOn = c.opinionFormCollectedOn;
      if (collectedOn !== undefined && collectedOn <= decisionOn) return { messageId: 'opinion-form', data: { collectedOn }, anchor: 'opinionFormCollectedOn' };
      return { messageId: 'no-opinion-form', data: { decisionOn }, anchor: 'opinionFormCollectedOn' };
    }
    const data = { triggers: { phrase: triggers } };
    if (interrogatedOn !== undefined) {
      if (decisionOn !== undefined && interrogatedOn > decisionOn) return { messageId: 'after-decision', data: { ...data, interrogatedOn, decisionOn } };
      return { messageId: 'interrogated', data: { ...data, interrogatedOn } };
    }
    if (decisionOn === undefined) return { messageId: 'not-yet', data };
    return { messageId: 'missing', data: { ...data, decisionOn } };
  },
});
