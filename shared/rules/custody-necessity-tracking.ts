// R51 羁押必要性审查的受理转办、10日回复与告知申请人.
import type { Outcome } from './lib/types';
import { defineRule } from './lib/define-rule';
import { judge } from './lib/support';

type Id =
  | 'forwarded' | 'forward-late' | 'forward-missing' | 'forward-due'
  | 'replied' | 'awaiting-reply' | 'no-reply' | 'correction-issued'
  | 'applicant-informed' | 'inform-applicant';

export default defineRule({
  meta: {
    id: 'custody-necessity-tracking',
    catalogue: 'R51',
    version: 1,
    procedures: ['custody-review'],
    fields: [
      'custodyReviewAppliedOn', 'custodyReviewReceivedElsewhere', 'custodyReviewForwardedOn', 'custodyRecommendationSentOn',
      'custodyRecommendationRepliedOn', 'custodyReviewCorrectionOn', 'custodyReviewConclusion', 'applicantInformedOn',
    ],
    anchor: 'custodyReviewForwardedOn',
    warningDays: { 'default': 0, '10d': 2 },
    severity: 'moderate',
    points: { 'forward-late': 3, 'forward-missing': 3 },
    messages: {
      'forwarded': { light: 'green' },
      'forward-due': { light: 'yellow' },
      'forward-late': { light: 'red' },
      'forward-missing': { light: 'red' },
      'replied': { light: 'green' },
      'awaiting-reply': { light: 'green' },
      'no-reply': { light: 'yellow' },
      'correction-issued': { light: 'green' },
      'applicant-informed': { light: 'green' },
      'inform-applicant': { light: 'yellow' },
    },
  },
  applies: (c) => c.custodyReviewAppliedOn !== undefined || c.custodyRecommendationSentOn !== undefined,
  check: (c, ctx) => {
    const out: Outcome<Id>[] = [];
    const applied = c.custodyReviewAppliedOn;
    if (applied !== undefined) {
      // 规则 576: the same day; 2 days when another procuratorate received it.
      const days = c.custodyReviewReceivedElsewhere === true ? 2 : 0;
      const d = ctx.deadline(applied, { amount: days, unit: 'day' }, { inCustody: true });
      out.push(judge(ctx, d, c.custodyReviewForwardedOn, {
        done: 'forwarded', late: 'forward-late', missing: 'forward-missing', dueSoon: 'forward-due', open: 'forward-due',
      }, { occurrence: `forward:${applied}` }));
    }
    const sent = c.custodyRecommendationSentOn;
    if (sent !== undefined) {
      // 规则 581: a reply within 10 days; none, and the procuratorate must object.
      const d = ctx.deadline(sent, { amount: 10, unit: 'day' }, { inCustody: true, variant: '10d' });
      const o = { deadline: d, anchor: 'custodyRecommendationRepliedOn' as const, occurrence: `reply:${sent}` };
      if (c.custodyRecommendationRepliedOn !== undefined) out.push({ ...o, messageId: 'replied', data: { doneOn: c.custodyRecommendationRepliedOn } });
      else if (ctx.pending(d) !== 'overdue') out.push({ ...o, messageId: 'awaiting-reply' });
      else if (c.custodyReviewCorrectionOn !== undefined) out.push({ ...o, messageId: 'correction-issued', data: { doneOn: c.custodyReviewCorrectionOn } });
      else out.push({ ...o, messageId: 'no-reply' });
    }
    if (applied !== undefined && (c.custodyReviewConclusion !== undefined || sent !== undefined)) {
      // 规则 582: on-application reviews end with a written answer to the applicant.
      const on = c.applicantInformedOn;
      out.push(on !== undefined
        ? { messageId: 'applicant-informed', data: { doneOn: on }, anchor: 'applicantInformedOn', occurrence: `applicant:${applied}` }
        : { messageId: 'inform-applicant', anchor: 'applicantInformedOn', occurrence: `applicant:${applied}` });
    }
    return out;
  },
});
