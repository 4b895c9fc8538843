// R16 公安提请批捕（已拘留）7日内决定: in custody, so a holiday never extends it (example A).
import { defineRule } from './lib/define-rule';
import { inCustodyOf, receivedOf } from './lib/support';

export default defineRule({
  meta: {
    id: 'arrest-review-police-detained-7d',
    catalogue: 'R16',
    version: 2,
    title: { zh: '公安提请批捕（已拘留）7日内决定', en: 'Decide on a police arrest request within 7 days (suspect detained)' },
    description: {
      zh: '对公安机关提请批准逮捕、犯罪嫌疑人已被拘留的，应当在接到提请批准逮捕书后7日以内作出是否批准逮捕的决定；在押，期满日遇节假日不顺延。本院直接受理侦查（自侦）的案件适用 R18，不在此计算。',
      en: 'When the police ask for approval to arrest a detained suspect, decide within 7 days of receiving the request; the suspect is in custody, so a rest day does not extend it. The procuratorate’s own investigations are R18’s, not counted here.',
    },
    basis: [
      { law: '刑事诉讼法', article: 91, clause: 3 },
      { law: '人民检察院刑事诉讼规则', article: 282 },
    ],
    procedures: ['arrest-review'],
    fields: ['acceptedOn', 'materialsReceivedOn', 'inCustody', 'custodyMeasure', 'selfInvestigated', 'decisionOn', 'releaseOn'],
    requires: ['acceptedOn'],
    anchor: 'decisionOn',
    deadline: { zh: '收到提请批准逮捕书之日 + 7日（在押，不顺延）', en: 'request received + 7 days (in custody: never extended)' },
    warningDays: 2,
    severity: 'critical',
    points: { 'late': 8, 'overdue': 8, 'late-detained': 10, 'overdue-detained': 10 },
    messages: {
      'done': { light: 'green', zh: '已于{{doneOn}}作出决定（期满日 {{due}}）', en: 'Decided on {{doneOn}} (due {{due}})' },
      'open': { light: 'green', zh: '审查逮捕期满日 {{due}}', en: 'Arrest review due {{due}}' },
      'due-soon': { light: 'yellow', zh: '应于 {{due}} 前作出是否批准逮捕的决定（在押，节假日不顺延）', en: 'Decide by {{due}} (in custody: not extended by rest days)' },
      'late': { light: 'red', zh: '审查逮捕超期：期满日 {{due}}，{{doneOn}}才作出决定', en: 'Arrest review late: due {{due}}, decided on {{doneOn}}' },
      'late-detained': { light: 'red', zh: '审查逮捕超期且犯罪嫌疑人仍被羁押：期满日 {{due}}，{{doneOn}}才作出决定', en: 'Arrest review late with the suspect still detained: due {{due}}, decided on {{doneOn}}' },
      'overdue': { light: 'red', zh: '期满日 {{due}} 已过，尚未作出是否批准逮捕的决定', en: 'Due {{due}} has passed without a decision' },
      'overdue-detained': { light: 'red', zh: '期满日 {{due}} 已过仍未决定，犯罪嫌疑人仍被羁押', en: 'Due {{due}} has passed without a decision and the suspect is still detained' },
    },
  },
  // Police requests only: the procuratorate's own investigations are R18 (no double points).
  applies: (c) => c.selfInvestigated !== true && inCustodyOf(c) !== false,
  check: (c, ctx) => {
    if (inCustodyOf(c) === undefined) return ctx.missing('inCustody');
    const deadline = ctx.deadline(receivedOf(c)!, { amount: 7, unit: 'day' }, { inCustody: true });
    // 10 points when the suspect stayed detained past the due date (rules-catalogue R16).
    const releasedInTime = c.releaseOn !== undefined && c.releaseOn <= deadline.due;
    if (c.decisionOn !== undefined) {
      const dates = [{ kind: 'done' as const, label: { zh: '决定日期', en: 'decided on' }, value: c.decisionOn }];
      if (c.decisionOn <= deadline.due) return { messageId: 'done', deadline, data: { doneOn: c.decisionOn }, dates };
      return { messageId: releasedInTime ? 'late' : 'late-detained', deadline, data: { doneOn: c.decisionOn }, dates };
    }
    const state = ctx.pending(deadline);
    if (state === 'overdue') return { messageId: releasedInTime ? 'overdue' : 'overdue-detained', deadline };
    return { messageId: state === 'due-soon' ? 'due-soon' : 'open', deadline };
  },
});
