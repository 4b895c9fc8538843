// R16 公安提请批捕（已拘留）7日内决定: in custody, so a holiday never extends it (example A).
import { defineRule } from './lib/define-rule';
import { inCustodyOf, receivedOf } from './lib/support';

export default defineRule({
  meta: {
    id: 'arrest-review-police-detained-7d',
    catalogue: 'R16',
    version: 2,
    procedures: ['arrest-review'],
    fields: ['acceptedOn', 'materialsReceivedOn', 'inCustody', 'custodyMeasure', 'selfInvestigated', 'decisionOn', 'releaseOn'],
    requires: ['acceptedOn'],
    anchor: 'decisionOn',
    warningDays: 2,
    severity: 'critical',
    points: { 'late': 8, 'overdue': 8, 'late-detained': 10, 'overdue-detained': 10 },
    messages: {
      'done': { light: 'green' },
      'open': { light: 'green' },
      'due-soon': { light: 'yellow' },
      'late': { light: 'red' },
      'late-detained': { light: 'red' },
      'overdue': { light: 'red' },
      'overdue-detained': { light: 'red' },
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
      const dates = [{ kind: 'done' as const, label: { phrase: 'decided-on' }, value: c.decisionOn }];
      if (c.decisionOn <= deadline.due) return { messageId: 'done', deadline, data: { doneOn: c.decisionOn }, dates };
      return { messageId: releasedInTime ? 'late' : 'late-detained', deadline, data: { doneOn: c.decisionOn }, dates };
    }
    const state = ctx.pending(deadline);
    if (state === 'overdue') return { messageId: releasedInTime ? 'overdue' : 'overdue-detained', deadline };
    return { messageId: state === 'due-soon' ? 'due-soon' : 'open', deadline };
  },
});
