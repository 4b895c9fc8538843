// R46 不起诉公开宣布与在押人员立即释放.
import { defineRule } from './lib/define-rule';
import { inCustodyOf } from './lib/support';

export default defineRule({
  meta: {
    id: 'nonpros-announce-release',
    catalogue: 'R46',
    version: 1,
    procedures: ['non-prosecution'],
    fields: ['decisionOn', 'announcedOn', 'releaseOn', 'inCustody', 'custodyMeasure'],
    anchor: 'releaseOn',
    severity: 'critical',
    points: { 'late-release': 9, 'not-released': 9 },
    messages: {
      'released': { light: 'green' },
      'not-announced': { light: 'yellow' },
      'release-today': { light: 'yellow' },
      'late-release': { light: 'red' },
      'not-released': { light: 'red' },
    },
  },
  applies: (c) => c.decisionOn !== undefined || c.announcedOn !== undefined,
  check: (c, ctx) => {
    const { announcedOn, releaseOn } = c;
    const effective = announcedOn ?? c.decisionOn!;
    // In custody at the decision: released on or after it, or still held.
    const held = releaseOn !== undefined ? releaseOn >= effective : inCustodyOf(c);
    if (held === undefined) return ctx.missing('inCustody');
    if (!held) return null;
    const occurrence = effective;
    if (announcedOn === undefined) {
      if (releaseOn !== undefined) return null;
      return { messageId: 'not-announced', data: { decisionOn: c.decisionOn }, anchor: 'announcedOn', occurrence };
    }
    if (releaseOn !== undefined) {
      return { messageId: releaseOn <= announcedOn ? 'released' : 'late-release', data: { releaseOn, announcedOn }, occurrence };
    }
    return { messageId: ctx.today > announcedOn ? 'not-released' : 'release-today', data: { announcedOn }, occurrence };
  },
});
