// R50 羁押必要性审查：应当建议释放或变更的情形.
import type { Bilingual } from '../case';
import { defineRule } from './lib/define-rule';
import { earliest, inCustodyOf } from './lib/support';

export default defineRule({
  meta: {
    id: 'custody-necessity-mandatory-grounds',
    catalogue: 'R50',
    version: 1,
    title: { zh: '羁押必要性审查：应当建议释放或变更的情形', en: 'Continued-detention review: mandatory grounds to recommend release' },
    description: {
      zh: '案件证据发生重大变化、可能判处拘役管制独立附加刑免刑或无罪、继续羁押将超过可能判处的刑期等情形，应当建议释放或变更强制措施。已羁押时间按拘留（或逮捕）之日起的日历月计算，与可能判处的刑期（月）比较。',
      en: 'Material change in the evidence, a likely light sentence or acquittal, or detention that would exceed the likely sentence: the review must recommend release or a non-custodial measure. Time held runs in calendar months from detention (or arrest) against the likely term.',
    },
    basis: [
      { law: '刑事诉讼法', article: 95 },
      { law: '人民检察院刑事诉讼规则', article: 573 },
      { law: '人民检察院刑事诉讼规则', article: 579 },
      { law: '人民检察院刑事诉讼规则', article: 580 },
    ],
    procedures: ['custody-review'],
    fields: [
      'custodyReviewConclusion', 'evidenceChangedMaterially', 'likelyLightSentence', 'likelySentenceMonths',
      'detainedOn', 'arrestedOn', 'inCustody', 'custodyMeasure',
    ],
    anchor: 'custodyReviewConclusion',
    deadline: {
      zh: '可能刑期届满日 = 羁押起算日（拘留或逮捕日）+ 可能判处的刑期（月）',
      en: 'likely term reached = held since (detention or arrest) + likely term in months',
    },
    warningDays: 15,
    severity: 'critical',
    points: { 'ground-ignored': 6 },
    messages: {
      'no-mandatory-ground': { light: 'green', zh: '未发现应当建议释放或变更强制措施的情形', en: 'No mandatory ground to recommend release found' },
      'recommended': { light: 'green', zh: '已建议释放或变更强制措施（{{grounds}}）', en: 'Release or a non-custodial measure recommended ({{grounds}})' },
      'ground-present': { light: 'yellow', zh: '存在应当建议释放或变更强制措施的情形（{{grounds}}），请作出审查结论', en: 'A mandatory ground applies ({{grounds}}): conclude the review' },
      'approaching-sentence': { light: 'yellow', zh: '羁押将于 {{due}} 达到可能判处的刑期（{{months}}个月）', en: 'Time held reaches the likely term ({{months}} months) on {{due}}' },
      'ground-ignored': { light: 'red', zh: '存在应当建议释放或变更的情形（{{grounds}}），审查结论却为继续羁押', en: 'A mandatory ground applies ({{grounds}}) but the review concluded to continue detention' },
    },
  },
  applies: () => true,
  check: (c, ctx) => {
    const custody = inCustodyOf(c);
    if (custody === undefined) return ctx.missing('inCustody');
    if (!custody) return null;
    const grounds: Bilingual[] = [];
    if (c.evidenceChangedMaterially === true) grounds.push({ zh: '证据发生重大变化', en: 'evidence changed materially' });
    if (c.likelyLightSentence === true) grounds.push({ zh: '可能判处拘役、管制、独立附加刑、免刑或无罪', en: 'likely light sentence or acquittal' });
    const heldSince = earliest(c.detainedOn, c.arrestedOn);
    const months = c.likelySentenceMonths;
    let term;
    if (heldSince !== undefined && months !== undefined && Number.isInteger(months) && months > 0) {
      // One day held counts as one day of the sentence: the term is reached on heldSince + months.
      term = ctx.deadline(heldSince, { amount: months, unit: 'month' }, { inCustody: true });
      if (ctx.today >= term.due) grounds.push({ zh: '继续羁押将超过可能判处的刑期', en: 'detention would exceed the likely term' });
    }
    const occurrence = heldSince ?? 'review';
    const data = { grounds: { zh: grounds.map((g) => g.zh).join('、'), en: grounds.map((g) => g.en).join(', ') } };
    if (grounds.length > 0) {
      const conclusion = c.custodyReviewConclusion;
      const messageId = conclusion === 'continue' ? 'ground-ignored' : conclusion === undefined ? 'ground-present' : 'recommended';
      return { messageId, data, deadline: term, occurrence };
    }
    if (term !== undefined && ctx.pending(term) === 'due-soon') return { messageId: 'approaching-sentence', data: { months: months! }, deadline: term, occurrence };
    return { messageId: 'no-mandatory-ground', deadline: term, occurrence };
  },
});
