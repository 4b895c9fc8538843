// R06 应当通知法律援助（3日内书面通知）: mandatory-defence categories without a defender.
import { defineRule } from './lib/define-rule';
import { inCustodyOf, isMinorOn, judge, receivedOf } from './lib/support';

export default defineRule({
  meta: {
    id: 'legal-aid-mandatory-notice-3d',
    catalogue: 'R06',
    version: 2,
    procedures: ['arrest-review', 'prosecution-review', 'self-investigation'],
    fields: [
      'acceptedOn', 'materialsReceivedOn', 'legalAidGroundFoundOn', 'legalAidNoticeOn', 'hasCounsel',
      'suspectDisability', 'possibleLifeOrDeath', 'suspectBirthDate', 'inCustody', 'custodyMeasure',
    ],
    anchor: 'legalAidNoticeOn',
    warningDays: 3,
    severity: 'serious',
    points: { missing: 8, late: 8 },
    messages: {
      'done': { light: 'green' },
      'late': { light: 'red' },
      'missing': { light: 'red' },
      'pending': { light: 'yellow' },
      'has-counsel': { light: 'green' },
    },
  },
  applies: (c) => c.suspectDisability === true || c.possibleLifeOrDeath === true || c.suspectBirthDate !== undefined,
  check: (c, ctx) => {
    const found = c.legalAidGroundFoundOn ?? receivedOf(c);
    if (found === undefined) return ctx.missing('acceptedOn');
    const grounds: string[] = [];
    if (c.suspectDisability === true) grounds.push('disability');
    if (c.possibleLifeOrDeath === true) grounds.push('life-or-death');
    if (c.suspectBirthDate !== undefined && isMinorOn(c.suspectBirthDate, found, ctx)) grounds.push('minor');
    if (grounds.length === 0) return null;
    if (c.hasCounsel === true) return { messageId: 'has-counsel', anchor: 'hasCounsel' };
    if (c.hasCounsel === undefined && c.legalAidNoticeOn === undefined) return ctx.missing('hasCounsel');
    const data = { grounds: { phrase: grounds } };
    const deadline = ctx.deadline(found, { amount: 3, unit: 'day' }, {
      inCustody: inCustodyOf(c) ?? false,
    });
    return judge(ctx, deadline, c.legalAidNoticeOn, { done: 'done', late: 'late', missing: 'missing', dueSoon: 'pending', open: 'pending' }, { data });
  },
});
