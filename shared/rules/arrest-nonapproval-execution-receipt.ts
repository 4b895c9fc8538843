// R23 不批捕后释放及执行回执（3日）: the receipt is the police's duty (a prompt); a failure to release
// that the procuratorate does not answer with a correction opinion is its own defect.
import type { Outcome } from './lib/types';
import { defineRule } from './lib/define-rule';
import { inCustodyOf, judge } from './lib/support';

type Id = 'receipt-received' | 'receipt-late' | 'receipt-overdue' | 'awaiting-receipt' | 'correction-issued' | 'no-correction';

export default defineRule({
  meta: {
    id: 'arrest-nonapproval-execution-receipt',
    catalogue: 'R23',
    version: 2,
    procedures: ['arrest-review'],
    fields: ['nonApprovalServedOn', 'nonApprovalReceiptOn', 'nonApprovalNotExecuted', 'nonApprovalCorrectionOn', 'inCustody', 'custodyMeasure'],
    anchor: 'nonApprovalReceiptOn',
    warningDays: 0,
    severity: 'serious',
    points: { 'no-correction': 4 },
    messages: {
      'receipt-received': { light: 'green' },
      'awaiting-receipt': { light: 'green' },
      'receipt-late': { light: 'yellow' },
      'receipt-overdue': { light: 'yellow' },
      'correction-issued': { light: 'green' },
      'no-correction': { light: 'red' },
    },
  },
  applies: (c) => c.nonApprovalServedOn !== undefined,
  check: (c, ctx) => {
    const served = c.nonApprovalServedOn!;
    const deadline = ctx.deadline(served, { amount: 3, unit: 'day' }, { inCustody: inCustodyOf(c) ?? false });
    const out: Outcome<Id>[] = [
      judge(ctx, deadline, c.nonApprovalReceiptOn, {
        done: 'receipt-received', late: 'receipt-late', missing: 'receipt-overdue', dueSoon: 'awaiting-receipt', open: 'awaiting-receipt',
      }, { occurrence: `receipt:${served}` }),
    ];
    if (c.nonApprovalNotExecuted === true) {
      // 规则 286 ¶2: "应当提出纠正意见".
      const on = c.nonApprovalCorrectionOn;
      out.push(on !== undefined
        ? { messageId: 'correction-issued', data: { doneOn: on }, anchor: 'nonApprovalCorrectionOn', occurrence: `correction:${served}` }
        : { messageId: 'no-correction', anchor: 'nonApprovalCorrectionOn', occurrence: `correction:${served}` });
    }
    return out;
  },
});
