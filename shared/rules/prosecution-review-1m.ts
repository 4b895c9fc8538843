// R29 审查起诉一个月期限 (examples C, E3, F, G2); a fresh period after each re-transfer.
import { defineRule } from './lib/define-rule';
import { reviewPeriod } from './lib/review-period';
import { inCustodyOf } from './lib/support';
import type { PhraseRef } from './lib/types';

export default defineRule({
  meta: {
    id: 'prosecution-review-1m',
    catalogue: 'R29',
    version: 1,
    procedures: ['prosecution-review'],
    fields: [
      'acceptedOn', 'materialsReceivedOn', 'supervisionCase', 'supervisionMeasureDecidedOn', 'retransferredOn', 'lastReturnOn',
      'decisionOn', 'inCustody', 'custodyMeasure', 'fastTrack', 'extensionApprovedOn', 'psychEvalStartedOn', 'psychEvalResultOn',
    ],
    requires: ['acceptedOn'],
    anchor: 'decisionOn',
    warningDays: 5,
    severity: 'serious',
    points: { 'late': 6, 'overdue': 6, 'late-in-custody': 8, 'overdue-in-custody': 8 },
    messages: {
      'done': { light: 'green' },
      'returned-in-time': { light: 'green' },
      'open': { light: 'green' },
      'due-soon': { light: 'yellow' },
      'late': { light: 'red' },
      'late-in-custody': { light: 'red' },
      'overdue': { light: 'red' },
      'overdue-in-custody': { light: 'red' },
    },
  },
  applies: (c) => c.fastTrack !== true,
  check: (c, ctx) => {
    const custody = inCustodyOf(c);
    if (custody === undefined) return ctx.missing('inCustody');
    const p = reviewPeriod(c, ctx.today);
    if ('missing' in p) return ctx.missing(...p.missing);
    let deadline = ctx.deadline(p.start, { amount: 1, unit: 'month' }, { inCustody: custody, excludedDays: p.excludedDays });
    // No phrase (an empty list) reads as nothing.
    let extension: PhraseRef = { phrase: [] };
    // 刑诉法 172(1): one 15-day extension, approved before expiry, counted from the nominal expiry (D4).
    if (c.extensionApprovedOn !== undefined && c.extensionApprovedOn >= p.start && c.extensionApprovedOn <= deadline.due) {
      deadline = ctx.deadline(deadline.nominal, { amount: 15, unit: 'day' }, { inCustody: custody });
      extension = { phrase: 'extended' };
    }
    // Each outcome one literal (a spread of a shared base copies through a slow generic path).
    const occurrence = p.start;
    if (p.end !== undefined) {
      const data = { extension, doneOn: p.end };
      const dates = [{ kind: 'done' as const, label: { phrase: 'decided-or-returned-on' }, value: p.end }];
      if (p.end <= deadline.due) return { deadline, occurrence, data, dates, messageId: p.endField === 'lastReturnOn' ? 'returned-in-time' : 'done' };
      return { deadline, occurrence, data, dates, anchor: p.endField, messageId: custody ? 'late-in-custody' : 'late' };
    }
    const state = ctx.pending(deadline);
    const data = { extension };
    if (state === 'overdue') return { deadline, occurrence, data, messageId: custody ? 'overdue-in-custody' : 'overdue' };
    return { deadline, occurrence, data, messageId: state === 'due-soon' ? 'due-soon' : 'open' };
  },
});
