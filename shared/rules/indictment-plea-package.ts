// R40 提起公诉材料完整（认罪认罚具结书、量刑建议等）: what the form can show of a plea indictment, and
// the 3-day supplement the court asks for.
import type { Outcome } from './lib/types';
import { defineRule } from './lib/define-rule';
import { inCustodyOf, judge, missingAt } from './lib/support';

type Id =
  | 'recommendation-made' | 'no-recommendation' | 'range-recommendation'
  | 'agreement-transferred' | 'agreement-exempt' | 'no-agreement' | 'indictment-silent'
  | 'supplied' | 'supply-late' | 'supply-overdue' | 'supply-due' | 'supply-open';

export default defineRule({
  meta: {
    id: 'indictment-plea-package',
    catalogue: 'R40',
    version: 2,
    procedures: ['prosecution-review'],
    fields: [
      'indictedOn', 'pleaAccepted', 'sentencingRecommendationMade', 'sentencingRecommendationFixed', 'pleaAgreementSignedOn',
      'suspectDisability', 'juvenilePleaObjection', 'pleaStatedInIndictment', 'courtSupplementRequestedOn', 'courtSupplementProvidedOn',
      'inCustody', 'custodyMeasure',
    ],
    anchor: 'sentencingRecommendationMade',
    warningDays: 0,
    severity: 'serious',
    points: { 'no-recommendation': 5, 'no-agreement': 5, 'supply-late': 3 },
    messages: {
      'recommendation-made': { light: 'green' },
      'range-recommendation': { light: 'yellow' },
      'no-recommendation': { light: 'red' },
      'agreement-transferred': { light: 'green' },
      'agreement-exempt': { light: 'green' },
      'no-agreement': { light: 'red' },
      'indictment-silent': { light: 'yellow' },
      'supplied': { light: 'green' },
      'supply-open': { light: 'green' },
      'supply-due': { light: 'yellow' },
      'supply-late': { light: 'red' },
      'supply-overdue': { light: 'yellow' },
    },
  },
  applies: (c) => c.indictedOn !== undefined && (c.pleaAccepted === true || c.courtSupplementRequestedOn !== undefined),
  check: (c, ctx) => {
    const indictedOn = c.indictedOn!;
    const out: Outcome<Id>[] = [];
    if (c.pleaAccepted === true) {
      // 规则 274, 275: a recommendation is required, normally a fixed term.
      if (c.sentencingRecommendationMade === false) out.push({ messageId: 'no-recommendation', data: { indictedOn }, occurrence: `recommendation:${indictedOn}` });
      else if (c.sentencingRecommendationMade === undefined) out.push(missingAt('sentencingRecommendationMade', `recommendation:${indictedOn}`));
      else if (c.sentencingRecommendationFixed === false) out.push({ messageId: 'range-recommendation', anchor: 'sentencingRecommendationFixed', occurrence: `recommendation:${indictedOn}` });
      else out.push({ messageId: 'recommendation-made', occurrence: `recommendation:${indictedOn}` });
      // 刑诉法 174(2); 规则 272: no agreement needed for a disabled suspect or a minor whose representative or defender objects.
      const agreement = { anchor: 'pleaAgreementSignedOn' as const, occurrence: `agreement:${indictedOn}` };
      if (c.pleaAgreementSignedOn !== undefined) out.push({ ...agreement, messageId: 'agreement-transferred', data: { signedOn: c.pleaAgreementSignedOn } });
      else if (c.suspectDisability === true) out.push({ ...agreement, messageId: 'agreement-exempt', data: { reason: { phrase: 'disability' } } });
      else if (c.juvenilePleaObjection === true) out.push({ ...agreement, messageId: 'agreement-exempt', data: { reason: { phrase: 'juvenile-objection' } } });
      else out.push({ ...agreement, messageId: 'no-agreement', data: { indictedOn } });
      if (c.pleaStatedInIndictment === false) out.push({ messageId: 'indictment-silent', anchor: 'pleaStatedInIndictment', occurrence: `indictment:${indictedOn}` });
    }
    if (c.courtSupplementRequestedOn !== undefined) {
      // 规则 361: "认为有必要移送的" — an empty date may mean it was judged unnecessary, so only a prompt.
      const d = ctx.deadline(c.courtSupplementRequestedOn, { amount: 3, unit: 'day' }, { inCustody: inCustodyOf(c) ?? false });
      out.push(judge(ctx, d, c.courtSupplementProvidedOn, {
        done: 'supplied', late: 'supply-late', missing: 'supply-overdue', dueSoon: 'supply-due', open: 'supply-open',
      }, { anchor: 'courtSupplementProvidedOn', occurrence: `supplement:${c.courtSupplementRequestedOn}` }));
    }
    return out;
  },
});
