// R37 退补提纲、一个月期限与重新计算 (example G1): the outline, and the police's month.
import type { Outcome } from './lib/types';
import { defineRule } from './lib/define-rule';
import { inCustodyOf, judge, missingAt } from './lib/support';

type Id = 'outline' | 'no-outline' | 'retransferred' | 'retransferred-late' | 'awaiting' | 'police-overdue';

export default defineRule({
  meta: {
    id: 'supplementary-investigation-return-and-restart',
    catalogue: 'R37',
    version: 2,
    procedures: ['prosecution-review'],
    fields: ['lastReturnOn', 'returnOutlineProvided', 'retransferredOn', 'inCustody', 'custodyMeasure'],
    anchor: 'retransferredOn',
    warningDays: 0,
    severity: 'moderate',
    points: { 'no-outline': 4 },
    messages: {
      'outline': { light: 'green' },
      'no-outline': { light: 'red' },
      'awaiting': { light: 'green' },
      'retransferred': { light: 'green' },
      'retransferred-late': { light: 'yellow' },
      'police-overdue': { light: 'yellow' },
    },
  },
  applies: (c) => c.lastReturnOn !== undefined,
  check: (c, ctx) => {
    const returnedOn = c.lastReturnOn!;
    const out: Outcome<Id>[] = [];
    if (c.returnOutlineProvided === undefined) out.push(missingAt('returnOutlineProvided', `${returnedOn}:outline`));
    else {
      out.push({
        messageId: c.returnOutlineProvided ? 'outline' : 'no-outline',
        data: { returnedOn },
        anchor: 'returnOutlineProvided',
        occurrence: `${returnedOn}:outline`,
      });
    }
    // A re-transfer dated before the last return belongs to an earlier return: the case is still out.
    const back = c.retransferredOn !== undefined && c.retransferredOn >= returnedOn ? c.retransferredOn : undefined;
    const policeDue = ctx.deadline(returnedOn, { amount: 1, unit: 'month' }, { inCustody: inCustodyOf(c) ?? false });
    out.push(judge(ctx, policeDue, back, {
      done: 'retransferred', late: 'retransferred-late', missing: 'police-overdue', dueSoon: 'awaiting', open: 'awaiting',
    }, { data: { returnedOn }, occurrence: `${returnedOn}:police` }));
    return out;
  },
});
