// R30 重大复杂案件延长十五日: one extension, approved no later than the original expiry.
import { defineRule } from './lib/define-rule';
import { reviewPeriod } from './lib/review-period';
import { inCustodyOf } from './lib/support';

export default defineRule({
  meta: {
    id: 'prosecution-review-extension-15d',
    catalogue: 'R30',
    version: 2,
    procedures: ['prosecution-review'],
    fields: [
      'acceptedOn', 'materialsReceivedOn', 'supervisionCase', 'supervisionMeasureDecidedOn', 'retransferredOn', 'lastReturnOn',
      'decisionOn', 'inCustody', 'custodyMeasure', 'fastTrack', 'majorComplex', 'extensionApprovedOn', 'psychEvalStartedOn', 'psychEvalResultOn',
    ],
    requires: ['acceptedOn'],
    anchor: 'extensionApprovedOn',
    warningDays: 5,
    severity: 'moderate',
    points: {},
    messages: {
      'approved': { light: 'green' },
      'retroactive': { light: 'yellow' },
      'no-ground': { light: 'yellow' },
      'consider-extension': { light: 'yellow' },
    },
  },
  applies: (c) => c.fastTrack !== true && (c.extensionApprovedOn !== undefined || c.majorComplex === true),
  check: (c, ctx) => {
    const custody = inCustodyOf(c);
    if (custody === undefined) return ctx.missing('inCustody');
    const p = reviewPeriod(c, ctx.today);
    if ('missing' in p) return ctx.missing(...p.missing);
    const original = ctx.deadline(p.start, { amount: 1, unit: 'month' }, { inCustody: custody, excludedDays: p.excludedDays });
    const approvedOn = c.extensionApprovedOn;
    if (approvedOn === undefined || approvedOn < p.start) {
      // Without an extension the overdue case is R29's; here only the reminder to ask in time.
      if (p.end === undefined && ctx.pending(original) === 'due-soon') return { messageId: 'consider-extension', deadline: original, occurrence: p.start };
      return null;
    }
    if (approvedOn > original.due) return { messageId: 'retroactive', deadline: original, data: { approvedOn }, occurrence: p.start };
    if (c.majorComplex === false) return { messageId: 'no-ground', deadline: original, anchor: 'majorComplex', occurrence: p.start };
    const extended = ctx.deadline(original.nominal, { amount: 15, unit: 'day' }, { inCustody: custody });
    return {
      messageId: 'approved',
      deadline: original,
      data: { approvedOn, newDue: extended.due },
      occurrence: p.start,
      dates: [{ kind: 'info', label: { phrase: 'extended-due' }, value: extended.due }],
    };
  },
});
