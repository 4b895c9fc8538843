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
    title: { zh: '羁押必要性审查的受理转办、10日回复与告知申请人', en: 'Continued-detention review: forwarding, 10-day replies, telling the applicant' },
    description: {
      zh: '办案机关对应的同级人民检察院控申或案管部门收到羁押必要性审查申请后，应当在当日移送负责捕诉的部门；其他人民检察院收到的，应当在二日以内移送有管辖的检察院或告知申请人。发出释放或者变更强制措施建议书的，应要求办案机关在十日以内回复，未回复的应当提出纠正意见。依申请审查的，办结后应当书面告知申请人。',
      en: 'The competent procuratorate’s complaints or case-management office passes a continued-detention review application to the prosecution department the same day; another procuratorate forwards it (or tells the applicant) within 2 days. A recommendation to release or change the measure asks for a reply within 10 days; with none, a correction opinion follows. The applicant is told the outcome in writing.',
    },
    basis: [
      { law: '刑事诉讼法', article: 95 },
      { law: '人民检察院刑事诉讼规则', article: 574 },
      { law: '人民检察院刑事诉讼规则', article: 576 },
      { law: '人民检察院刑事诉讼规则', article: 581 },
      { law: '人民检察院刑事诉讼规则', article: 582 },
    ],
    procedures: ['custody-review'],
    fields: [
      'custodyReviewAppliedOn', 'custodyReviewReceivedElsewhere', 'custodyReviewForwardedOn', 'custodyRecommendationSentOn',
      'custodyRecommendationRepliedOn', 'custodyReviewCorrectionOn', 'custodyReviewConclusion', 'applicantInformedOn',
    ],
    anchor: 'custodyReviewForwardedOn',
    deadline: {
      zh: '移送：收到申请当日（其他检察院收到的2日内）；办案机关回复：建议书发出 + 10日；均不顺延',
      en: 'forwarding: the day received (2 days if received elsewhere); reply: recommendation sent + 10 days; never moved',
    },
    warningDays: { 'default': 0, '10d': 2 },
    severity: 'moderate',
    points: { 'forward-late': 3, 'forward-missing': 3 },
    messages: {
      'forwarded': { light: 'green', zh: '申请已于{{doneOn}}移送（期满日 {{due}}）', en: 'Application passed on on {{doneOn}} (due {{due}})' },
      'forward-due': { light: 'yellow', zh: '羁押必要性审查申请应于 {{due}} 移送负责捕诉的部门', en: 'Pass the application to the prosecution department by {{due}}' },
      'forward-late': { light: 'red', zh: '申请移送迟延：期满日 {{due}}，{{doneOn}}才移送', en: 'Application passed on late: due {{due}}, done on {{doneOn}}' },
      'forward-missing': { light: 'red', zh: '羁押必要性审查申请至 {{due}} 仍未移送', en: 'The application had not been passed on by {{due}}' },
      'replied': { light: 'green', zh: '办案机关已于{{doneOn}}回复处理情况', en: 'The handling authority replied on {{doneOn}}' },
      'awaiting-reply': { light: 'green', zh: '办案机关应于 {{due}} 前回复处理情况', en: 'The handling authority owes a reply by {{due}}' },
      'no-reply': { light: 'yellow', zh: '办案机关未在十日内（{{due}}）回复，应当提出纠正意见', en: 'No reply within 10 days ({{due}}): issue a correction opinion' },
      'correction-issued': { light: 'green', zh: '办案机关逾期未回复，已于{{doneOn}}提出纠正意见', en: 'No reply in time; correction requested on {{doneOn}}' },
      'applicant-informed': { light: 'green', zh: '已于{{doneOn}}书面告知申请人', en: 'Applicant informed in writing on {{doneOn}}' },
      'inform-applicant': { light: 'yellow', zh: '依申请审查已有结论，应书面告知申请人', en: 'The review on application is concluded: inform the applicant in writing' },
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
