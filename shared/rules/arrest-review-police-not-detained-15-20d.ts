// R17 公安提请批捕（未拘留）15/20日: not in custody, so a rest-day expiry moves to the next working day.
import { defineRule } from './lib/define-rule';
import { inCustodyOf, judge, receivedOf } from './lib/support';

export default defineRule({
  meta: {
    id: 'arrest-review-police-not-detained-15-20d',
    catalogue: 'R17',
    version: 2,
    title: { zh: '公安提请批捕（未拘留）15日/20日内决定', en: 'Decide on a police arrest request within 15/20 days (suspect not detained)' },
    description: {
      zh: '犯罪嫌疑人未被拘留的，应当在接到提请批准逮捕书后15日以内作出决定，重大、复杂案件不得超过20日；不在押，期满日遇节假日顺延至节假日后第一个工作日。本院直接受理侦查（自侦）的案件适用 R18，不在此计算。',
      en: 'A suspect not detained: decide within 15 days of receiving the request, 20 for a major or complex case; not in custody, so a rest-day expiry moves to the next working day. The procuratorate’s own investigations are R18’s, not counted here.',
    },
    basis: [{ law: '人民检察院刑事诉讼规则', article: 282 }],
    procedures: ['arrest-review'],
    fields: ['acceptedOn', 'materialsReceivedOn', 'inCustody', 'custodyMeasure', 'selfInvestigated', 'majorComplex', 'decisionOn'],
    requires: ['acceptedOn'],
    anchor: 'decisionOn',
    deadline: {
      zh: '收到提请批准逮捕书之日 + 15日（重大复杂 20日），遇节假日顺延',
      en: 'request received + 15 days (20 if major/complex), moved off rest days',
    },
    warningDays: 3,
    severity: 'serious',
    points: { late: 6, overdue: 6 },
    messages: {
      'done': { light: 'green', zh: '已于{{doneOn}}作出决定（{{days}}日期限，期满日 {{due}}）', en: 'Decided on {{doneOn}} ({{days}}-day period, due {{due}})' },
      'open': { light: 'green', zh: '审查逮捕{{days}}日期限，期满日 {{due}}', en: '{{days}}-day arrest review, due {{due}}' },
      'due-soon': { light: 'yellow', zh: '应于 {{due}} 前作出是否批准逮捕的决定（{{days}}日期限）', en: 'Decide by {{due}} ({{days}}-day period)' },
      'late': { light: 'red', zh: '审查逮捕超期：{{days}}日期限于 {{due}} 届满，{{doneOn}}才作出决定', en: 'Arrest review late: {{days}}-day period due {{due}}, decided on {{doneOn}}' },
      'overdue': { light: 'red', zh: '{{days}}日审查逮捕期限已于 {{due}} 届满，尚未作出决定', en: 'The {{days}}-day arrest review expired on {{due}} without a decision' },
    },
  },
  // Police requests only: the procuratorate's own investigations are R18 (no double points).
  applies: (c) => c.selfInvestigated !== true && inCustodyOf(c) !== true,
  check: (c, ctx) => {
    if (inCustodyOf(c) === undefined) return ctx.missing('inCustody');
    const days = c.majorComplex === true ? 20 : 15;
    const deadline = ctx.deadline(receivedOf(c)!, { amount: days, unit: 'day' }, { inCustody: false });
    return judge(ctx, deadline, c.decisionOn, { done: 'done', late: 'late', missing: 'overdue', dueSoon: 'due-soon', open: 'open' }, { data: { days } });
  },
});
