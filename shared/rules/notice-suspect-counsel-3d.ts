// R04 告知犯罪嫌疑人有权委托辩护人（3日）: the Jiangsu "权利告知书未按规定发送" check.
import { defineRule } from './lib/define-rule';
import { inCustodyOf, judge, receivedOf } from './lib/support';

export default defineRule({
  meta: {
    id: 'notice-suspect-counsel-3d',
    catalogue: 'R04',
    version: 2,
    title: { zh: '告知犯罪嫌疑人有权委托辩护人（3日）', en: 'Tell the suspect of the right to counsel within 3 days' },
    description: {
      zh: '自收到移送起诉案卷材料之日起3日内，应告知犯罪嫌疑人有权委托辩护人、可申请法律援助；告知须有笔录或送达回执。监察机关移送的留置案件，在执行拘留时告知。',
      en: 'Within 3 days of receiving the case for review, tell the suspect of the right to retain counsel and to apply for legal aid, with a signed record or receipt on file. In supervision-commission (留置) cases, at the time detention is executed.',
    },
    basis: [
      { law: '刑事诉讼法', article: 34, clause: 2 },
      { law: '人民检察院刑事诉讼规则', article: 40, clause: 2 },
      { law: '人民检察院刑事诉讼规则', article: 40, clause: 3 },
      { law: '人民检察院刑事诉讼规则', article: 145 },
      { law: '法律援助法', article: 35 },
    ],
    procedures: ['prosecution-review'],
    fields: [
      'acceptedOn', 'materialsReceivedOn', 'suspectCounselNoticeOn', 'suspectCounselNoticeProof',
      'inCustody', 'custodyMeasure', 'supervisionCase', 'detainedOn',
    ],
    requires: ['acceptedOn'],
    anchor: 'suspectCounselNoticeOn',
    deadline: {
      zh: '受理（收到案卷材料）日 + 3日，期满日为节假日的顺延至节假日后第一个工作日，在押的不顺延；监察留置案件为拘留执行日',
      en: 'received + 3 days; a rest-day end moves to the next working day unless in custody; supervision cases: the day detention is executed',
    },
    warningDays: 0,
    severity: 'moderate',
    points: { missing: 6, late: 4 },
    messages: {
      'done': { light: 'green', zh: '已于{{doneOn}}告知有权委托辩护人（期满日 {{due}}）', en: 'Told of the right to counsel on {{doneOn}} (due {{due}})' },
      'late': { light: 'red', zh: '告知有权委托辩护人迟延：期满日 {{due}}，{{doneOn}}才告知', en: 'Counsel notice late: due {{due}}, given on {{doneOn}}' },
      'missing': { light: 'red', zh: '期满日 {{due}} 已过，尚未告知犯罪嫌疑人有权委托辩护人', en: 'Due {{due}} has passed and the suspect has not been told of the right to counsel' },
      'due-soon': { light: 'yellow', zh: '应于 {{due}} 前告知犯罪嫌疑人有权委托辩护人', en: 'Tell the suspect of the right to counsel by {{due}}' },
      'open': { light: 'green', zh: '待告知有权委托辩护人，期满日 {{due}}', en: 'Counsel notice pending, due {{due}}' },
      'no-proof': { light: 'yellow', zh: '已于{{doneOn}}告知，但未见告知笔录或送达回执', en: 'Told on {{doneOn}}, but no signed record or receipt is on file' },
    },
  },
  applies: () => true,
  check: (c, ctx) => {
    let deadline;
    if (c.supervisionCase === true) {
      // 规则 145: in 留置 cases the notice is given when detention is executed.
      if (c.detainedOn === undefined) return ctx.missing('detainedOn');
      deadline = ctx.deadline(c.detainedOn, { amount: 0, unit: 'day' }, { inCustody: true });
    } else {
      const custody = inCustodyOf(c) ?? false;
      deadline = ctx.deadline(receivedOf(c)!, { amount: 3, unit: 'day' }, {
        inCustody: custody,
      });
    }
    const o = judge(ctx, deadline, c.suspectCounselNoticeOn, {
      done: 'done', late: 'late', missing: 'missing', dueSoon: 'due-soon', open: 'open',
    });
    if (o.messageId === 'done' && c.suspectCounselNoticeProof === false) return { ...o, messageId: 'no-proof', anchor: 'suspectCounselNoticeProof' };
    return o;
  },
});
