// R05 告知被害人等有权委托诉讼代理人（3日）.
import { defineRule } from './lib/define-rule';
import { inCustodyOf, judge, receivedOf } from './lib/support';

export default defineRule({
  meta: {
    id: 'notice-victim-agent-3d',
    catalogue: 'R05',
    version: 2,
    procedures: ['prosecution-review'],
    fields: [
      'acceptedOn', 'materialsReceivedOn', 'hasVictim', 'victimAgentNoticeOn', 'victimAgentNoticeProof',
      'victimNoticeImpossible', 'inCustody', 'custodyMeasure',
    ],
    requires: ['acceptedOn', 'hasVictim'],
    anchor: 'victimAgentNoticeOn',
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
      'impossible-recorded': { light: 'green' },
    },
  },
  applies: () => true,
  check: (c, ctx) => {
    if (c.hasVictim === false) return null;
    const deadline = ctx.deadline(receivedOf(c)!, { amount: 3, unit: 'day' }, {
      inCustody: inCustodyOf(c) ?? false,
    });
    if (c.victimAgentNoticeOn === undefined && c.victimNoticeImpossible === true) {
      return { messageId: 'impossible-recorded', deadline, anchor: 'victimNoticeImpossible' };
    }
    const o = judge<'done' | 'late' | 'missing' | 'due-soon' | 'open' | 'no-proof'>(ctx, deadline, c.victimAgentNoticeOn, {
      done: 'done', late: 'late', missing: 'missing', dueSoon: 'due-soon', open: 'open',
    });
    if (o.messageId === 'done' && c.victimAgentNoticeProof === false) {
      // judge's outcome is this rule's own: changed in place (a spread of it copies through a slow generic path).
      o.messageId = 'no-proof';
      o.anchor = 'victimAgentNoticeProof';
    }
    return o;
  },
});
