// R46 不起诉公开宣布与在押人员立即释放.
import { defineRule } from './lib/define-rule';
import { inCustodyOf } from './lib/support';

export default defineRule({
  meta: {
    id: 'nonpros-announce-release',
    catalogue: 'R46',
    version: 1,
    title: { zh: '不起诉决定公开宣布，在押的立即释放', en: 'Announce non-prosecution; release a detained person at once' },
    description: {
      zh: '不起诉决定应当公开宣布，自宣布之日起生效；被不起诉人在押的，应当立即释放（释放日期不得晚于宣布日期）。',
      en: 'A non-prosecution decision is announced publicly and takes effect on announcement; a detained person must be released at once (no later than the announcement day).',
    },
    basis: [
      { law: '刑事诉讼法', article: 178 },
      { law: '人民检察院刑事诉讼规则', article: 376 },
    ],
    procedures: ['non-prosecution'],
    fields: ['decisionOn', 'announcedOn', 'releaseOn', 'inCustody', 'custodyMeasure'],
    anchor: 'releaseOn',
    deadline: { zh: '释放日期 ≤ 宣布日期', en: 'released on ≤ announced on' },
    severity: 'critical',
    points: { 'late-release': 9, 'not-released': 9 },
    messages: {
      'released': { light: 'green', zh: '已于{{releaseOn}}释放（宣布日期 {{announcedOn}}）', en: 'Released on {{releaseOn}} (announced {{announcedOn}})' },
      'not-announced': { light: 'yellow', zh: '已于{{decisionOn}}决定不起诉，被不起诉人在押，尚未记录公开宣布', en: 'Non-prosecution decided on {{decisionOn}}; the person is detained and no announcement is recorded' },
      'release-today': { light: 'yellow', zh: '不起诉决定已于{{announcedOn}}宣布，在押的被不起诉人应当立即释放', en: 'Announced on {{announcedOn}}: release the detained person at once' },
      'late-release': { light: 'red', zh: '不起诉决定{{announcedOn}}宣布，{{releaseOn}}才释放', en: 'Announced on {{announcedOn}} but released only on {{releaseOn}}' },
      'not-released': { light: 'red', zh: '不起诉决定已于{{announcedOn}}宣布，被不起诉人仍未释放', en: 'Announced on {{announcedOn}} and the person is still detained' },
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
