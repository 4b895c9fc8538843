// R47 nonpros-service-7d-notice: its wording (the rule's logic, ids and lights: shared/rules/nonpros-service-7d-notice.ts).
import type { RuleText } from '../lib/types';

export default {
  title: { zh: '不起诉决定书送达与七日申诉告知', en: 'Serve the non-prosecution decision and tell of the 7-day appeal' },
  description: {
    zh: '不起诉决定书应当送达被害人或其近亲属及诉讼代理人、被不起诉人及其辩护人、公安机关等。有被害人的，应告知被害人可在7日内向上一级人民检察院申诉或直接向法院起诉；依刑诉法177条2款作出的相对不起诉，应告知被不起诉人可在7日内向本院申诉；无被害人的法定不起诉、存疑不起诉无需告知七日申诉。法律未规定送达期限：宣布后7日为本院内部期限，逾期黄灯提示、不计分，本院采用该期限的亮红灯计分。',
    en: 'Serve the decision on the victim side, the person not prosecuted and counsel, and the police. Where there is a victim, tell the victim of the 7-day appeal (or private prosecution); after a discretionary non-prosecution (CPL 177(2)), tell the person of their own 7-day appeal; a statutory or insufficient-evidence decision without a victim needs no appeal notice. The law sets no service period: 7 days from the announcement is a unit-policy limit, a yellow reminder without points unless the unit adopts it.',
  },
  basis: [
    { law: '刑事诉讼法', article: 178 },
    { law: '刑事诉讼法', article: 180 },
    { law: '刑事诉讼法', article: 181 },
    { law: '人民检察院刑事诉讼规则', article: 377 },
    { law: '人民检察院刑事诉讼规则', article: 378 },
    { law: '人民检察院刑事诉讼规则', article: 385 },
  ],
  deadline: {
    zh: '宣布日（未宣布时为决定日）+ 7日（本院内部期限），期满日为节假日的顺延至节假日后第一个工作日',
    en: 'announced (else decided) on + 7 days (a unit-policy limit); a rest-day end moves to the next working day',
  },
  messages: {
    'done': { zh: '不起诉决定书已于{{doneOn}}送达（期满日 {{due}}）', en: 'Decision served on {{doneOn}} (due {{due}})' },
    'open': { zh: '不起诉决定书待送达，期满日 {{due}}', en: 'Decision to be served by {{due}}' },
    'due-soon': { zh: '应于 {{due}} 前送达不起诉决定书并告知七日申诉权利', en: 'Serve the decision and tell of the 7-day appeal by {{due}}' },
    'late': { zh: '不起诉决定书送达迟延：期满日 {{due}}，{{doneOn}}才送达', en: 'Decision served late: due {{due}}, served on {{doneOn}}' },
    'missing': { zh: '期满日 {{due}} 已过，不起诉决定书尚未送达', en: 'Due {{due}} has passed and the decision is not served' },
    'no-appeal-notice': { zh: '不起诉决定书已送达，但未告知{{who}}七日内申诉的权利', en: 'Decision served without telling {{who}} of the 7-day appeal' },
    'no-appeal-owed': { zh: '不起诉决定书已于{{doneOn}}送达；本案无被害人且非相对不起诉，无需告知七日申诉', en: 'Decision served on {{doneOn}}; no victim and not a discretionary decision, so no appeal notice is owed' },
  },
  phrases: {
    'victim-and-person': { zh: '被害人及被不起诉人', en: 'the victim and the person not prosecuted' },
    'victim': { zh: '被害人（可直接向法院起诉）', en: 'the victim (who may also sue directly)' },
    'person': { zh: '被不起诉人', en: 'the person not prosecuted' },
  },
} satisfies RuleText;
