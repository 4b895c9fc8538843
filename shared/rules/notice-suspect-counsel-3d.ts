// R04 告知犯罪嫌疑人有权委托辩护人（3日）: the Jiangsu "权利告知书未按规定发送" check.
import { defineRule } from './lib/define-rule';
import { inCustodyOf, judge, receivedOf } from './lib/support';

export default defineRule({
  meta: {
    id: 'notice-suspect-counsel-3d',
    catalogue: 'R04',
    version: 2,
    procedures: ['prosecution-review'],
    fields: [
      'acceptedOn', 'materialsReceivedOn', 'suspectCounselNoticeOn', 'suspectCounselNoticeProof',
      'inCustody', 'custodyMeasure', 'supervisionCase', 'detainedOn',
    ],
    requires: ['acceptedOn'],
    anchor: 'suspectCounselNoticeOn',
    warningDays: 0,
    severity: 'moderate',
    points: { missing: 6, late: 4 },
    messages: {
      'done': { light: 'green' },
      'late': { light: 'red' },
      'missing': { light: 'red' },
      'due-soon': { light: 'yellow' },
      'open': { light: 'green' },
      'no-proof': { light: 'yellow' },
    },
  },
  applies: () => true,
  check: (c, ctx) => {
    let deadline;
    if (c.supervisionCase === true) {
      // 规则 145: in 留置 cases the notice is given when detention is executed.
      if (c.detainedOn === undefined) return ctx.missing('detainedOn');
      deadline = ctx.deadline(c.detainedOn, { amount: 0, unit: 'day' }, { inCustody: true });
    } else {
      const custody = inCustodyOf(c) ?? false;
      deadline = ctx.deadline(receivedOf(c)!, { amount: 3, unit: 'day' }, {
        inCustody: custody,
      });
    }
    const o = judge<'done' | 'late' | 'missing' | 'due-soon' | 'open' | 'no-proof'>(ctx, deadline, c.suspectCounselNoticeOn, {
      done: 'done', late: 'late', missing: 'missing', dueSoon: 'due-soon', open: 'open',
    });
    if (o.messageId === 'done' && c.suspectCounselNoticeProof === false) {
      // judge's outcome is this rule's own: changed in place (a spread of it copies through a slow generic path).
      o.messageId = 'no-proof';
      o.anchor = 'suspectCounselNoticeProof';
    }
    return o;
  },
});
