// R06 legal-aid-mandatory-notice-3d: its wording (the rule's logic, ids and lights: shared/rules/legal-aid-mandatory-notice-3d.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '应当通知法律援助（3日内书面通知）', en: 'Notify legal aid in writing within 3 days (mandatory defence)' },
  description: {
    zh: '犯罪嫌疑人系盲、聋、哑人，尚未完全丧失辨认或控制自己行为能力的精神病人，可能被判处无期徒刑、死刑，或系未成年人，且没有委托辩护人的，应自发现之日起3日内书面通知法律援助机构指派律师。',
    en: 'A suspect who is blind, deaf, mute, of partially impaired mental capacity, facing life imprisonment or death, or a minor, and has no defender: notify the legal-aid agency in writing within 3 days of finding this.',
  },
  basis: [
    { law: '刑事诉讼法', article: 35, clause: 2 },
    { law: '刑事诉讼法', article: 35, clause: 3 },
    { law: '刑事诉讼法', article: 278 },
    { law: '法律援助法', article: 25 },
    { law: '法律援助法', article: 36 },
    { law: '人民检察院刑事诉讼规则', article: 42 },
    { law: '人民检察院刑事诉讼规则', article: 460 },
  ],
  deadline: {
    zh: '发现应当通知情形之日（未填写时为受理日）+ 3日，期满日为节假日的顺延，在押的不顺延',
    en: 'ground found on (else received) + 3 days, moved off a rest day unless in custody',
  },
  messages: {
    'done': { zh: '已于{{doneOn}}书面通知法律援助机构（{{grounds}}）', en: 'Legal-aid agency notified on {{doneOn}} ({{grounds}})' },
    'late': { zh: '通知法律援助迟延：期满日 {{due}}，{{doneOn}}才通知（{{grounds}}）', en: 'Legal-aid notice late: due {{due}}, sent on {{doneOn}} ({{grounds}})' },
    'missing': { zh: '属应当通知法律援助情形（{{grounds}}）且无辩护人，期满日 {{due}} 已过仍未书面通知', en: 'Mandatory legal aid ({{grounds}}), no defender, and no written notice by {{due}}' },
    'pending': { zh: '属应当通知法律援助情形（{{grounds}}）且无辩护人，应于 {{due}} 前书面通知法律援助机构', en: 'Mandatory legal aid ({{grounds}}) and no defender: notify the agency in writing by {{due}}' },
    'has-counsel': { zh: '已委托辩护人，无需通知法律援助', en: 'Counsel retained; no legal-aid notice needed' },
  },
  phrases: {
    'disability': { zh: '盲聋哑或限制行为能力的精神病人', en: 'disability' },
    'life-or-death': { zh: '可能判处无期徒刑、死刑', en: 'possible life or death sentence' },
    'minor': { zh: '未成年人', en: 'minor' },
  },
} satisfies RuleText;
