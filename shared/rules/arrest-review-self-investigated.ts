// R18 自侦案件审查决定逮捕期限: transfer within 7 days of detention; decide in 7 (+1–3) or 15/20 days.
import type { Outcome } from './lib/types';
import { defineRule } from './lib/define-rule';
import { inCustodyOf, judge, receivedOf } from './lib/support';

type Id =
  | 'transferred' | 'transfer-late'
  | 'done' | 'open' | 'due-soon' | 'late' | 'overdue' | 'late-detained' | 'overdue-detained';

export default defineRule({
  meta: {
    id: 'arrest-review-self-investigated',
    catalogue: 'R18',
    version: 2,
    procedures: ['arrest-review', 'self-investigation'],
    fields: [
      'procedure', 'selfInvestigated', 'acceptedOn', 'materialsReceivedOn', 'detainedOn', 'inCustody', 'custodyMeasure',
      'arrestExtraDays', 'majorComplex', 'decisionOn', 'releaseOn',
    ],
    requires: ['acceptedOn'],
    anchor: 'decisionOn',
    warningDays: { 'default': 2, '15d': 3, '20d': 3 },
    severity: 'critical',
    points: { 'transfer-late': 8, 'late': 6, 'overdue': 6, 'late-detained': 8, 'overdue-detained': 8 },
    messages: {
      'transferred': { light: 'green' },
      'transfer-late': { light: 'red' },
      'done': { light: 'green' },
      'open': { light: 'green' },
      'due-soon': { light: 'yellow' },
      'late': { light: 'red' },
      'overdue': { light: 'red' },
      'late-detained': { light: 'red' },
      'overdue-detained': { light: 'red' },
    },
  },
  // Own investigations only; police requests are R16/R17.
  applies: (c) => c.procedure === 'self-investigation' || c.selfInvestigated === true,
  check: (c, ctx) => {
    const received = receivedOf(c)!;
    const custody = inCustodyOf(c);
    const detained = custody ?? (c.detainedOn !== undefined ? true : undefined);
    if (detained === undefined) return ctx.missing('inCustody');
    const out: Outcome<Id>[] = [];
    if (detained && c.detainedOn !== undefined) {
      // 规则 296: the investigating department sends the case within 7 days of detention.
      const t = ctx.deadline(c.detainedOn, { amount: 7, unit: 'day' }, { inCustody: true });
      out.push(received <= t.due
        ? { messageId: 'transferred', deadline: t, data: { doneOn: received }, anchor: 'acceptedOn', occurrence: `transfer:${c.detainedOn}` }
        : { messageId: 'transfer-late', deadline: t, data: { doneOn: received }, anchor: 'acceptedOn', occurrence: `transfer:${c.detainedOn}` });
    }
    // 规则 297: 7 days (+1–3) detained; 15 days, or 20 for a major or complex case, otherwise.
    const days = detained ? 7 + Math.min(c.arrestExtraDays ?? 0, 3) : c.majorComplex === true ? 20 : 15;
    const deadline = ctx.deadline(received, { amount: days, unit: 'day' }, {
      inCustody: detained,
      variant: detained ? 'default' : `${days}d`,
    });
    const stillHeld = detained && !(c.releaseOn !== undefined && c.releaseOn <= deadline.due);
    out.push(judge(ctx, deadline, c.decisionOn, {
      done: 'done',
      late: stillHeld ? 'late-detained' : 'late',
      missing: stillHeld ? 'overdue-detained' : 'overdue',
      dueSoon: 'due-soon',
      open: 'open',
    }, { data: { days }, occurrence: received }));
    return out;
  },
});
