// R50 羁押必要性审查：应当建议释放或变更的情形.
import { defineRule } from './lib/define-rule';
import { earliest, inCustodyOf } from './lib/support';

export default defineRule({
  meta: {
    id: 'custody-necessity-mandatory-grounds',
    catalogue: 'R50',
    version: 1,
    procedures: ['custody-review'],
    fields: [
      'custodyReviewConclusion', 'evidenceChangedMaterially', 'likelyLightSentence', 'likelySentenceMonths',
      'detainedOn', 'arrestedOn', 'inCustody', 'custodyMeasure',
    ],
    anchor: 'custodyReviewConclusion',
    warningDays: 15,
    severity: 'critical',
    points: { 'ground-ignored': 6 },
    messages: {
      'no-mandatory-ground': { light: 'green' },
      'recommended': { light: 'green' },
      'ground-present': { light: 'yellow' },
      'approaching-sentence': { light: 'yellow' },
      'ground-ignored': { light: 'red' },
    },
  },
  applies: () => true,
  check: (c, ctx) => {
    const custody = inCustodyOf(c);
    if (custody === undefined) return ctx.missing('inCustody');
    if (!custody) return null;
    const grounds: string[] = [];
    if (c.evidenceChangedMaterially === true) grounds.push('evidence-changed');
    if (c.likelyLightSentence === true) grounds.push('light-sentence');
    const heldSince = earliest(c.detainedOn, c.arrestedOn);
    const months = c.likelySentenceMonths;
    let term;
    if (heldSince !== undefined && months !== undefined && Number.isInteger(months) && months > 0) {
      // One day held counts as one day of the sentence: the term is reached on heldSince + months.
      term = ctx.deadline(heldSince, { amount: months, unit: 'month' }, { inCustody: true });
      if (ctx.today >= term.due) grounds.push('exceeds-likely-term');
    }
    const occurrence = heldSince ?? 'review';
    const data = { grounds: { phrase: grounds } };
    if (grounds.length > 0) {
      const conclusion = c.custodyReviewConclusion;
      const messageId = conclusion === 'continue' ? 'ground-ignored' : conclusion === undefined ? 'ground-present' : 'recommended';
      return { messageId, data, deadline: term, occurrence };
    }
    if (term !== undefined && ctx.pending(term) === 'due-soon') return { messageId: 'approaching-sentence', data: { months: months! }, deadline: term, occurrence };
    return { messageId: 'no-mandatory-ground', deadline: term, occurrence };
  },
});
