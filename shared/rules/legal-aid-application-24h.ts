// R07 在押人员法律援助申请24小时内转交: 24 hours from the next full hour after receipt (刑诉法 105 ②).
import type { Outcome } from './lib/types';
import { defineRule } from './lib/define-rule';
import { inCustodyOf, judge } from './lib/support';

type Id = 'done' | 'late' | 'missing' | 'due-soon' | 'open' | 'helpers-not-notified';

export default defineRule({
  meta: {
    id: 'legal-aid-application-24h',
    catalogue: 'R07',
    version: 2,
    procedures: ['arrest-review', 'prosecution-review', 'self-investigation', 'custody-review'],
    fields: [
      'legalAidApplicationReceivedAt', 'legalAidApplicationForwardedAt', 'legalAidHelpersNotified', 'inCustody', 'custodyMeasure',
    ],
    anchor: 'legalAidApplicationForwardedAt',
    warningHours: 4,
    severity: 'moderate',
    points: { late: 4, missing: 4 },
    messages: {
      'done': { light: 'green' },
      'open': { light: 'green' },
      'due-soon': { light: 'yellow' },
      'late': { light: 'red' },
      'missing': { light: 'red' },
      'helpers-not-notified': { light: 'yellow' },
    },
  },
  // 在押 or 指定居所监视居住; unknown custody is checked too, so a pending application is never missed.
  applies: (c) =>
    c.legalAidApplicationReceivedAt !== undefined &&
    (inCustodyOf(c) !== false || c.custodyMeasure === 'designated-residential-surveillance'),
  check: (c, ctx) => {
    const deadline = ctx.hourDeadline(c.legalAidApplicationReceivedAt!, 24);
    const out: Outcome<Id>[] = [
      judge(ctx, deadline, c.legalAidApplicationForwardedAt, { done: 'done', late: 'late', missing: 'missing', dueSoon: 'due-soon', open: 'open' }),
    ];
    if (c.legalAidHelpersNotified === false) {
      out.push({ messageId: 'helpers-not-notified', anchor: 'legalAidHelpersNotified', occurrence: `${c.legalAidApplicationReceivedAt}:helpers` });
    }
    return out;
  },
});
