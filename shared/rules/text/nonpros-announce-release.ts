// R46 nonpros-announce-release: its wording (the rule's logic, ids and lights: shared/rules/nonpros-announce-release.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '不起诉决定公开宣布，在押的立即释放', en: 'Announce non-prosecution; release a detained person at once' },
  description: {
    zh: '不起诉决定应当公开宣布，自宣布之日起生效；被不起诉人在押的，应当立即释放（释放日期不得晚于宣布日期）。',
    en: 'A non-prosecution decision is announced publicly and takes effect on announcement; a detained person must be released at once (no later than the announcement day).',
  },
  basis: [
    { law: '刑事诉讼法', article: 178 },
    { law: '人民检察院刑事诉讼规则', article: 376 },
  ],
  deadline: { zh: '释放日期 ≤ 宣布日期', en: 'released on ≤ announced on' },
  messages: {
    'released': { zh: '已于{{releaseOn}}释放（宣布日期 {{announcedOn}}）', en: 'Released on {{releaseOn}} (announced {{announcedOn}})' },
    'not-announced': { zh: '已于{{decisionOn}}决定不起诉，被不起诉人在押，尚未记录公开宣布', en: 'Non-prosecution decided on {{decisionOn}}; the person is detained and no announcement is recorded' },
    'release-today': { zh: '不起诉决定已于{{announcedOn}}宣布，在押的被不起诉人应当立即释放', en: 'Announced on {{announcedOn}}: release the detained person at once' },
    'late-release': { zh: '不起诉决定{{announcedOn}}宣布，{{releaseOn}}才释放', en: 'Announced on {{announcedOn}} but released only on {{releaseOn}}' },
    'not-released': { zh: '不起诉决定已于{{announcedOn}}宣布，被不起诉人仍未释放', en: 'Announced on {{announcedOn}} and the person is still detained' },
  },
} satisfies RuleText;
