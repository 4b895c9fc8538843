// R03 移送审查起诉后重新作出取保候审/监视居住决定: a new decision, a restarted term, and the suspect told.
import type { CaseSnapshot } from '../case';
import type { Outcome, RuleContext } from './lib/types';
import { defineRule } from './lib/define-rule';
import { judge, receivedOf } from './lib/support';

type Id = 'done' | 'late' | 'missing' | 'see-max-term' | 'due-soon' | 'open' | 'notified' | 'notice-late' | 'notice-not-recorded' | 'notify-pending';

const NON_CUSTODIAL = new Set(['bail', 'residential-surveillance', 'designated-residential-surveillance']);

/** Whether the measure decided before receipt (the police's) has run past 刑诉法 79's maximum: R58's red. */
function policeTermExceeded(c: CaseSnapshot, received: string, ctx: RuleContext): boolean {
  if (c.measureStartedOn === undefined || c.measureStartedOn >= received) return false;
  const term = ctx.deadline(c.measureStartedOn, { amount: c.custodyMeasure === 'bail' ? 12 : 6, unit: 'month' }, { inCustody: false });
  return c.measureEndedOn !== undefined ? c.measureEndedOn > term.due : ctx.pending(term) === 'overdue';
}

export default defineRule({
  meta: {
    id: 'intake-bail-redecision',
    catalogue: 'R03',
    version: 2,
    title: { zh: '移送审查起诉后重新作出取保候审/监视居住决定', en: 'Re-decide police bail or residential surveillance after transfer' },
    description: {
      zh: '公安机关决定取保候审或监视居住的案件移送审查起诉后，需要继续采取的，人民检察院应当依法重新作出决定并办理手续，期限重新计算并告知犯罪嫌疑人；继续以保证金方式取保、未违反规定的不重新收取保证金。法律未规定日数：目录建议受理后3日内办理、第7日为限，属本院内部期限，逾期黄灯提示、不计分，本院采用后亮红灯计分（可配置）。未重新决定而原措施已超过刑诉法79条最长期限的，由 R58 计分，本规则只作提示。',
      en: 'When a police-imposed bail or residential surveillance is to continue after transfer for prosecution, the procuratorate makes its own new decision, restarts the term and tells the suspect. No statutory day count: the catalogue suggests the 3-day notice window and day 7 as the limit, a unit-policy limit that is a yellow reminder without points unless the unit adopts it (configurable). Where the earlier measure has run past its CPL 79 maximum without a new decision, R58 charges it and this rule only points there.',
    },
    basis: [
      { law: '人民检察院刑事诉讼规则', article: 103 },
      { law: '人民检察院刑事诉讼规则', article: 113 },
      { law: '刑事诉讼法', article: 79 },
    ],
    procedures: ['prosecution-review'],
    fields: [
      'acceptedOn', 'materialsReceivedOn', 'custodyMeasure', 'supervisionCase', 'selfInvestigated',
      'measureStartedOn', 'measureRedecisionNoticeOn', 'measureEndedOn',
    ],
    requires: ['acceptedOn'],
    anchor: 'measureStartedOn',
    deadline: {
      zh: '受理日 + 7日（可配置；第4日起未办理亮黄灯），遇节假日顺延',
      en: 'received + 7 days (configurable; yellow from day 4 while pending), moved off rest days',
    },
    warningDays: 3,
    options: { days: 7 },
    optionDocs: {
      days: {
        zh: '重新作出决定并告知犯罪嫌疑人的期限（日），法律未规定日数，为本院内部期限。目录建议：7。',
        en: 'Days allowed for the new decision and telling the suspect; the law sets no count, so this is a unit-policy limit. Recommended: 7.',
      },
    },
    severity: 'moderate',
    points: { 'late': 3, 'missing': 3, 'notice-late': 3 },
    messages: {
      'done': { light: 'green', zh: '已于{{doneOn}}重新作出{{measure}}决定', en: 'New {{measure}} decision made on {{doneOn}}' },
      'open': { light: 'green', zh: '公安机关决定的{{measure}}需继续的，应重新作出决定（最迟 {{due}}）', en: 'A continuing {{measure}} needs the procuratorate’s own decision (by {{due}})' },
      'due-soon': { light: 'yellow', zh: '尚未重新作出{{measure}}决定，最迟 {{due}}', en: 'No new {{measure}} decision yet; limit {{due}}' },
      'late': { light: 'red', policy: true, zh: '重新作出{{measure}}决定迟延：最迟 {{due}}，{{doneOn}}才作出', en: 'New {{measure}} decision late: limit {{due}}, made on {{doneOn}}' },
      'missing': { light: 'red', policy: true, zh: '移送审查起诉后至 {{due}} 仍未重新作出{{measure}}决定', en: 'No new {{measure}} decision by {{due}} after transfer' },
      'see-max-term': { light: 'yellow', zh: '移送审查起诉后至 {{due}} 仍未重新作出{{measure}}决定，原{{measure}}已超过法定最长期限，见R58（在该规则计分）', en: 'No new {{measure}} decision by {{due}} after transfer, and the earlier {{measure}} has run past its statutory maximum: see R58 (charged there)' },
      'notified': { light: 'green', zh: '已于{{doneOn}}告知犯罪嫌疑人重新计算的期限', en: 'Suspect told of the restarted term on {{doneOn}}' },
      'notify-pending': { light: 'yellow', zh: '已重新作出决定，应告知犯罪嫌疑人重新计算的期限（最迟 {{due}}）', en: 'New decision made: tell the suspect of the restarted term (by {{due}})' },
      'notice-late': { light: 'red', policy: true, zh: '告知犯罪嫌疑人重新计算的期限迟延：最迟 {{due}}，{{doneOn}}才告知', en: 'Suspect told of the restarted term late: limit {{due}}, told on {{doneOn}}' },
      'notice-not-recorded': { light: 'yellow', zh: '已重新作出决定，但未见告知犯罪嫌疑人重新计算期限的记录（最迟 {{due}}），请核对', en: 'New decision made, but no record that the suspect was told of the restarted term (limit {{due}}); please check' },
    },
  },
  // Police-imposed measures only: supervision (留置) cases and own investigations are decided here already.
  applies: (c) =>
    c.custodyMeasure !== undefined && NON_CUSTODIAL.has(c.custodyMeasure) && c.supervisionCase !== true && c.selfInvestigated !== true,
  check: (c, ctx) => {
    const received = receivedOf(c)!;
    const measure = c.custodyMeasure === 'bail' ? { zh: '取保候审', en: 'bail' } : { zh: '监视居住', en: 'residential surveillance' };
    const deadline = ctx.deadline(received, { amount: ctx.option<number>('days'), unit: 'day' }, { inCustody: false });
    // measureStartedOn holds the decision in force: on or after receipt it is the procuratorate's own.
    const decidedOn = c.measureStartedOn !== undefined && c.measureStartedOn >= received ? c.measureStartedOn : undefined;
    const decision = judge(ctx, deadline, decidedOn, { done: 'done', late: 'late', missing: 'missing', dueSoon: 'due-soon', open: 'open' }, {
      data: { measure },
      occurrence: `${received}:decision`,
    });
    const out: Outcome<Id>[] = [
      // One defect, charged once: without a decision of its own the police's measure ran past its
      // statutory maximum (刑诉法 79), which R58 charges; here it only points there.
      decision.messageId === 'missing' && policeTermExceeded(c, received, ctx) ? { ...decision, messageId: 'see-max-term' } : decision,
    ];
    if (decidedOn !== undefined) {
      // 规则 103, 113: the term is recalculated and the suspect is told of it. An empty notice date
      // may just be unrecorded on this form, so it asks for a look rather than counting points.
      out.push(judge(ctx, deadline, c.measureRedecisionNoticeOn, {
        done: 'notified', late: 'notice-late', missing: 'notice-not-recorded', dueSoon: 'notify-pending', open: 'notify-pending',
      }, { anchor: 'measureRedecisionNoticeOn', occurrence: `${received}:notice` }));
    }
    return out;
  },
});
