// R47 不起诉决定书送达与七日申诉告知.
import type { FieldId } from '../case';
import { defineRule } from './lib/define-rule';
import { judge, missingAt } from './lib/support';

export default defineRule({
  meta: {
    id: 'nonpros-service-7d-notice',
    catalogue: 'R47',
    version: 2,
    procedures: ['non-prosecution'],
    fields: ['decisionOn', 'announcedOn', 'nonProsServedOn', 'appealRightsNoticed', 'hasVictim', 'nonProsType'],
    anchor: 'nonProsServedOn',
    warningDays: 4,
    severity: 'moderate',
    points: { 'late': 6, 'missing': 6, 'no-appeal-notice': 6 },
    messages: {
      'done': { light: 'green' },
      'open': { light: 'green' },
      'due-soon': { light: 'yellow' },
      'late': { light: 'red', policy: true },
      'missing': { light: 'red', policy: true },
      'no-appeal-notice': { light: 'red' },
      'no-appeal-owed': { light: 'green' },
    },
  },
  applies: (c) => c.decisionOn !== undefined || c.announcedOn !== undefined,
  check: (c, ctx) => {
    const from = c.announcedOn ?? c.decisionOn!;
    const deadline = ctx.deadline(from, { amount: 7, unit: 'day' }, { inCustody: false });
    const o = judge<'done' | 'late' | 'missing' | 'due-soon' | 'open' | 'no-appeal-notice' | 'no-appeal-owed'>(ctx, deadline, c.nonProsServedOn, { done: 'done', late: 'late', missing: 'missing', dueSoon: 'due-soon', open: 'open' });
    if (o.messageId !== 'done') return o;
    // The 7-day appeal is the victim's (刑诉法 180) and, after a 177 ② decision, the person's own
    // (刑诉法 181; 规则 377, 385). A statutory decision without a victim owes no appeal notice.
    const victim = c.hasVictim === true;
    const discretionary = c.nonProsType === 'discretionary';
    if (victim || discretionary) {
      if (c.appealRightsNoticed !== false) return o;
      const who = victim && discretionary
        ? { phrase: 'victim-and-person' }
        : victim ? { phrase: 'victim' } : { phrase: 'person' };
      // judge's outcome is this rule's own: changed in place (a spread of it copies through a slow generic path).
      o.messageId = 'no-appeal-notice';
      o.anchor = 'appealRightsNoticed';
      o.data = { ...o.data, who };
      return o;
    }
    const unknown: FieldId[] = [];
    if (c.hasVictim === undefined) unknown.push('hasVictim');
    if (c.nonProsType === undefined) unknown.push('nonProsType');
    if (unknown.length === 0) {
      o.messageId = 'no-appeal-owed';
      return o;
    }
    // Whether the notice was owed is open: only a recorded missing notice needs the answer.
    return c.appealRightsNoticed === false ? missingAt(unknown, `${from}:appeal`) : o;
  },
});
