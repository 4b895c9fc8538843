// R47 不起诉决定书送达与七日申诉告知.
import { defineRule } from './lib/define-rule';
import { judge } from './lib/support';

export default defineRule({
  meta: {
    id: 'nonpros-service-7d-notice',
    catalogue: 'R47',
    version: 1,
    title: { zh: '不起诉决定书送达与七日申诉告知', en: 'Serve the non-prosecution decision and tell of the 7-day appeal' },
    description: {
      zh: '不起诉决定书应当送达被害人或其近亲属及诉讼代理人、被不起诉人及其辩护人、公安机关等；被害人应告知可在7日内向上一级人民检察院申诉或直接向法院起诉，相对不起诉的被不起诉人应告知可在7日内向本院申诉。法律未规定送达期限，按目录建议：宣布后第3日起黄灯，第7日后仍未送达为红灯。',
      en: 'Serve the decision on the victim side, the person not prosecuted and counsel, and the police; tell the victim of the 7-day appeal (or private prosecution) and a relatively non-prosecuted person of theirs. No statutory service period: yellow from announcement + 3 days, red after + 7 (catalogue default).',
    },
    basis: [
      { law: '刑事诉讼法', article: 178 },
      { law: '刑事诉讼法', article: 180 },
      { law: '刑事诉讼法', article: 181 },
      { law: '人民检察院刑事诉讼规则', article: 377 },
      { law: '人民检察院刑事诉讼规则', article: 378 },
    ],
    procedures: ['non-prosecution'],
    fields: ['decisionOn', 'announcedOn', 'nonProsServedOn', 'appealRightsNoticed'],
    anchor: 'nonProsServedOn',
    deadline: { zh: '宣布日（未宣布时为决定日）+ 7日，节假日不顺延', en: 'announced (else decided) on + 7 days, not moved off rest days' },
    warningDays: 4,
    severity: 'moderate',
    points: { 'late': 6, 'missing': 6, 'no-appeal-notice': 6 },
    messages: {
      'done': { light: 'green', zh: '不起诉决定书已于{{doneOn}}送达（期满日 {{due}}）', en: 'Decision served on {{doneOn}} (due {{due}})' },
      'open': { light: 'green', zh: '不起诉决定书待送达，期满日 {{due}}', en: 'Decision to be served by {{due}}' },
      'due-soon': { light: 'yellow', zh: '应于 {{due}} 前送达不起诉决定书并告知七日申诉权利', en: 'Serve the decision and tell of the 7-day appeal by {{due}}' },
      'late': { light: 'red', zh: '不起诉决定书送达迟延：期满日 {{due}}，{{doneOn}}才送达', en: 'Decision served late: due {{due}}, served on {{doneOn}}' },
      'missing': { light: 'red', zh: '期满日 {{due}} 已过，不起诉决定书尚未送达', en: 'Due {{due}} has passed and the decision is not served' },
      'no-appeal-notice': { light: 'red', zh: '不起诉决定书已送达，但未告知七日内申诉（被害人可直接起诉）的权利', en: 'Decision served without telling of the 7-day appeal (or the victim’s private prosecution)' },
    },
  },
  applies: (c) => c.decisionOn !== undefined || c.announcedOn !== undefined,
  check: (c, ctx) => {
    const from = c.announcedOn ?? c.decisionOn!;
    const deadline = ctx.deadline(from, { amount: 7, unit: 'day' }, { inCustody: false, postpone: false });
    const o = judge(ctx, deadline, c.nonProsServedOn, { done: 'done', late: 'late', missing: 'missing', dueSoon: 'due-soon', open: 'open' });
    if (o.messageId === 'done' && c.appealRightsNoticed === false) return { ...o, messageId: 'no-appeal-notice', anchor: 'appealRightsNoticed' };
    return o;
  },
});
