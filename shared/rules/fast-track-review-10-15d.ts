// R31 认罪认罚速裁案件10日/15日 (example I1).
import { defineRule } from './lib/define-rule';
import { reviewPeriod } from './lib/review-period';
import { inCustodyOf, judge } from './lib/support';

export default defineRule({
  meta: {
    id: 'fast-track-review-10-15d',
    catalogue: 'R31',
    version: 1,
    title: { zh: '认罪认罚速裁案件10日/15日内作出决定', en: 'Fast-track plea case: decide within 10/15 days' },
    description: {
      zh: '犯罪嫌疑人认罪认罚、符合速裁程序适用条件的，应当在10日以内作出是否提起公诉的决定；可能判处的有期徒刑超过一年的，可延长至15日。不在押遇节假日顺延。',
      en: 'A plea case eligible for the fast-track procedure: decide within 10 days, or 15 if the likely prison term exceeds one year. Moved off rest days unless in custody.',
    },
    basis: [
      { law: '刑事诉讼法', article: 172, clause: 1 },
      { law: '人民检察院刑事诉讼规则', article: 273, clause: 1 },
    ],
    procedures: ['prosecution-review'],
    fields: [
      'acceptedOn', 'materialsReceivedOn', 'supervisionCase', 'supervisionMeasureDecidedOn', 'retransferredOn', 'lastReturnOn',
      'fastTrack', 'pleaAccepted', 'likelySentenceMonths', 'decisionOn', 'inCustody', 'custodyMeasure', 'psychEvalStartedOn', 'psychEvalResultOn',
    ],
    requires: ['acceptedOn'],
    anchor: 'decisionOn',
    deadline: {
      zh: '受理日 + 10日（可能判处有期徒刑超过一年的 15日）；不在押遇节假日顺延',
      en: 'received + 10 days (15 if the likely term exceeds one year); moved off rest days unless in custody',
    },
    warningDays: { 'default': 2, '15d': 3 },
    severity: 'serious',
    points: { late: 6, overdue: 6 },
    messages: {
      'done': { light: 'green', zh: '已于{{doneOn}}作出决定（速裁{{days}}日，期满日 {{due}}）', en: 'Decided on {{doneOn}} (fast track, {{days}} days, due {{due}})' },
      'open': { light: 'green', zh: '速裁案件{{days}}日期限，期满日 {{due}}', en: 'Fast track, {{days}} days, due {{due}}' },
      'due-soon': { light: 'yellow', zh: '速裁案件应于 {{due}} 前作出决定（{{days}}日）', en: 'Fast track: decide by {{due}} ({{days}} days)' },
      'late': { light: 'red', zh: '速裁案件超期：{{days}}日期限于 {{due}} 届满，{{doneOn}}才作出决定', en: 'Fast track late: {{days}}-day period due {{due}}, decided on {{doneOn}}' },
      'overdue': { light: 'red', zh: '速裁案件{{days}}日期限已于 {{due}} 届满，尚未作出决定', en: 'Fast-track {{days}}-day period expired on {{due}} without a decision' },
    },
  },
  applies: (c) => c.fastTrack === true,
  check: (c, ctx) => {
    const custody = inCustodyOf(c);
    if (custody === undefined) return ctx.missing('inCustody');
    const p = reviewPeriod(c, ctx.today);
    if ('missing' in p) return ctx.missing(...p.missing);
    const days = c.likelySentenceMonths !== undefined && c.likelySentenceMonths > 12 ? 15 : 10;
    const deadline = ctx.deadline(p.start, { amount: days, unit: 'day' }, {
      inCustody: custody,
      excludedDays: p.excludedDays,
      variant: `${days}d`,
    });
    return judge(ctx, deadline, p.end, { done: 'done', late: 'late', missing: 'overdue', dueSoon: 'due-soon', open: 'open' }, {
      data: { days },
      occurrence: p.start,
    });
  },
});
