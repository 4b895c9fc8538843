// R15 阻碍辩护人依法行使诉讼权利的申诉控告（10日办结）: settled off rest days (not a custody period).
import type { Outcome } from './lib/types';
import { defineRule } from './lib/define-rule';
import { judge } from './lib/support';

type Id = 'done' | 'late' | 'missing' | 'due-soon' | 'open' | 'correction-pending' | 'corrected';

export default defineRule({
  meta: {
    id: 'counsel-obstruction-complaint-10d',
    catalogue: 'R15',
    version: 1,
    procedures: 'any',
    fields: ['obstructionComplaintOn', 'obstructionComplaintRepliedOn', 'obstructionComplaintFounded', 'obstructionCorrectionNoticeOn'],
    anchor: 'obstructionComplaintRepliedOn',
    warningDays: 2,
    severity: 'moderate',
    points: { late: 4, missing: 4 },
    messages: {
      'done': { light: 'green' },
      'open': { light: 'green' },
      'due-soon': { light: 'yellow' },
      'late': { light: 'red' },
      'missing': { light: 'red' },
      'correction-pending': { light: 'yellow' },
      'corrected': { light: 'green' },
    },
  },
  applies: (c) => c.obstructionComplaintOn !== undefined,
  check: (c, ctx) => {
    const accepted = c.obstructionComplaintOn!;
    // Catalogue: due = settle(addDays(受理日期, 10), false).
    const deadline = ctx.deadline(accepted, { amount: 10, unit: 'day' }, { inCustody: false });
    const out: Outcome<Id>[] = [
      judge(ctx, deadline, c.obstructionComplaintRepliedOn, { done: 'done', late: 'late', missing: 'missing', dueSoon: 'due-soon', open: 'open' }),
    ];
    if (c.obstructionComplaintFounded === true) {
      const on = c.obstructionCorrectionNoticeOn;
      out.push(on === undefined
        ? { messageId: 'correction-pending', anchor: 'obstructionCorrectionNoticeOn', occurrence: `${accepted}:correction` }
        : { messageId: 'corrected', anchor: 'obstructionCorrectionNoticeOn', data: { doneOn: on }, occurrence: `${accepted}:correction` });
    }
    return out;
  },
});
