// R10 辩护人登记与诉讼进程告知: register the defender promptly; tell the lawyer of returns, transfers, indictment.
import type { Outcome, PhraseRef } from './lib/types';
import { defineRule } from './lib/define-rule';
import { inCustodyOf, judge, latest } from './lib/support';

type Id =
  | 'registered' | 'registration-late' | 'registration-missing' | 'registration-due' | 'registration-open'
  | 'credentials-unchecked'
  | 'told' | 'told-late' | 'not-told' | 'tell-due' | 'tell-open';

export default defineRule({
  meta: {
    id: 'defender-registration-and-updates',
    catalogue: 'R10',
    version: 2,
    procedures: ['intake', 'arrest-review', 'prosecution-review'],
    fields: [
      'procedure', 'hasCounsel', 'defenderNoticeReceivedOn', 'defenderRegisteredOn', 'defenderCredentialsChecked',
      'lastReturnOn', 'jurisdictionChangedOn', 'indictedOn', 'defenderProgressNoticeOn', 'inCustody', 'custodyMeasure',
    ],
    anchor: 'defenderRegisteredOn',
    warningDays: 0,
    options: { registerWorkdays: 1, tellDays: 3 },
    severity: 'moderate',
    points: { 'registration-late': 3, 'registration-missing': 3, 'told-late': 3, 'not-told': 3 },
    messages: {
      'registered': { light: 'green' },
      'registration-open': { light: 'green' },
      'registration-due': { light: 'yellow' },
      'registration-late': { light: 'red', policy: true },
      'registration-missing': { light: 'red', policy: true },
      'credentials-unchecked': { light: 'yellow' },
      'told': { light: 'green' },
      'tell-open': { light: 'green' },
      'tell-due': { light: 'yellow' },
      'told-late': { light: 'red', policy: true },
      'not-told': { light: 'red', policy: true },
    },
  },
  applies: (c) => c.hasCounsel === true || c.defenderNoticeReceivedOn !== undefined,
  check: (c, ctx) => {
    const out: Outcome<Id>[] = [];
    if (c.defenderNoticeReceivedOn !== undefined) {
      // 规则 45: "及时登记"; a registration dated before the notice belongs to an earlier defender.
      const d = ctx.deadline(c.defenderNoticeReceivedOn, { amount: ctx.option<number>('registerWorkdays'), unit: 'workday' }, { inCustody: true });
      const doneOn = c.defenderRegisteredOn !== undefined && c.defenderRegisteredOn >= c.defenderNoticeReceivedOn ? c.defenderRegisteredOn : undefined;
      out.push(judge(ctx, d, doneOn, {
        done: 'registered', late: 'registration-late', missing: 'registration-missing', dueSoon: 'registration-due', open: 'registration-open',
      }, { occurrence: `register:${c.defenderNoticeReceivedOn}` }));
    }
    if (c.defenderCredentialsChecked === false) out.push({ messageId: 'credentials-unchecked', anchor: 'defenderCredentialsChecked', occurrence: 'credentials' });
    // 规则 47(2): the latest of the events the defence lawyer must be told of.
    const events: [string | undefined, PhraseRef][] = [
      [c.lastReturnOn, { phrase: 'return' }],
      [c.jurisdictionChangedOn, { phrase: 'jurisdiction-change' }],
      [c.indictedOn, { phrase: 'indictment' }],
    ];
    const last = latest(...events.map(([d]) => d));
    if (c.procedure === 'prosecution-review' && c.hasCounsel === true && last !== undefined) {
      const event = events.find(([d]) => d === last)![1];
      const d = ctx.deadline(last, { amount: ctx.option<number>('tellDays'), unit: 'day' }, { inCustody: inCustodyOf(c) ?? false });
      const doneOn = c.defenderProgressNoticeOn !== undefined && c.defenderProgressNoticeOn >= last ? c.defenderProgressNoticeOn : undefined;
      out.push(judge(ctx, d, doneOn, { done: 'told', late: 'told-late', missing: 'not-told', dueSoon: 'tell-due', open: 'tell-open' }, {
        data: { event },
        anchor: 'defenderProgressNoticeOn',
        occurrence: `tell:${last}`,
      }));
    }
    return out.length > 0 ? out : null;
  },
});
