// R44 已逮捕犯罪嫌疑人认罪认罚后及时羁押必要性审查: "及时", read as 3 working days (configurable).
import { defineRule } from './lib/define-rule';
import { earliest, inCustodyOf, judge } from './lib/support';

export default defineRule({
  meta: {
    id: 'plea-arrested-custody-review',
    catalogue: 'R44',
    version: 2,
    procedures: ['prosecution-review'],
    fields: [
      'pleaAccepted', 'pleaHearingOn', 'pleaAgreementSignedOn', 'arrestedOn', 'inCustody', 'custodyMeasure',
      'custodyReviewedOn', 'releaseOn',
    ],
    anchor: 'custodyReviewedOn',
    warningDays: 0,
    options: { workdays: 3 },
    severity: 'moderate',
    points: { late: 3, missing: 3 },
    messages: {
      'done': { light: 'green' },
      'open': { light: 'green' },
      'due-soon': { light: 'yellow' },
      'late': { light: 'red', policy: true },
      'missing': { light: 'red', policy: true },
    },
  },
  applies: (c) => c.pleaAccepted === true && inCustodyOf(c) === true && (c.custodyMeasure === 'arrest' || c.arrestedOn !== undefined),
  check: (c, ctx) => {
    const pleaOn = earliest(c.pleaHearingOn, c.pleaAgreementSignedOn);
    if (pleaOn === undefined) return ctx.missing('pleaHearingOn');
    // A plea before the arrest was weighed in the arrest decision itself (规则 270(1)).
    if (c.arrestedOn !== undefined && pleaOn < c.arrestedOn) return null;
    const deadline = ctx.deadline(pleaOn, { amount: ctx.option<number>('workdays'), unit: 'workday' }, { inCustody: true });
    const after = (d: string | undefined) => (d !== undefined && d >= pleaOn ? d : undefined);
    const doneOn = earliest(after(c.custodyReviewedOn), after(c.releaseOn));
    return judge(ctx, deadline, doneOn, { done: 'done', late: 'late', missing: 'missing', dueSoon: 'due-soon', open: 'open' });
  },
});
