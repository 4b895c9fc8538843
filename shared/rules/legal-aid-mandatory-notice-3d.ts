// R06 应当通知法律援助（3日内书面通知）: mandatory-defence categories without a defender.
import { defineRule } from './lib/define-rule';
import { inCustodyOf, isMinorOn, judge, receivedOf } from './lib/support';
import type { Bilingual } from '../case';

export default defineRule({
  meta: {
    id: 'legal-aid-mandatory-notice-3d',
    catalogue: 'R06',
    version: 2,
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
    procedures: ['arrest-review', 'prosecution-review', 'self-investigation'],
    fields: [
      'acceptedOn', 'materialsReceivedOn', 'legalAidGroundFoundOn', 'legalAidNoticeOn', 'hasCounsel',
      'suspectDisability', 'possibleLifeOrDeath', 'suspectBirthDate', 'inCustody', 'custodyMeasure',
    ],
    anchor: 'legalAidNoticeOn',
    deadline: {
      zh: '发现应当通知情形之日（未填写时为受理日）+ 3日，期满日为节假日的顺延，在押的不顺延',
      en: 'ground found on (else received) + 3 days, moved off a rest day unless in custody',
    },
    warningDays: 3,
    severity: 'serious',
    points: { missing: 8, late: 8 },
    messages: {
      'done': { light: 'green', zh: '已于{{doneOn}}书面通知法律援助机构（{{grounds}}）', en: 'Legal-aid agency notified on {{doneOn}} ({{grounds}})' },
      'late': { light: 'red', zh: '通知法律援助迟延：期满日 {{due}}，{{doneOn}}才通知（{{grounds}}）', en: 'Legal-aid notice late: due {{due}}, sent on {{doneOn}} ({{grounds}})' },
      'missing': { light: 'red', zh: '属应当通知法律援助情形（{{grounds}}）且无辩护人，期满日 {{due}} 已过仍未书面通知', en: 'Mandatory legal aid ({{grounds}}), no defender, and no written notice by {{due}}' },
      'pending': { light: 'yellow', zh: '属应当通知法律援助情形（{{grounds}}）且无辩护人，应于 {{due}} 前书面通知法律援助机构', en: 'Mandatory legal aid ({{grounds}}) and no defender: notify the agency in writing by {{due}}' },
      'has-counsel': { light: 'green', zh: '已委托辩护人，无需通知法律援助', en: 'Counsel retained; no legal-aid notice needed' },
    },
  },
  applies: (c) => c.suspectDisability === true || c.possibleLifeOrDeath === true || c.suspectBirthDate !== undefined,
  check: (c, ctx) => {
    const found = c.legalAidGroundFoundOn ?? receivedOf(c);
    if (found === undefined) return ctx.missing('acceptedOn');
    const grounds: Bilingual[] = [];
    if (c.suspectDisability === true) grounds.push({ zh: '盲聋哑或限制行为能力的精神病人', en: 'disability' });
    if (c.possibleLifeOrDeath === true) grounds.push({ zh: '可能判处无期徒刑、死刑', en: 'possible life or death sentence' });
    if (c.suspectBirthDate !== undefined && isMinorOn(c.suspectBirthDate, found, ctx)) grounds.push({ zh: '未成年人', en: 'minor' });
    if (grounds.length === 0) return null;
    if (c.hasCounsel === true) return { messageId: 'has-counsel', anchor: 'hasCounsel' };
    if (c.hasCounsel === undefined && c.legalAidNoticeOn === undefined) return ctx.missing('hasCounsel');
    const data = { grounds: { zh: grounds.map((g) => g.zh).join('、'), en: grounds.map((g) => g.en).join(', ') } };
    const deadline = ctx.deadline(found, { amount: 3, unit: 'day' }, {
      inCustody: inCustodyOf(c) ?? false,
    });
    return judge(ctx, deadline, c.legalAidNoticeOn, { done: 'done', late: 'late', missing: 'missing', dueSoon: 'pending', open: 'pending' }, { data });
  },
});
