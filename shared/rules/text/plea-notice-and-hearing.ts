// R41 plea-notice-and-hearing: its wording (the rule's logic, ids and lights: shared/rules/plea-notice-and-hearing.ts).
import type { RuleText } from '../lib/types';

export default {
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
  deadline: { zh: '不迟于签署具结书之日（未签署的，不迟于决定日期）', en: 'no later than the signing of the agreement (else the decision)' },
  messages: {
    'told': { zh: '已于{{doneOn}}告知诉讼权利和认罪认罚法律规定', en: 'Rights and plea rules explained on {{doneOn}}' },
    'not-told': { zh: '{{refOn}}签署具结书或作出决定前未告知诉讼权利和认罪认罚法律规定', en: 'Rights and plea rules not explained before the agreement or decision on {{refOn}}' },
    'told-after': { zh: '{{doneOn}}才告知认罪认罚法律规定，晚于签署具结书或决定（{{refOn}}）', en: 'Plea rules explained on {{doneOn}}, after the agreement or decision on {{refOn}}' },
    'heard': { zh: '已于{{doneOn}}听取认罪认罚意见并记录在案', en: 'Plea opinions heard and recorded on {{doneOn}}' },
    'not-heard': { zh: '{{refOn}}签署具结书或作出决定前未听取认罪认罚意见', en: 'Plea opinions not heard before the agreement or decision on {{refOn}}' },
    'heard-after': { zh: '{{doneOn}}才听取认罪认罚意见，晚于签署具结书或决定（{{refOn}}）', en: 'Plea opinions heard on {{doneOn}}, after the agreement or decision on {{refOn}}' },
    'not-yet': { zh: '签署具结书前应告知认罪认罚法律规定并听取意见', en: 'Explain the plea rules and hear opinions before the agreement' },
    'duty-lawyer-no-access': { zh: '未为值班律师查阅案卷、了解案情提供便利', en: 'The duty lawyer was not given access to the file beforehand' },
  },
} satisfies RuleText;
