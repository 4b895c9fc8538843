// R24 不批捕复议7日、复核15日: a different prosecutor reconsiders; the upper level reviews.
import type { Outcome } from './lib/types';
import { defineRule } from './lib/define-rule';
import { inCustodyOf, judge } from './lib/support';

type Id = 'done' | 'late' | 'missing' | 'due-soon' | 'open' | 'same-prosecutor';

const RECONSIDERATION = { zh: '复议', en: 'reconsideration' };
const REVIEW = { zh: '复核', en: 'review' };

export default defineRule({
  meta: {
    id: 'arrest-reconsideration-review',
    catalogue: 'R24',
    version: 2,
    title: { zh: '不批捕复议7日、复核15日', en: 'Non-approval of arrest: reconsideration in 7 days, review in 15' },
    description: {
      zh: '公安机关对不批准逮捕要求复议的，应当另行指派检察官或者检察官办案组审查，在收到要求复议意见书和案卷材料后七日以内经检察长批准作出决定；提请上一级人民检察院复核的，上一级人民检察院应当在收到提请复核意见书和案卷材料后十五日以内经检察长批准作出决定。维持原决定的应说明理由。',
      en: 'A police request to reconsider a non-approval of arrest goes to a different prosecutor and is decided, with the chief’s approval, within 7 days of receiving the request and file; a request for review is decided by the upper procuratorate within 15 days. Reasons are given when the decision is upheld.',
    },
    basis: [
      { law: '刑事诉讼法', article: 92 },
      { law: '人民检察院刑事诉讼规则', article: 290 },
      { law: '人民检察院刑事诉讼规则', article: 291 },
      { law: '人民检察院刑事诉讼规则', article: 292 },
    ],
    procedures: ['arrest-review'],
    fields: [
      'arrestReconsiderationReceivedOn', 'arrestReconsiderationDecidedOn', 'reconsiderationBySameProsecutor',
      'arrestRecheckReceivedOn', 'arrestRecheckDecidedOn', 'inCustody', 'custodyMeasure',
    ],
    anchor: 'arrestReconsiderationDecidedOn',
    deadline: {
      zh: '复议：收到要求复议意见书 + 7日；复核：收到提请复核意见书 + 15日；期满日为节假日的顺延至节假日后第一个工作日，犯罪嫌疑人在押的不顺延（羁押状态不明的按不在押计算）',
      en: 'reconsideration: request received + 7 days; review: request received + 15 days; a rest-day end moves to the next working day unless the suspect is in custody (unknown custody counts as not in custody)',
    },
    warningDays: { 'default': 2, '15d': 3 },
    severity: 'serious',
    points: { 'late': 5, 'missing': 5, 'same-prosecutor': 5 },
    messages: {
      'done': { light: 'green', zh: '不批捕{{kind}}已于{{doneOn}}作出决定（期满日 {{due}}）', en: 'Non-approval {{kind}} decided on {{doneOn}} (due {{due}})' },
      'open': { light: 'green', zh: '不批捕{{kind}}应于 {{due}} 前作出决定', en: 'Decide the non-approval {{kind}} by {{due}}' },
      'due-soon': { light: 'yellow', zh: '不批捕{{kind}}应于 {{due}} 前经检察长批准作出决定', en: 'The non-approval {{kind}} must be decided with the chief’s approval by {{due}}' },
      'late': { light: 'red', zh: '不批捕{{kind}}超期：期满日 {{due}}，{{doneOn}}才决定', en: 'Non-approval {{kind}} late: due {{due}}, decided on {{doneOn}}' },
      'missing': { light: 'red', zh: '不批捕{{kind}}期限已于 {{due}} 届满，尚未作出决定', en: 'The non-approval {{kind}} expired on {{due}} without a decision' },
      'same-prosecutor': { light: 'red', zh: '不批捕复议由原承办检察官办理，应当另行指派', en: 'The reconsideration was handled by the original prosecutor; a different one must be assigned' },
    },
  },
  applies: (c) => c.arrestReconsiderationReceivedOn !== undefined || c.arrestRecheckReceivedOn !== undefined,
  check: (c, ctx) => {
    const out: Outcome<Id>[] = [];
    const inCustody = inCustodyOf(c) ?? false;
    const ids = { done: 'done', late: 'late', missing: 'missing', dueSoon: 'due-soon', open: 'open' } as const;
    if (c.arrestReconsiderationReceivedOn !== undefined) {
      const d = ctx.deadline(c.arrestReconsiderationReceivedOn, { amount: 7, unit: 'day' }, { inCustody });
      out.push(judge(ctx, d, c.arrestReconsiderationDecidedOn, ids, { data: { kind: RECONSIDERATION }, occurrence: `reconsideration:${c.arrestReconsiderationReceivedOn}` }));
      // 规则 290: "另行指派检察官或者检察官办案组".
      if (c.reconsiderationBySameProsecutor === true) {
        out.push({ messageId: 'same-prosecutor', anchor: 'reconsiderationBySameProsecutor', occurrence: `same:${c.arrestReconsiderationReceivedOn}` });
      }
    }
    if (c.arrestRecheckReceivedOn !== undefined) {
      const d = ctx.deadline(c.arrestRecheckReceivedOn, { amount: 15, unit: 'day' }, { inCustody, variant: '15d' });
      out.push(judge(ctx, d, c.arrestRecheckDecidedOn, ids, {
        data: { kind: REVIEW },
        anchor: 'arrestRecheckDecidedOn',
        occurrence: `review:${c.arrestRecheckReceivedOn}`,
      }));
    }
    return out;
  },
});
