// R24 不批捕复议7日、复核15日: a different prosecutor reconsiders; the upper level reviews.
import type { Outcome } from './lib/types';
import { defineRule } from './lib/define-rule';
import { inCustodyOf, judge } from './lib/support';

type Id = 'done' | 'late' | 'missing' | 'due-soon' | 'open' | 'same-prosecutor';

const RECONSIDERATION = { phrase: 'reconsideration' };
const REVIEW = { phrase: 'review' };

export default defineRule({
  meta: {
    id: 'arrest-reconsideration-review',
    catalogue: 'R24',
    version: 2,
    procedures: ['arrest-review'],
    fields: [
      'arrestReconsiderationReceivedOn', 'arrestReconsiderationDecidedOn', 'reconsiderationBySameProsecutor',
      'arrestRecheckReceivedOn', 'arrestRecheckDecidedOn', 'inCustody', 'custodyMeasure',
    ],
    anchor: 'arrestReconsiderationDecidedOn',
    warningDays: { 'default': 2, '15d': 3 },
    severity: 'serious',
    points: { 'late': 5, 'missing': 5, 'same-prosecutor': 5 },
    messages: {
      'done': { light: 'green' },
      'open': { light: 'green' },
      'due-soon': { light: 'yellow' },
      'late': { light: 'red' },
      'missing': { light: 'red' },
      'same-prosecutor': { light: 'red' },
    },
  },
  applies: (c) => c.arrestReconsiderationReceivedOn !== undefined || c.arrestRecheckReceivedOn !== undefined,
  check: (c, ctx) => {
    const out: Outcome<Id>[] = [];
    const inCustody = inCustodyOf(c) ?? false;
    const ids = { done: 'done', late: 'late', missing: 'missing', dueSoon: 'due-soon', open: 'open' } as const;
    if (c.arrestReconsiderationReceivedOn !== undefined) {
      const d = ctx.deadline(c.arrestReconsiderationReceivedOn, { amount: 7, unit: 'day' }, { inCustody });
      out.push(judge(ctx, d, c.arrestReconsiderationDecidedOn, ids, { data: { kind: RECONSIDERATION }, occurrence: `reconsideration:${c.arrestReconsiderationReceivedOn}` }));
      // 规则 290: "另行指派检察官或者检察官办案组".
      if (c.reconsiderationBySameProsecutor === true) {
        out.push({ messageId: 'same-prosecutor', anchor: 'reconsiderationBySameProsecutor', occurrence: `same:${c.arrestReconsiderationReceivedOn}` });
      }
    }
    if (c.arrestRecheckReceivedOn !== undefined) {
      const d = ctx.deadline(c.arrestRecheckReceivedOn, { amount: 15, unit: 'day' }, { inCustody, variant: '15d' });
      out.push(judge(ctx, d, c.arrestRecheckDecidedOn, ids, {
        data: { kind: REVIEW },
        anchor: 'arrestRecheckDecidedOn',
        occurrence: `review:${c.arrestRecheckReceivedOn}`,
      }));
    }
    return out;
  },
});
