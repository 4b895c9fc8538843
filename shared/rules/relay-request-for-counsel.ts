// R08 转达在押人员委托辩护人要求: "及时", read as the next working day (configurable).
import { defineRule } from './lib/define-rule';
import { inCustodyOf, judge } from './lib/support';

export default defineRule({
  meta: {
    id: 'relay-request-for-counsel',
    catalogue: 'R08',
    version: 2,
    title: { zh: '转达在押人员委托辩护人要求', en: 'Relay a held suspect’s request for counsel' },
    description: {
      zh: '在押或者被指定居所监视居住的犯罪嫌疑人提出委托辩护人要求的，应当及时向其监护人、近亲属或者其指定的人员转达，并记录在案；未转达是辩护人申诉控告的法定事由。“及时”按次一工作日掌握（可配置）。',
      en: 'A request for counsel from a suspect in custody or under designated-residence surveillance is relayed promptly to the guardian, relatives or a named person and recorded; failing to relay it is a ground for a defence complaint. “Promptly” is read as the next working day (configurable).',
    },
    basis: [
      { law: '刑事诉讼法', article: 34, clause: 2 },
      { law: '人民检察院刑事诉讼规则', article: 41 },
      { law: '人民检察院刑事诉讼规则', article: 57, item: 3 },
    ],
    procedures: ['arrest-review', 'prosecution-review', 'self-investigation', 'custody-review'],
    fields: ['counselRequestMadeOn', 'counselRequestRelayedOn', 'inCustody', 'custodyMeasure'],
    anchor: 'counselRequestRelayedOn',
    deadline: { zh: '提出要求之日 + 1个工作日（可配置）', en: 'request made on + 1 working day (configurable)' },
    warningDays: 0,
    options: { workdays: 1 },
    optionDocs: {
      workdays: {
        zh: '“及时转达”的工作日数。目录建议：1（次一工作日）。',
        en: 'Working days for a “prompt” relay. Recommended: 1 (the next working day).',
      },
    },
    severity: 'moderate',
    points: { late: 3, missing: 3 },
    messages: {
      'done': { light: 'green', zh: '已于{{doneOn}}转达委托辩护人的要求', en: 'Request for counsel relayed on {{doneOn}}' },
      'open': { light: 'green', zh: '应及时转达委托辩护人的要求（最迟 {{due}}）', en: 'Relay the request for counsel promptly (by {{due}})' },
      'due-soon': { light: 'yellow', zh: '应于 {{due}} 前转达委托辩护人的要求并记录在案', en: 'Relay the request for counsel and record it by {{due}}' },
      'late': { light: 'red', policy: true, zh: '转达委托辩护人要求迟延：最迟 {{due}}，{{doneOn}}才转达', en: 'Request for counsel relayed late: limit {{due}}, relayed on {{doneOn}}' },
      'missing': { light: 'red', policy: true, zh: '至 {{due}} 仍未转达犯罪嫌疑人委托辩护人的要求', en: 'The request for counsel had not been relayed by {{due}}' },
    },
  },
  applies: (c) =>
    c.counselRequestMadeOn !== undefined &&
    (inCustodyOf(c) !== false || c.custodyMeasure === 'designated-residential-surveillance'),
  check: (c, ctx) => {
    const deadline = ctx.deadline(c.counselRequestMadeOn!, { amount: ctx.option<number>('workdays'), unit: 'workday' }, { inCustody: true });
    return judge(ctx, deadline, c.counselRequestRelayedOn, { done: 'done', late: 'late', missing: 'missing', dueSoon: 'due-soon', open: 'open' });
  },
});
