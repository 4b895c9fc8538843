// R53 未成年人辩护、法律援助与社会调查. The legal-aid notice itself is R06's (minors are one of its
// grounds); here: asking the minor and representative about counsel, correcting the police, the report.
import type { Outcome } from './lib/types';
import { defineRule } from './lib/define-rule';
import { inCustodyOf, isMinorOn, judge, missingAt, receivedOf } from './lib/support';

type Id =
  | 'inquired' | 'inquiry-late' | 'inquiry-missing' | 'inquiry-due' | 'inquiry-open'
  | 'correction-issued' | 'no-correction'
  | 'report-reviewed' | 'report-not-reviewed' | 'review-report';

export default defineRule({
  meta: {
    id: 'juvenile-counsel-and-social-inquiry',
    catalogue: 'R53',
    version: 2,
    procedures: ['arrest-review', 'prosecution-review'],
    fields: [
      'suspectBirthDate', 'offenceOn', 'acceptedOn', 'materialsReceivedOn', 'inCustody', 'custodyMeasure', 'juvenileCounselInquiryOn',
      'policeFailedJuvenileLegalAid', 'juvenileLegalAidCorrectionOn', 'socialInquiryReport', 'socialInquiryReviewedOn', 'decisionOn',
    ],
    requires: ['acceptedOn'],
    anchor: 'juvenileCounselInquiryOn',
    warningDays: 0,
    options: { inquiryDays: 3 },
    severity: 'serious',
    points: { 'no-correction': 8, 'report-not-reviewed': 2 },
    messages: {
      'inquired': { light: 'green' },
      'inquiry-open': { light: 'green' },
      'inquiry-due': { light: 'yellow' },
      'inquiry-late': { light: 'yellow' },
      'inquiry-missing': { light: 'yellow' },
      'correction-issued': { light: 'green' },
      'no-correction': { light: 'red' },
      'report-reviewed': { light: 'green' },
      'review-report': { light: 'grey' },
      'report-not-reviewed': { light: 'red' },
    },
  },
  applies: (c) => c.suspectBirthDate !== undefined,
  check: (c, ctx) => {
    const received = receivedOf(c)!;
    const birth = c.suspectBirthDate!;
    // 规则 460 applies to suspects under 18 during the proceedings (规则 489 ¶2); 规则 461 to juvenile
    // cases, those committed under 18 (规则 489 ¶1), whatever the age now.
    const minorNow = isMinorOn(birth, received, ctx);
    const juvenileCase = c.offenceOn !== undefined ? isMinorOn(birth, c.offenceOn, ctx) : minorNow ? true : undefined;
    if (!minorNow && juvenileCase === false) return null;
    const out: Outcome<Id>[] = [];
    if (minorNow) {
      const d = ctx.deadline(received, { amount: ctx.option<number>('inquiryDays'), unit: 'day' }, { inCustody: inCustodyOf(c) ?? false });
      out.push(judge(ctx, d, c.juvenileCounselInquiryOn, {
        done: 'inquired', late: 'inquiry-late', missing: 'inquiry-missing', dueSoon: 'inquiry-due', open: 'inquiry-open',
      }, { occurrence: `inquiry:${received}` }));
      if (c.policeFailedJuvenileLegalAid === true) {
        // 规则 460 ¶3: "应当提出纠正意见".
        const on = c.juvenileLegalAidCorrectionOn;
        out.push(on !== undefined
          ? { messageId: 'correction-issued', data: { doneOn: on }, anchor: 'juvenileLegalAidCorrectionOn', occurrence: 'police-legal-aid' }
          : { messageId: 'no-correction', anchor: 'juvenileLegalAidCorrectionOn', occurrence: 'police-legal-aid' });
      }
    }
    if (c.socialInquiryReport === true) {
      // 规则 461 ¶3: the report transferred by the police is reviewed.
      const on = c.socialInquiryReviewedOn;
      const o = { anchor: 'socialInquiryReviewedOn' as const, occurrence: 'social-inquiry' };
      if (juvenileCase === undefined) out.push(missingAt('offenceOn', 'social-inquiry:inputs', o.anchor));
      else if (on !== undefined && (c.decisionOn === undefined || on <= c.decisionOn)) out.push({ ...o, messageId: 'report-reviewed', data: { doneOn: on } });
      else if (c.decisionOn !== undefined) out.push({ ...o, messageId: 'report-not-reviewed', data: { decisionOn: c.decisionOn } });
      else out.push({ ...o, messageId: 'review-report' });
    }
    return out.length > 0 ? out : null;
  },
});
