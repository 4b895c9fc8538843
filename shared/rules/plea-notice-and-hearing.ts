// R41 认罪认罚告知与听取意见: rights and plea rules explained and opinions heard before the agreement.
import type { Outcome } from './lib/types';
import { defineRule } from './lib/define-rule';

type Id = 'told' | 'not-told' | 'told-after' | 'heard' | 'not-heard' | 'heard-after' | 'not-yet' | 'duty-lawyer-no-access';

export default defineRule({
  meta: {
    id: 'plea-notice-and-hearing',
    catalogue: 'R41',
    version: 1,
    title: { zh: '认罪认罚告知与听取意见', en: 'Plea: explain the rights and hear opinions first' },
    description: {
      zh: '犯罪嫌疑人认罪认罚的，应当告知其享有的诉讼权利和认罪认罚的法律规定，听取犯罪嫌疑人、辩护人或者值班律师、被害人及其诉讼代理人对涉嫌的犯罪事实、罪名及适用的法律规定，从宽处罚建议，审理适用的程序等事项的意见，并记录在案；听取值班律师意见的，应当提前为其查阅案卷、了解案情提供便利。告知和听取意见须在签署具结书（未签署的，在作出决定）之前。',
      en: 'When a suspect pleads, explain the rights and the plea rules and hear the suspect, the defender or duty lawyer and the victim on the facts and charge, the leniency proposed and the procedure, on record; a duty lawyer gets access to the file beforehand. Both come before the agreement is signed (or, without one, before the decision).',
    },
    basis: [
      { law: '刑事诉讼法', article: 173, clause: 2 },
      { law: '刑事诉讼法', article: 173, clause: 3 },
      { law: '人民检察院刑事诉讼规则', article: 269 },
      { law: '法律援助法', article: 37 },
    ],
    procedures: ['prosecution-review'],
    fields: [
      'pleaAccepted', 'pleaRightsExplainedOn', 'pleaHearingOn', 'pleaAgreementSignedOn', 'decisionOn',
      'hasCounsel', 'dutyLawyerNotifiedOn', 'dutyLawyerFileAccessProvided',
    ],
    anchor: 'pleaRightsExplainedOn',
    deadline: { zh: '不迟于签署具结书之日（未签署的，不迟于决定日期）', en: 'no later than the signing of the agreement (else the decision)' },
    severity: 'serious',
    points: { 'not-told': 5, 'told-after': 5, 'not-heard': 5, 'heard-after': 5 },
    messages: {
      'told': { light: 'green', zh: '已于{{doneOn}}告知诉讼权利和认罪认罚法律规定', en: 'Rights and plea rules explained on {{doneOn}}' },
      'not-told': { light: 'red', zh: '{{refOn}}签署具结书或作出决定前未告知诉讼权利和认罪认罚法律规定', en: 'Rights and plea rules not explained before the agreement or decision on {{refOn}}' },
      'told-after': { light: 'red', zh: '{{doneOn}}才告知认罪认罚法律规定，晚于签署具结书或决定（{{refOn}}）', en: 'Plea rules explained on {{doneOn}}, after the agreement or decision on {{refOn}}' },
      'heard': { light: 'green', zh: '已于{{doneOn}}听取认罪认罚意见并记录在案', en: 'Plea opinions heard and recorded on {{doneOn}}' },
      'not-heard': { light: 'red', zh: '{{refOn}}签署具结书或作出决定前未听取认罪认罚意见', en: 'Plea opinions not heard before the agreement or decision on {{refOn}}' },
      'heard-after': { light: 'red', zh: '{{doneOn}}才听取认罪认罚意见，晚于签署具结书或决定（{{refOn}}）', en: 'Plea opinions heard on {{doneOn}}, after the agreement or decision on {{refOn}}' },
      'not-yet': { light: 'grey', zh: '签署具结书前应告知认罪认罚法律规定并听取意见', en: 'Explain the plea rules and hear opinions before the agreement' },
      'duty-lawyer-no-access': { light: 'yellow', zh: '未为值班律师查阅案卷、了解案情提供便利', en: 'The duty lawyer was not given access to the file beforehand' },
    },
  },
  applies: (c) => c.pleaAccepted === true,
  check: (c) => {
    const refOn = c.pleaAgreementSignedOn ?? c.decisionOn;
    const out: Outcome<Id>[] = [];
    const step = (doneOn: string | undefined, ids: { ok: Id; none: Id; after: Id }, anchor: 'pleaRightsExplainedOn' | 'pleaHearingOn', key: string) => {
      const occurrence = `${key}:${refOn ?? 'pending'}`;
      if (refOn === undefined) return;
      if (doneOn === undefined) out.push({ messageId: ids.none, data: { refOn }, anchor, occurrence });
      else if (doneOn > refOn) out.push({ messageId: ids.after, data: { doneOn, refOn }, anchor, occurrence });
      else out.push({ messageId: ids.ok, data: { doneOn }, anchor, occurrence });
    };
    if (refOn === undefined) {
      out.push({ messageId: 'not-yet', occurrence: 'plea:pending' });
    } else {
      step(c.pleaRightsExplainedOn, { ok: 'told', none: 'not-told', after: 'told-after' }, 'pleaRightsExplainedOn', 'rights');
      step(c.pleaHearingOn, { ok: 'heard', none: 'not-heard', after: 'heard-after' }, 'pleaHearingOn', 'hearing');
    }
    // 规则 269 ¶2: the duty lawyer is given access to the file before being heard.
    if (c.hasCounsel !== true && c.dutyLawyerNotifiedOn !== undefined && c.dutyLawyerFileAccessProvided === false) {
      out.push({ messageId: 'duty-lawyer-no-access', anchor: 'dutyLawyerFileAccessProvided', occurrence: 'duty-lawyer' });
    }
    return out;
  },
});
